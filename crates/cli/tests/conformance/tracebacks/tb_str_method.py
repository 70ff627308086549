# Uncaught TypeError from a str method with a wrong argument type, carets under the call.
words = ["alpha", "beta"]
joined = ", ".join(words)
print(joined)
print(joined.replace("a", 1))
