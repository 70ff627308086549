# memoryview: formats, casts, slicing with steps, writes through to the exporter,
# comparisons, hashing, attributes and errors.
import array, struct

def attempt(text, env):
    try:
        print(text, '->', repr(eval(text, env)))
    except Exception as e:
        print(text, '->', type(e).__name__ + ':', e)

ba = bytearray(b'abcdef')
mv = memoryview(ba)
ro = memoryview(b'abcdef')
env = {'mv': mv, 'ro': ro, 'ba': ba, 'array': array}
for text in [
    "memoryview(1)", "mv[10]", "mv[-7]", "mv['a']", "mv[1, 2]", "mv[1.0]",
    "hash(mv)", "hash(ro) == hash(b'abcdef')", "hash(ro.cast('H'))",
    "mv.cast('H').tolist()", "mv.cast('i')", "mv.cast('H').cast('i')", "mv.cast('z')", "mv.cast('B', (2, 3)).tolist()",
    "mv.cast('B', (2, 3))[0]", "mv.cast('B', (2, 4))", "mv.cast('B', [3, 2]).shape", "mv.cast('B', [3, 2]).strides",
    "mv.shape", "mv.strides", "mv[::2].strides", "mv[::2].tobytes()", "mv[::-1].tolist()", "mv.obj is ba",
    "mv.suboffsets", "mv.c_contiguous", "mv.f_contiguous", "mv[::2].contiguous", "mv.ndim", "mv.nbytes", "mv[::2].nbytes",
    "mv.hex()", "mv.hex(':')", "mv.hex(':', 2)", "mv.hex('::')", "mv.tobytes('A')", "mv.toreadonly().readonly",
    "mv.format", "mv.itemsize", "mv.readonly", "ro.readonly", "mv.cast('c')[0]", "mv.cast('b').format",
    "mv == ro", "mv == bytearray(b'abcdef')", "ro.cast('b') == ro", "mv != b'abcdeF'", "mv == 'abcdef'",
    "memoryview(array.array('i', [1, 2])).format", "memoryview(array.array('i', [1, 2])).tolist()",
    "memoryview(array.array('d', [1.5])).tolist()", "memoryview(array.array('i', [1, 2])) == array.array('i', [1, 2])",
    "memoryview(array.array('i', [1, 2])) == [1, 2]", "list(mv)", "b''.join([mv, ro])", "bytes(mv[1:3])",
    "bytearray(ro)", "mv.cast('H')[0]", "len(mv.cast('H'))", "mv[2:2].tobytes()", "b'x' + ro", "98 in ro",
    "memoryview(ro).obj is ro.obj", "ro[1:4][::-1].tobytes()", "ro[-2:][0]", "ro.tolist()", "len(ro[::3])",
    "struct.unpack('<HHH', mv)", "struct.unpack_from('<H', mv, 4)",
]:
    attempt(text, env)

def change(code):
    try:
        exec(code, env)
        print(code, '-> ok', ba)
    except Exception as e:
        print(code, '->', type(e).__name__ + ':', e)

for code in ["ro[0] = 1", "mv[0] = 300", "mv[0] = b'a'", "mv[0:2] = b'abc'", "mv[0:2] = b'XY'",
             "mv[::2] = b'123'", "del mv[0]", "mv.cast('H')[0] = 65535", "mv.cast('H')[0] = 65536",
             "mv.cast('c')[0] = b'q'", "mv.cast('c')[0] = 1", "mv[0] = 1.5", "mv[0] = -1", "mv[-1] = 33",
             "mv[1:3] = memoryview(b'ZZ')", "mv[:] = mv[::-1].tobytes()", "struct.pack_into('<H', mv, 2, 0x4142)"]:
    change(code)

a = array.array('h', [1, 2, 3])
m = memoryview(a)
m[1] = 100
print(a, m.itemsize, m.nbytes, m.tolist(), m.cast('B').tolist(), m.format)
with memoryview(b'ab') as m2:
    print(m2[0], m2.tobytes())
for code in ["m2[0]", "len(m2)", "m2.tobytes()", "m2.format", "m2.obj", "hash(m2)"]:
    try:
        eval(code)
    except ValueError as e:
        print(code, 'ValueError:', e)
print(repr(m2).startswith('<released memory at 0x'), repr(m).startswith('<memory at 0x'), m2 == m2)
m2.release()
print(type(mv).__name__, memoryview.__name__, isinstance(mv, memoryview))
