# struct: every format code in every byte order, sizes and alignment, Struct objects,
# pack_into/unpack_from/iter_unpack.
import struct
from struct import pack, unpack, calcsize, Struct, pack_into, unpack_from, iter_unpack

print(pack('<ihb', 1, -2, 3), pack('>ihb', 1, -2, 3), pack('@bi', 1, 2))
print(calcsize('@bi'), calcsize('=bi'), calcsize('bi0q'), calcsize('q b'), calcsize('3s2xh'), calcsize(''))
print(unpack('<ihb', pack('<ihb', 1, -2, 3)), unpack('!Q', b'\x01' * 8))
for code in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'e', 'f', 'd', '?', 'c', '5s', '5p', 'x']:
    for order in '@=<>!':
        fmt = order + code
        try:
            size = calcsize(fmt)
        except struct.error as e:
            print(fmt, 'error:', e)
            continue
        if code == 'x':
            packed = pack(fmt)
        elif code == 'c':
            packed = pack(fmt, b'a')
        elif code in ('5s', '5p'):
            packed = pack(fmt, b'ab')
        elif code in 'efd':
            packed = pack(fmt, 1.5)
        else:
            packed = pack(fmt, 7)
        print(fmt, size, packed, unpack(fmt, packed))
# Extremes of each integer size.
for fmt, lo, hi in [('<b', -128, 127), ('<B', 0, 255), ('<h', -2**15, 2**15 - 1), ('>H', 0, 2**16 - 1),
                    ('<i', -2**31, 2**31 - 1), ('>I', 0, 2**32 - 1), ('<q', -2**63, 2**63 - 1), ('>Q', 0, 2**64 - 1)]:
    print(fmt, pack(fmt, lo), pack(fmt, hi), unpack(fmt, pack(fmt, lo)), unpack(fmt, pack(fmt, hi)))
# Floats, including half precision rounding.
for x in [0.0, -0.0, 1.0, -2.5, 0.1, 65504.0, 1e-7, 6e-8, 3.0000001e-8, float('inf'), -float('inf')]:
    print(x, pack('<e', x), pack('>f', x), pack('<d', x), unpack('<e', pack('<e', x)), unpack('<f', pack('<f', x)))
print(unpack('<e', b'\x00\x7c'), unpack('>e', b'\x3c\x00'), unpack('<f', b'\x00\x00\xc0\x7f')[0] != 0)
# Strings and padding.
print(pack('3s2xh', b'abcdef', 7), pack('5p', b'abcdefg'), unpack('5p', b'\xffabcd'), pack('0s'), pack('10s', b'hi'))
print(unpack('2c', b'ab'), pack('?', []), pack('?', 'x'), unpack('?', b'\x02'), pack('b', True))
# Struct objects.
s = Struct('<2hq')
print(s.size, s.format, s.pack(1, 2, 3), s.unpack(s.pack(1, 2, 3)))
print(Struct(b'>I').format, Struct('=bi').size)
buf = bytearray(20)
s.pack_into(buf, 2, 4, 5, 6)
print(buf, s.unpack_from(buf, 2), unpack_from('<h', buf, offset=4), unpack_from('<h', buf, -18))
pack_into('>H', buf, -2, 0xBEEF)
print(buf[-4:])
print(list(iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
it = iter_unpack('<hb', b'\x01\x00\x05\x02\x00\x06')
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it))
class Point(Struct):
    def __init__(self):
        super().__init__('<ii')
p = Point()
print(p.size, p.pack(3, 4), p.unpack(b'\x01\x00\x00\x00\x02\x00\x00\x00'))
# Records.
records = [(1, b'alice', 3.5), (2, b'bob', -1.25), (3, b'carol', 0.0)]
rec = Struct('<I8sd')
blob = b''.join(rec.pack(*r) for r in records)
print(len(blob), [(i, name.rstrip(b'\x00'), x) for i, name, x in rec.iter_unpack(blob)])
