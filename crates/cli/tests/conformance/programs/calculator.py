# Whole program: a tokenizer, recursive-descent parser and evaluator for arithmetic with variables.
class Token:
    def __init__(self, kind, text):
        self.kind, self.text = kind, text
    def __repr__(self):
        return f"{self.kind}:{self.text}"
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(Token("num", src[i:j]))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j]))
            i = j
        elif ch in "+-*/()=^%":
            tokens.append(Token("op", ch))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    return tokens
class Parser:
    def __init__(self, tokens, env):
        self.toks, self.pos, self.env = tokens, 0, env
    def peek(self):
        return self.toks[self.pos].text if self.pos < len(self.toks) else None
    def take(self):
        tok = self.toks[self.pos]
        self.pos += 1
        return tok
    def statement(self):
        if len(self.toks) > 1 and self.toks[1].text == "=":
            name = self.take().text
            self.take()
            value = self.expr()
            self.env[name] = value
            return value
        return self.expr()
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take().text == "+" else v - self.term()
        return v
    def term(self):
        v = self.power()
        while self.peek() in ("*", "/", "%"):
            op = self.take().text
            rhs = self.power()
            v = v * rhs if op == "*" else v / rhs if op == "/" else v % rhs
        return v
    def power(self):
        base = self.unary()
        if self.peek() == "^":
            self.take()
            return base ** self.power()
        return base
    def unary(self):
        if self.peek() == "-":
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        tok = self.take()
        if tok.text == "(":
            v = self.expr()
            self.take()
            return v
        if tok.kind == "num":
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.kind == "name":
            return self.env[tok.text]
        raise SyntaxError(f"unexpected token {tok!r}")
env = {}
for line in ["x = 3", "y = x ^ 2 ^ 2", "(x + y) * -2", "y / 4", "10 % 4 + 2.5", "z + 1", "2 $ 3", "1 / (x - 3)", ")"]:
    try:
        print(f"{line!r:>16} => {Parser(tokenize(line), env).statement()!r}")
    except KeyError as e:
        print(f"{line!r:>16} => undefined name {e}")
    except (SyntaxError, ZeroDivisionError, IndexError) as e:
        print(f"{line!r:>16} => {type(e).__name__}: {e}")
print(sorted(env.items()), tokenize("a1 + 2.5"))
