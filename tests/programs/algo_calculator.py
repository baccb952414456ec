import re
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\*\*|[-+*/%()]))")
def tokenize(s):
    pos = 0
    out = []
    s = s.rstrip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m:
            raise SyntaxError(f"bad char at {pos}: {s[pos]!r}")
        num, op = m.groups()
        out.append(("num", float(num) if "." in num else int(num)) if num else ("op", op))
        pos = m.end()
    return out
class Parser:
    def __init__(self, tokens):
        self.t = tokens
        self.i = 0
    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else (None, None)
    def take(self):
        tok = self.peek()
        self.i += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            r = self.factor()
            v = v * r if op == "*" else (v / r if op == "/" else v % r)
        return v
    def factor(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek()[1] == "**":
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if val == "(":
            v = self.expr()
            if self.take()[1] != ")":
                raise SyntaxError("expected )")
            return v
        raise SyntaxError(f"unexpected {val!r}")
def calc(s):
    p = Parser(tokenize(s))
    v = p.expr()
    if p.i != len(p.t):
        raise SyntaxError("trailing tokens")
    return v
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "10 / 4", "10 % 3 + 7", "2 * (3 + (4 - 1)) / 3", "1.5 * 4", "((7))", "1 +", "3 $ 4", "(1 + 2", "1 / 0"]:
    try:
        print(f"{e} = {calc(e)}")
    except SyntaxError as err:
        print(f"{e} -> SyntaxError: {err}")
    except ZeroDivisionError as err:
        print(f"{e} -> ZeroDivisionError: {err}")
