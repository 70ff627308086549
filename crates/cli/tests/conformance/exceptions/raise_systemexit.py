# raise SystemExit(code) from inside nested calls; except Exception does not catch it; exit code 42.
def inner():
    raise SystemExit(42)
def outer():
    try:
        inner()
    except Exception:
        print("not caught here")
    finally:
        print("outer finally")
print("start")
outer()
