# memoryview over bytes and bytearray: indexing, slicing without copying, tobytes/tolist, release.
ba = bytearray(b"abcdef")
mv = memoryview(ba)
print(mv[0], mv[-1], bytes(mv[1:3]), mv.tobytes(), mv.tolist()[:3], len(mv), mv.readonly, mv.nbytes)
mv[0] = ord("Z")
sub = mv[2:5]
sub[0] = ord("*")
print(ba, bytes(sub), sub.tobytes())
ro = memoryview(b"xyz")
print(ro.readonly, ro[1], ro == b"xyz", ro.hex())
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
mv.release()
sub.release()
try:
    mv[0]
except ValueError as e:
    print("ValueError:", e)
ba.append(1)
print(ba)
