# Custom exception hierarchies: catching by base class, ordering of except clauses, exceptions in loops.
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key):
        super().__init__(f"missing config key: {key}")
        self.key = key
class NetworkError(AppError):
    pass
class TimeoutError_(NetworkError):
    pass
def risky(n):
    if n == 0:
        raise ConfigError("db_url")
    if n == 1:
        raise TimeoutError_("timed out after 3 tries")
    if n == 2:
        raise NetworkError("unreachable")
    if n == 3:
        raise ValueError("not an app error")
    return "ok"
for n in range(5):
    try:
        print(n, risky(n))
    except ConfigError as e:
        print(n, "config:", e, e.key)
    except NetworkError as e:
        print(n, "network:", type(e).__name__, e)
    except AppError:
        print(n, "app")
    except Exception as e:
        print(n, "other:", repr(e))
print([c.__name__ for c in TimeoutError_.__mro__])
