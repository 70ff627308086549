# sys.exit with a message string: printed to stderr, exit status 1; finally blocks run first
import sys
def shutdown():
    try:
        print("shutting down")
        sys.exit("fatal: configuration missing")
    finally:
        print("finally ran")
try:
    sys.exit(3)
except SystemExit as e:
    print("caught", e.code, repr(e), e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    raise SystemExit(0, "x")
except SystemExit as e:
    print("caught", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
shutdown()
print("not reached")
