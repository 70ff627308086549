#!/usr/bin/env python3.11
"""Records CPython 3.11's repr() of floats and strings as golden files for
crates/bytecode/tests/repr_golden.rs (pyvm's repr of the same values must match).

  golden/repr/floats.txt   <16 hex digits of the IEEE bits> <repr>
  golden/repr/strings.txt  <code points in hex, comma separated> <repr>

Deterministic (seeded). Run: python3.11 tools/regen_repr_golden.py
"""
import pathlib
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "run with python3.11"
OUT = pathlib.Path(__file__).resolve().parent.parent / "crates/bytecode/tests/golden/repr"
OUT.mkdir(parents=True, exist_ok=True)
rng = random.Random(311)

floats = [0.0, -0.0, float("inf"), float("-inf"), 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308]
for e in range(-30, 31):
    floats += [10.0 ** e, 1.5 * 10.0 ** e, -(10.0 ** e) / 3]
floats += [1e16, 9999999999999998.0, 1e-4, 1e-5, 0.0001234, 123456789012345678.0, 0.1 + 0.2]
floats += [struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0] for _ in range(3000)]
floats += [rng.uniform(-1e6, 1e6) for _ in range(1000)]
floats += [float(rng.randrange(-10**20, 10**20)) for _ in range(500)]
lines = []
for f in floats:
    if f != f:
        continue  # NaN bit patterns all print as 'nan'; covered by unit tests
    bits = struct.unpack("<Q", struct.pack("<d", f))[0]
    lines.append(f"{bits:016x} {f!r}")
(OUT / "floats.txt").write_text("\n".join(lines) + "\n")

pools = [range(0, 0x100), range(0x100, 0x3000), range(0xD7F0, 0xE010), range(0xFFF0, 0x10100),
         range(0x1F000, 0x1F700), range(0xE0000, 0xE0200), range(0x10FFF0, 0x110000)]
strings = [[], [0x27], [0x22], [0x27, 0x22], [0x5C], [0x7F], [0xA0], [0xAD], [0x2028]]
for _ in range(3000):
    pool = rng.choice(pools)
    strings.append([rng.choice(pool) for _ in range(rng.randint(1, 6))])
for cp in range(0, 0x110000, 97):
    strings.append([cp])
lines = []
for cps in strings:
    s = "".join(map(chr, cps))
    text = repr(s).encode("utf-8", "surrogatepass").hex()
    lines.append(f"{','.join(f'{c:x}' for c in cps) or '-'} {text}")
(OUT / "strings.txt").write_text("\n".join(lines) + "\n")
print(f"wrote {len(floats)} floats and {len(strings)} strings to {OUT}")
