# try/except/else/finally execution order in normal, exceptional, return, break and continue paths.
def run(kind):
    log = []
    try:
        log.append("try")
        if kind == "raise":
            raise ValueError("v")
        if kind == "return":
            return log + ["returned"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for k in ["ok", "raise", "return"]:
    print(k, run(k))
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    else:
        print("not reached")
nested()
try:
    pass
except Exception:
    print("no")
else:
    print("else without exception")
def except_order(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "generic " + type(e).__name__
for exc in [KeyError, IndexError, LookupError, ValueError("x")]:
    print(except_order(exc))
