# sys.exit with a large status code and with False/True; status is taken modulo 256 by the OS.
import sys
try:
    sys.exit(True)
except SystemExit as e:
    print("code", e.code, type(e.code).__name__)
try:
    sys.exit(False)
except SystemExit as e:
    print("code", e.code)
print("exiting with 300")
sys.exit(300)
