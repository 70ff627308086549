# sys.stdout/sys.stderr writes, interleaved (stdout and stderr are compared separately), print(file=).
import sys
sys.stdout.write("out 1\n")
sys.stderr.write("err 1\n")
print("out 2")
print("err 2", file=sys.stderr)
print("err 3", "with", "parts", sep="-", file=sys.stderr, end="!\n")
sys.stdout.flush()
sys.stderr.flush()
print(sys.stdout.encoding.lower().replace("-", ""), sys.stderr.encoding.lower().replace("-", ""))
print("é → ✓")
sys.stderr.write("ü on stderr\n")
