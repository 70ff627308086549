# hashlib and its built-in backends on fixed data: digests, incremental updates, copies,
# shake lengths and blake2 digest sizes.
import hashlib
import _md5, _sha1, _sha256, _sha512, _sha3, _blake2

data = [b'', b'abc', b'hello world' * 100, bytes(range(256))]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384',
             'sha3_512', 'blake2b', 'blake2s']:
    ctor = getattr(hashlib, name)
    for d in data:
        h = ctor(d)
        print(name, h.name, h.digest_size, h.block_size, h.hexdigest(), h.digest()[:6])
    h = ctor()
    h.update(b'ab')
    c = h.copy()
    h.update(b'c')
    print(name, h.hexdigest() == ctor(b'abc').hexdigest(), c.hexdigest() == ctor(b'ab').hexdigest(),
          hashlib.new(name, b'abc').hexdigest() == h.hexdigest())
    h.update(memoryview(b'xyz'))
    h.update(bytearray(b'q'))
    print(h.hexdigest()[:16])
for name in ['shake_128', 'shake_256']:
    h = getattr(hashlib, name)(b'abc')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(20), h.digest(5), h.hexdigest(0))
print(hashlib.blake2b(b'x', digest_size=20).hexdigest(), hashlib.blake2s(b'x', digest_size=8).digest_size,
      hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.SALT_SIZE)
print(sorted(hashlib.algorithms_guaranteed))
print(_md5.md5(b'a').hexdigest(), _sha1.sha1(b'a').hexdigest(), _sha256.sha256(b'a').hexdigest()[:20],
      _sha512.sha512(b'a').hexdigest()[:20], _sha3.sha3_256(b'a').hexdigest()[:20], _blake2.blake2s(b'a').hexdigest()[:20])
for bad in ["hashlib.md5('x')", "hashlib.md5().update(1)", "hashlib.blake2b(digest_size=100)",
            "_sha3.shake_128().digest()", "hashlib.new('nope')"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__ + ':', e)
m = hashlib.sha256()
for chunk in (b'The quick brown fox ', b'jumps over ', b'the lazy dog'):
    m.update(chunk)
print(m.hexdigest(), hashlib.sha256(b'The quick brown fox jumps over the lazy dog').hexdigest() == m.hexdigest())
