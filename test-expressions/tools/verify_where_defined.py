#!/usr/bin/env python3
"""Verifies test-expressions/where-defined.tsv independently of deriv. A developer tool:
the build and the tests only read the TSV, they never run Python.

    python3 test-expressions/tools/verify_where_defined.py     # prints each row's verdict; exit 1 on a mismatch

Uses verify_antiderivatives.py's evaluator of the written trees (sympy, unevaluated; mpmath at
80 digits; real-only at every step), at 400 random points and at the small points deriv's
check also tries (a removable 0/0 sits at a point, which random points never hit): at each, the
antiderivative's derivative by a central difference, and the integrand as written. The verdict:
incorrect if they differ where both are defined, or if the integrand is defined at no point where
the derivative is (or only at isolated small points); correct-where-defined if it is undefined
somewhere the derivative is defined; else correct.
"""
import random
import re
import sys
from pathlib import Path

import mpmath as mp
import sympy as sp
from sympy.parsing.sympy_parser import parse_expr

sys.path.insert(0, str(Path(__file__).resolve().parent))
import verify_antiderivatives as va  # noqa: E402

TSV = Path(__file__).resolve().parent.parent / "where-defined.tsv"
SMALL = ['1', '2', '-1', '0.5', '-2', '3', '-0.5', '1.5', '-3', '0.25', '4', '-4', '0.1', '5', '-5', '10', '-10', '0']


def parse(antiderivative, integrand, variable):
    names = sorted(set(re.findall(r'\b[a-z]\b', antiderivative + ' ' + integrand)) - {'e'})
    symbols = {n: sp.Symbol(n, real=True) for n in names}
    local = dict(symbols)
    local.update(va.NAMES)
    big_f = parse_expr(antiderivative.replace('^', '**'), local_dict=local, evaluate=False)
    f = parse_expr(integrand.replace('^', '**'), local_dict=local, evaluate=False)
    order = [variable] + [n for n in names if n != variable]
    return big_f, f, [symbols[n] for n in order]


def counts(big_f, f, x, points):
    """(agree, differ, undefined) over the points where the antiderivative's derivative is defined."""
    h = mp.mpf(10) ** -22
    agree = differ = undefined = 0
    for point in points:
        if va.defined(big_f, point) is None:
            continue
        left, right = dict(point), dict(point)
        left[x] -= h
        right[x] += h
        a, b = va.defined(big_f, left), va.defined(big_f, right)
        if a is None or b is None:
            continue
        derivative = (b - a) / (2 * h)
        answer = va.defined(f, point)
        if answer is None:
            undefined += 1
        elif abs(derivative - answer) <= mp.mpf(10) ** -20 * max(1, abs(derivative)):
            agree += 1
        else:
            differ += 1
    return agree, differ, undefined


def verdict(antiderivative, integrand, variable, seed):
    big_f, f, symbols = parse(antiderivative, integrand, variable)
    rnd = random.Random(seed)
    spread = [lambda: rnd.uniform(-1, 1), lambda: rnd.uniform(-4, 4), lambda: rnd.uniform(0.1, 6),
              lambda: rnd.uniform(-10, 10)]
    randoms = [{s: mp.mpf(str(round(rnd.choice(spread)(), 3))) for s in symbols} for _ in range(400)]
    small = [{s: mp.mpf(SMALL[(k + 2 * j) % len(SMALL)]) for j, s in enumerate(symbols)} for k in range(len(SMALL))]
    agree, differ, undefined = counts(big_f, f, symbols[0], randoms)
    _, small_differ, small_undefined = counts(big_f, f, symbols[0], small)
    if differ or small_differ or agree == 0:  # differs, or defined at no stretch where the derivative is
        return 'incorrect'
    return 'correct-where-defined' if undefined or small_undefined else 'correct'


def main():
    return va.run(TSV, verdict, 22)


if __name__ == '__main__':
    sys.exit(main())
