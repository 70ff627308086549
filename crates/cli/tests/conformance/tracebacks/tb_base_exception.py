# Uncaught BaseException subclass (not Exception): traceback and exit status 1 like any other.
class Abort(BaseException):
    pass
try:
    raise Abort("stop now")
except Exception:
    print("never")
