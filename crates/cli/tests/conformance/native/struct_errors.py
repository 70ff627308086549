# struct: CPython's error messages for bad formats, arguments and buffers.
import struct
from struct import pack, unpack, calcsize, Struct, pack_into, unpack_from, iter_unpack

def attempt(text):
    try:
        print(text, '->', eval(text))
    except Exception as e:
        print(text, '->', type(e).__name__ + ':', e)

for order in '@<>':
    for code in 'bBhHiIlLqQ':
        for value in (2**64, 2**32, 256, -1):
            attempt(f"pack('{order}{code}', {value})")
for text in [
    "pack('n', 2**63)", "pack('N', -1)", "pack('P', -1)",
    "pack('b', 'x')", "pack('<b', 1.5)", "pack('i', None)", "pack('f', 'x')", "pack('d', None)",
    "pack('c', b'ab')", "pack('c', 1)", "pack('s', 1)", "pack('p', 1)", "pack('5s', 'abc')",
    "pack('e', 1e10)", "pack('<e', 1e10)", "pack('<f', 1e300)", "pack('>f', -1e300)",
    "pack('<P', 1)", "pack('<n', 1)", "pack('z', 1)", "pack('3', 1)", "calcsize('3 i')",
    "pack('ii', 1)", "pack('i', 1, 2)", "pack('x', 1)", "Struct('i').pack()",
    "calcsize('999999999999999999999i')",
    "unpack('i', b'abc')", "unpack('i', 'abcd')", "Struct('i').unpack(b'')",
    "unpack_from('i', b'abc')", "unpack_from('i', b'abcdef', 4)", "unpack_from('i', b'abcdef', -1)",
    "unpack_from('i', b'abcdef', -10)",
    "list(iter_unpack('i', b'abcde'))", "iter_unpack('', b'')",
    "Struct(5)", "pack(5)",
    "pack_into('i', bytearray(3), 0, 1)", "pack_into('i', bytearray(8), 6, 1)",
    "pack_into('i', bytearray(8), -10, 1)", "pack_into('i', b'12345678', 0, 1)",
    "pack_into('i')", "pack_into('i', bytearray(4))", "pack_into('i', bytearray(4), 0)",
]:
    attempt(text)
print(struct.error.__mro__, struct.error.__module__)
try:
    pack('h', 99999)
except struct.error as e:
    print('caught', type(e).__name__, e.args)
