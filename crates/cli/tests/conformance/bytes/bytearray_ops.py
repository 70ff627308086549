# bytearray: mutation (append/extend/insert/pop/remove/item and slice assignment), repr, conversions.
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.insert(0, 95)
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = 65
ba[1:3] = b"XYZ"
del ba[-1]
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("Z"))
ba.reverse()
print(ba, bytes(ba), ba.decode(), ba.upper(), ba == b"dcYX", bytearray(3), bytearray([1, 2]))
ba += b"!!"
ba *= 2
print(ba, ba.count(b"!"), ba.find(b"Y"))
ba2 = bytearray(b"hello")
ba2[::2] = b"HLO"
print(ba2, ba2.replace(b"L", b"l"), bytearray.fromhex("41 42"), ba2.hex())
for op, fn in [("setitem", lambda: ba.__setitem__(0, 256)), ("remove", lambda: ba.remove(0)),
               ("pop", lambda: bytearray().pop()), ("index", lambda: ba[100]), ("hash", lambda: hash(ba)),
               ("slice", lambda: ba2.__setitem__(slice(0, 5, 2), b"ab"))]:
    try:
        fn()
    except (ValueError, IndexError, TypeError) as e:
        print(op, type(e).__name__ + ":", e)
