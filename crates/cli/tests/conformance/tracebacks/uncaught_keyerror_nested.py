# Uncaught KeyError from nested subscripts with carets under the failing subscript
config = {"db": {"host": "localhost", "ports": [5432, 5433]}, "cache": {}}
def setting(path):
    node = config
    for part in path.split("."):
        node = node[part] if not part.isdigit() else node[int(part)]
    return node
print(setting("db.host"), setting("db.ports.1"))
print(config["db"]["ports"][0], config["cache"].get("ttl"))
print(config["cache"]["ttl"] * 2)
