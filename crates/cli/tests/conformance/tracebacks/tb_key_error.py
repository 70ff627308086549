# Uncaught KeyError with a string key from a nested dict lookup.
config = {"db": {"host": "localhost", "port": 5432}}
print(config["db"]["host"])
print(config["db"]["user"])
