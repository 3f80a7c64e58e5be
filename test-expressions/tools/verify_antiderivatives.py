#!/usr/bin/env python3
"""Verifies test-expressions/antiderivatives.tsv independently of deriv. A developer
tool: the build and the tests only read the TSV, they never run Python.

    python3 test-expressions/tools/verify_antiderivatives.py     # prints each row's verdict; exit 1 on a mismatch

For each row, at random points (and small integers), with mpmath at 80 digits:
the antiderivative's derivative by a central difference (h = 1e-22), the integrand,
and deriv's real-only semantics at every step (a negative base to a fractional power,
ln of a non-positive number, asin beyond 1, ... are undefined, even where complex
arithmetic would turn two imaginary factors into a real product). The verdict:
incorrect if they differ where both are defined, defined-where if the integrand is
undefined somewhere the derivative is defined, else correct.
"""
import random
import re
import sys
from pathlib import Path

import mpmath as mp
import sympy as sp
from sympy.parsing.sympy_parser import parse_expr

mp.mp.dps = 80
TSV = Path(__file__).resolve().parent.parent / "antiderivatives.tsv"


class Undefined(Exception):
    pass


NAMES = {'ln': sp.log, 'log10': lambda t: sp.log(t) / sp.log(10), 'sigmoid': lambda t: 1 / (1 + sp.exp(-t)),
         'softplus': lambda t: sp.log(1 + sp.exp(t)), 'abs': sp.Abs, 'sign': sp.sign, 'cbrt': sp.Function('cbrt')}
FUNCTIONS = {'sin': mp.sin, 'cos': mp.cos, 'tan': mp.tan, 'cot': mp.cot, 'sec': mp.sec, 'csc': mp.csc,
             'asin': mp.asin, 'acos': mp.acos, 'atan': mp.atan, 'sinh': mp.sinh, 'cosh': mp.cosh,
             'tanh': mp.tanh, 'coth': mp.coth, 'sech': mp.sech, 'csch': mp.csch, 'asinh': mp.asinh,
             'acosh': mp.acosh, 'atanh': mp.atanh, 'exp': mp.exp, 'log': mp.log, 'Abs': abs, 'sign': mp.sign,
             'cbrt': mp.cbrt}
DOMAIN = {'log': lambda t: t > 0, 'asin': lambda t: abs(t) <= 1, 'acos': lambda t: abs(t) <= 1,
          'acosh': lambda t: t >= 1, 'atanh': lambda t: abs(t) < 1, 'cot': lambda t: t != 0,
          'csc': lambda t: t != 0, 'coth': lambda t: t != 0, 'csch': lambda t: t != 0}


def real(v):
    if isinstance(v, mp.mpc):
        if abs(v.imag) > mp.mpf(10) ** -40 * max(1, abs(v.real)):
            raise Undefined()
        v = v.real
    if not mp.isfinite(v):
        raise Undefined()
    return v


def value(e, point):
    """e's value at point, undefined (an exception) wherever a step leaves the reals."""
    if e.is_Symbol:
        return point[e]
    if e.is_Rational:
        return mp.mpf(e.p) / e.q
    if e.is_Number or e in (sp.pi, sp.E):
        return mp.mpf(sp.N(e, 90))
    if e.is_Add:
        return real(mp.fsum(value(a, point) for a in e.args))
    if e.is_Mul:
        r = mp.mpf(1)
        for a in e.args:
            r *= value(a, point)
        return real(r)
    if e.is_Pow:
        b = value(e.base, point)
        if e.exp.is_Integer:
            if b == 0 and e.exp < 0:
                raise Undefined()
            return real(b ** int(e.exp))
        x = value(e.exp, point)
        if b < 0 or b == 0 and x <= 0:
            raise Undefined()
        return mp.mpf(0) if b == 0 else real(b ** x)
    name = type(e).__name__
    if name not in FUNCTIONS:
        raise ValueError('unknown function ' + name)
    arg = value(e.args[0], point)
    if name in DOMAIN and not DOMAIN[name](arg):
        raise Undefined()
    try:
        return real(FUNCTIONS[name](arg))
    except (ZeroDivisionError, ValueError):
        raise Undefined()


def defined(e, point):
    try:
        return value(e, point)
    except (Undefined, ZeroDivisionError):
        return None


def verdict(antiderivative, integrand, variable, seed):
    names = sorted(set(re.findall(r'\b[a-z]\b', antiderivative + ' ' + integrand)) - {'e'})
    symbols = {n: sp.Symbol(n, real=True) for n in names}
    local = dict(symbols)
    local.update(NAMES)
    big_f = parse_expr(antiderivative.replace('^', '**'), local_dict=local, evaluate=False)
    f = parse_expr(integrand.replace('^', '**'), local_dict=local, evaluate=False)
    x = symbols[variable]
    h = mp.mpf(10) ** -22
    rnd = random.Random(seed)
    agree = differ = undefined = 0
    for _ in range(3000):
        if agree + differ + undefined >= 25:
            break
        point = {}
        for n in names:
            kind = rnd.randrange(5)
            v = [lambda: rnd.uniform(-1, 1), lambda: rnd.uniform(-4, 4), lambda: rnd.uniform(0.1, 6),
                 lambda: rnd.uniform(-10, 10), lambda: rnd.choice([1, 2, 3, 4, 5, 6, 0.5, 1.5])][kind]()
            point[symbols[n]] = mp.mpf(str(round(v, 3)))
        if defined(big_f, point) is None:
            continue
        left, right = dict(point), dict(point)
        left[x] -= h
        right[x] += h
        a, b = defined(big_f, left), defined(big_f, right)
        if a is None or b is None:
            continue
        derivative = (b - a) / (2 * h)
        answer = defined(f, point)
        if answer is None:
            undefined += 1
        elif abs(derivative - answer) <= mp.mpf(10) ** -25 * max(1, abs(derivative)):
            agree += 1
        else:
            differ += 1
    return 'incorrect' if differ else 'defined-where' if undefined else 'correct' if agree else 'unknown'


def run(tsv, verdict_of, width):
    """Prints each row's verdict next to the expected one; the exit status: 1 on any mismatch."""
    mismatches = 0
    for line in tsv.read_text(encoding='utf-8').splitlines():
        if not line or line.startswith('#'):
            continue
        antiderivative, integrand, variable, expected = line.split('\t')[:4]
        got = verdict_of(antiderivative, integrand, variable, sum(map(ord, line)))
        mark = '' if got == expected else '   <<< expected ' + expected
        mismatches += got != expected
        print(f'{got:{width}s} {antiderivative} | {integrand}{mark}')
    print(f'{mismatches} mismatches')
    return 1 if mismatches else 0


def main():
    return run(TSV, verdict, 14)


if __name__ == '__main__':
    sys.exit(main())
