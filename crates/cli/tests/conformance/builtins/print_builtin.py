# print() details: sep/end None, non-string sep errors, file objects with write(), flush, printing large data.
import sys
print("a", "b", sep=None, end=None)
print(1, 2, 3, sep="", end="\n\n")
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
c = Collector()
print("x", 1, [2], file=c, sep=",")
print(c.parts)
n = sys.stdout.write("written directly\n")
print(n)
try:
    print("a", sep=1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a", file=5)
except AttributeError as e:
    print("AttributeError:", e)
print(*range(30))
print("".join(str(i % 10) for i in range(200)))
print("é" * 3, "\t|", "\\n literal")
sys.stdout.write("no newline at end")
