# Uncaught exception with chained context and cause through several frames
class ConfigError(Exception):
    pass
def load(key):
    settings = {"port": "80x"}
    return int(settings[key])
def configure(key):
    try:
        return load(key)
    except ValueError as e:
        raise ConfigError(f"bad value for {key}") from e
def main():
    try:
        configure("host")
    except KeyError:
        print("missing host handled")
    try:
        configure("port")
    finally:
        print("cleanup")
main()
