# Binary operator dunders and their reflected versions for every arithmetic operator.
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"V({self.n})"
ops = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or", "divmod"]
def make(name):
    def forward(self, other):
        return f"{name}({self!r}, {other!r})"
    def reflected(self, other):
        return f"r{name}({self!r}, {other!r})"
    return forward, reflected
for op in ops:
    f, r = make(op)
    setattr(V, f"__{op}__", f)
    setattr(V, f"__r{op}__", r)
v = V(1)
print(v + 2, v - 2, v * 2, v @ 2, v / 2, v // 2, v % 2, v ** 2, v << 2, v >> 2, v & 2, v ^ 2, v | 2, divmod(v, 2), sep="\n")
print(2 + v, 2 - v, 2 * v, 2 @ v, 2 / v, 2 // v, 2 % v, 2 ** v, 2 << v, 2 >> v, 2 & v, 2 ^ v, 2 | v, divmod(2, v), sep="\n")
print(pow(v, 2), pow(2, v), "x" + v, [1] * v)
