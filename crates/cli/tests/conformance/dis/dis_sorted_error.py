# dis.dis of a builtin function raises TypeError, caught and printed; dis of a lambda and of source text.
import dis
try:
    dis.dis(sorted)
except TypeError as e:
    print("TypeError:", e)
try:
    dis.dis(len)
except TypeError as e:
    print("TypeError:", e)
dis.dis(lambda x: x * 2)
dis.dis("a = b + 1")
