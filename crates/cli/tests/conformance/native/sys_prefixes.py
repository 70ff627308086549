# The sys attributes standard-library modules read at import: prefixes, executable,
# platlibdir; and the modules that need them (argparse, uuid, secrets) import.
import sys, os
print(type(sys.base_prefix).__name__, sys.base_prefix == sys.prefix, sys.base_exec_prefix == sys.exec_prefix)
print(type(sys.executable).__name__, os.path.isabs(sys.executable), os.path.exists(sys.executable))
print(sys.platlibdir, sys.pycache_prefix)
import argparse, uuid, secrets, hmac, struct, base64
print(uuid.UUID('12345678123456781234567812345678'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'),
      uuid.uuid3(uuid.NAMESPACE_URL, 'http://python.org/'), len(str(uuid.uuid4())), uuid.UUID(int=5).hex,
      uuid.UUID(bytes=bytes(16)).version, uuid.UUID('{12345678-1234-5678-1234-567812345678}').fields)
print(len(secrets.token_hex(8)), len(secrets.token_bytes(5)), secrets.compare_digest('a', 'a'),
      secrets.compare_digest(b'a', b'b'), 0 <= secrets.randbelow(10) < 10, len(secrets.token_urlsafe(9)))
print(hmac.new(b'key', b'message', 'sha256').hexdigest(), hmac.compare_digest(b'x', b'x'))
print(hmac.digest(b'key', b'msg', 'md5').hex())
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, tuple(ts))
class T(tuple):
    def __iter__(self):
        return iter([x * 2 for x in super().__iter__()])
print(list(T((1, 2, 3))), list(super(T, T((4,))).__iter__()))
