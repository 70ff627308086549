# 3.11 traceback markers for a failing subscript inside a larger expression: ~~~~^^^^^.
data = {"items": [{"id": 1}, {"id": 2}]}
print(data["items"][1]["id"])
print(data["items"][0]["id"] + data["items"][2]["id"])
