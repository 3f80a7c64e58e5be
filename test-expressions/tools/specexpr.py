"""The expression syntax of SPEC section 1, read into SymPy, and SymPy printed back.

A small recursive-descent reader written from SPEC (not from deriv's grammar),
so that the corpus references are independent of the Java parser:

    sum     := product (('+' | '-') product)*
    product := unary (('*' | '/') unary | <implicit> power)*
    unary   := ('-' | '+') unary | power            -x^2 = -(x^2)
    power   := primary ('^' unary)?                 right-associative, 2^-1 allowed
    primary := NUMBER | NAME | NAME '(' sum (',' sum)* ')' | '(' sum ')'

Implicit multiplication: a factor directly followed by a number, a name or '('
(3x, 2 sin(x), 2(x+1), (x+1)(x-1), x(x+1) for a one-letter x).
Numbers are exact rationals (0.25 is 1/4). Developer tool only: the build
does not need Python.
"""
import re

import sympy as sp

FUNCTIONS = {
    "sin": sp.sin, "cos": sp.cos, "tan": sp.tan, "cot": sp.cot, "sec": sp.sec, "csc": sp.csc,
    "asin": sp.asin, "acos": sp.acos, "atan": sp.atan,
    "sinh": sp.sinh, "cosh": sp.cosh, "tanh": sp.tanh,
    "exp": sp.exp, "ln": sp.log, "sqrt": sp.sqrt, "abs": sp.Abs,
    "log2": lambda u: sp.log(u) / sp.log(2),
    "log10": lambda u: sp.log(u) / sp.log(10),
    # defined in rules/derivatives.rules by their formulas
    "sigmoid": lambda u: 1 / (1 + sp.exp(-u)),
    "softplus": lambda u: sp.log(1 + sp.exp(u)),
}
CONSTANTS = {"pi": sp.pi, "\u03c0": sp.pi, "e": sp.E}

TOKEN = re.compile(r"\s*(?:(?P<num>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|(?P<name>[^\W\d_][\w]*)|(?P<op>\*\*|[-+*/^(),]))")


class SyntaxError_(ValueError):
    pass


def tokenize(text):
    out, pos = [], 0
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise SyntaxError_("unknown character %r at column %d" % (text[pos:pos + 1], pos + 1))
        pos = m.end()
        kind = m.lastgroup
        value = m.group(kind)
        if kind == "op" and value == "**":
            value = "^"
        out.append((kind, value))
    if not out:
        raise SyntaxError_("empty expression")
    return out


class Reader:
    def __init__(self, text, symbol=None):
        self.toks = tokenize(text)
        self.i = 0
        self.symbol = symbol or (lambda name: sp.Symbol(name, real=True))

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else (None, None)

    def take(self, value=None):
        kind, v = self.peek()
        if kind is None:
            raise SyntaxError_("unexpected end of input")
        if value is not None and v != value:
            raise SyntaxError_("expected %r, got %r" % (value, v))
        self.i += 1
        return kind, v

    def read(self):
        e = self.sum()
        if self.i != len(self.toks):
            raise SyntaxError_("unexpected %r" % (self.peek()[1],))
        return e

    def sum(self):
        e = self.product()
        while self.peek()[1] in ("+", "-"):
            _, op = self.take()
            t = self.product()
            e = e + t if op == "+" else e - t
        return e

    def starts_primary(self):
        kind, v = self.peek()
        return kind in ("num", "name") or v == "("

    def product(self):
        e = self.unary()
        while True:
            kind, v = self.peek()
            if v in ("*", "/"):
                self.take()
                f = self.unary()
                e = e * f if v == "*" else e / f
            elif self.starts_primary():
                e = e * self.power()
            else:
                return e

    def unary(self):
        if self.peek()[1] in ("-", "+"):
            _, op = self.take()
            u = self.unary()
            return -u if op == "-" else u
        return self.power()

    def power(self):
        base = self.primary()
        if self.peek()[1] == "^":
            self.take()
            return base ** self.unary()
        return base

    def primary(self):
        kind, v = self.take()
        if kind == "num":
            return sp.Rational(v)
        if v == "(":
            e = self.sum()
            self.take(")")
            return e
        if kind == "name":
            if self.peek()[1] == "(" and (v in FUNCTIONS or v == "log"):
                self.take("(")
                args = [self.sum()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.sum())
                self.take(")")
                if v == "log":
                    if len(args) == 1:
                        return sp.log(args[0])
                    if len(args) == 2:
                        return sp.log(args[0]) / sp.log(args[1])
                    raise SyntaxError_("log takes 1 or 2 arguments")
                if len(args) != 1:
                    raise SyntaxError_("%s takes 1 argument" % v)
                return FUNCTIONS[v](args[0])
            if v in FUNCTIONS or v == "log":
                raise SyntaxError_("function %s needs an argument" % v)
            if v in CONSTANTS:
                return CONSTANTS[v]
            if self.peek()[1] == "(" and len(v) > 1:
                raise SyntaxError_("unknown function %r" % v)
            return self.symbol(v)
        raise SyntaxError_("unexpected %r" % v)


def parse(text, symbol=None):
    return Reader(text, symbol).read()


class SpecPrinter(sp.printing.str.StrPrinter):
    """SymPy's str, in SPEC syntax: ln, abs, e; sign(u) written u/abs(u)."""

    def _print_log(self, expr):
        if len(expr.args) == 1:
            return "ln(%s)" % self._print(expr.args[0])
        return "ln(%s)/ln(%s)" % (self._print(expr.args[0]), self._print(expr.args[1]))

    def _print_Abs(self, expr):
        return "abs(%s)" % self._print(expr.args[0])

    def _print_Exp1(self, expr):
        return "e"

    def _print_sign(self, expr):
        u = expr.args[0]
        a = self._print(u)
        num = a if (u.is_Symbol or u.is_Function) else "(%s)" % a
        return "(%s/abs(%s))" % (num, a)


def to_spec(expr):
    return SpecPrinter().doprint(expr).replace("**", "^")


def size(text):
    """README's size: numbers, names (variables, constants, calls) and operators count 1, parentheses and commas 0.

    Every operator token is one node of the parse tree (binary or unary minus alike),
    so the size is the number of tokens other than parentheses and commas. Only for
    printed output: implicit multiplication would add an unwritten operator.
    """
    return sum(1 for kind, v in tokenize(text) if v not in ("(", ")", ","))
