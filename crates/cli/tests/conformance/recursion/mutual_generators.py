# Recursive generators and mutual recursion through methods; memoised recursion with a dict.
def perms(items):
    if not items:
        yield ()
        return
    for i, x in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield (x,) + rest
print(list(perms((1, 2, 3))))
class Evaluator:
    def expr(self, toks):
        val = self.term(toks)
        while toks and toks[0] in "+-":
            op = toks.pop(0)
            rhs = self.term(toks)
            val = val + rhs if op == "+" else val - rhs
        return val
    def term(self, toks):
        val = self.atom(toks)
        while toks and toks[0] in "*/":
            op = toks.pop(0)
            rhs = self.atom(toks)
            val = val * rhs if op == "*" else val // rhs
        return val
    def atom(self, toks):
        t = toks.pop(0)
        if t == "(":
            v = self.expr(toks)
            toks.pop(0)
            return v
        return int(t)
print(Evaluator().expr(list("2*(3+4)-5*(1+1)")))
memo = {}
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    if n not in memo:
        memo[n] = ways(n - 1) + ways(n - 2) + ways(n - 3)
    return memo[n]
print(ways(50), len(memo))
