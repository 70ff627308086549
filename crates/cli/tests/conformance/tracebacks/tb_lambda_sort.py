# Uncaught TypeError from a sort key lambda, showing the <lambda> frame.
records = [{"name": "b", "age": 3}, {"name": "a"}]
records.sort(key=lambda r: r["name"])
print([r["name"] for r in records])
records.sort(key=lambda r: r["age"])
