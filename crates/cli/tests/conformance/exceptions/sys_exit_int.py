# sys.exit with an int status: output before it is flushed, finally blocks run, exit code 3.
import sys
print("before exit")
try:
    sys.exit(3)
finally:
    print("finally runs during SystemExit")
print("never printed")
