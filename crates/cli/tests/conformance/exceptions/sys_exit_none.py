# sys.exit(None) and SystemExit caught then re-raised: exit code 0, no traceback.
import sys
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit with code", e.code, type(e.code).__name__)
try:
    raise SystemExit("text", 2)
except SystemExit as e:
    print("tuple args", e.code, e.args)
print("exiting with None")
sys.exit(None)
