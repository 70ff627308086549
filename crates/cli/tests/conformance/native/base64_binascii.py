# binascii and base64: hex, base64 (with strict mode), crc32/crc_hqx and the base64 module's
# encodings built on them.
import binascii, base64

for text in ['binascii.unhexlify(b"abc")', 'binascii.unhexlify(b"zz")', 'binascii.unhexlify("4142")',
             'binascii.a2b_base64(b"abc")', 'binascii.a2b_base64(b"abcde")', 'binascii.a2b_base64("YWJj")',
             'binascii.a2b_base64("\\xe9")', 'binascii.hexlify("ab")', 'binascii.a2b_base64(b"YW=Jj")',
             'binascii.a2b_base64(b"YWJj====")', 'binascii.a2b_base64(b"Y")', 'binascii.a2b_base64(b"YQ")',
             'binascii.a2b_base64(b"YQ=")', 'binascii.a2b_base64(b"YQ==")', 'binascii.a2b_base64(b"YQ==YQ==")',
             'binascii.a2b_base64(b"Y W\\nJ j")', 'binascii.a2b_base64(b"YQ==", strict_mode=True)',
             'binascii.a2b_base64(b"YQ=a", strict_mode=True)', 'binascii.a2b_base64(b"=YQ", strict_mode=True)',
             'binascii.a2b_base64(b"Y!Q==", strict_mode=True)', 'binascii.a2b_base64(b"YQ==x", strict_mode=True)',
             'binascii.crc32(b"hello")', 'binascii.crc32(b"hello", 5)', 'binascii.crc32(b"")', 'binascii.crc32(b"a", -1)',
             'binascii.crc32(b" world", binascii.crc32(b"hello")) == binascii.crc32(b"hello world")',
             'binascii.crc_hqx(b"hello", 0)', 'binascii.crc_hqx(b"123456789", 0xffff)',
             'binascii.b2a_base64(b"hi")', 'binascii.b2a_base64(b"hi", newline=False)', 'binascii.b2a_base64(b"")',
             'binascii.unhexlify(1)', 'binascii.crc32("x")', 'binascii.hexlify(b"abcdef", "-", 2)',
             'binascii.hexlify(bytearray(b"\\x00\\xff"))', 'binascii.b2a_hex(memoryview(b"xyz"))',
             'binascii.Error.__mro__', 'binascii.Incomplete.__mro__']:
    try:
        print(text, repr(eval(text)))
    except Exception as e:
        print(text, type(e).__name__ + ':', e)
data = bytes(range(256))
for f in [base64.b64encode, base64.urlsafe_b64encode, base64.b32encode, base64.b16encode, base64.a85encode,
          base64.b85encode, base64.standard_b64encode, base64.b32hexencode]:
    print(f.__name__, f(data)[:60], f(b'hello world'))
print(base64.b64decode(base64.b64encode(data)) == data, base64.b32decode(base64.b32encode(data)) == data,
      base64.a85decode(base64.a85encode(data)) == data, base64.b85decode(base64.b85encode(data)) == data,
      base64.b16decode(base64.b16encode(data)) == data)
print(base64.b64decode('aGVsbG8='), base64.urlsafe_b64decode(b'-_-_'), base64.b16decode('ABCD'),
      base64.encodebytes(b'x' * 100), base64.decodebytes(b'eHh4\n'), base64.b64encode(b'\xff\xfe', altchars=b'-_'))
for bad in ["base64.b64decode('abc')", "base64.b64decode('ab!c', validate=True)", "base64.b32decode('A')",
            "base64.b16decode('abcd')", "base64.b64encode('text')"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__ + ':', e)
