#!/usr/bin/env python3
"""Generates test-expressions/derivatives.tsv: derivative problems with reference
answers computed independently with SymPy. A developer tool: the build and the
tests only read the TSV, they never run Python.

    python3 test-expressions/tools/make_derivatives.py      # rewrites the TSV

Each row: id, category, expr (SPEC syntax), var, reference, ref_nodes, notes.
The reference is SymPy's derivative of expr (read by specexpr.py, an
independent reader of the SPEC syntax), the smaller of diff() and
simplify(diff()) by README size, printed in SPEC syntax (** -> ^, log -> ln,
Abs -> abs, E -> e, sign(u) -> u/abs(u)); ref_nodes is its size. Invalid input
has reference "error:" and ref_nodes 0. The 43 rows of
../shared/test-expressions-sample.tsv are included as they are (ids S01-S43).

Every reference is checked here against SymPy's unsimplified derivative at
random points before it is written, and every invalid input must be refused by
specexpr.py's reader too. The problems are listed below (HAND, then the chain
rule through every table entry and products, quotients, powers and nestings of
the table functions from generated(), with a fixed seed, then INVALID), so the
output is deterministic: to add problems, add lines and rerun. specexpr.py reads
SPEC syntax into SymPy with its own small parser (not deriv's grammar, so that
the references stay independent) and prints SymPy expressions in SPEC syntax.
"""
import csv
import os
import random
import sys

import sympy as sp

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from specexpr import parse, size, to_spec  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "test-expressions", "derivatives.tsv")
SAMPLE_CANDIDATES = [
    os.path.join(ROOT, "..", "shared", "test-expressions-sample.tsv"),
    "/work/shared/test-expressions-sample.tsv",
]

# ---- hand-written problems: (category, expr, var, notes) ------------------------------
HAND = [
    # polynomials
    ("polynomial", "x^5 - 3*x^4 + 2*x - 7", "x", "power and sum rules"),
    ("polynomial", "(2*x + 1)^3", "x", "power of a linear form"),
    ("polynomial", "(x^2 - 1)^4", "x", "chain through a power"),
    ("polynomial", "x^10", "x", ""),
    ("polynomial", "7", "x", "constant"),
    ("polynomial", "x", "x", "variable"),
    ("polynomial", "1/2*x^2 + 1/3*x^3", "x", "rational coefficients"),
    ("polynomial", "0.5*x^4 - 0.25*x", "x", "decimals are exact"),
    ("polynomial", "(x - 1)*(x + 1)", "x", ""),
    ("polynomial", "3*(x^2 + x)^2", "x", "constant multiple of a power"),
    ("polynomial", "-x^3 + 4*x", "x", "unary minus binds weaker than ^"),
    ("polynomial", "x^25 - x^24", "x", "high degree"),
    ("polynomial", "2.5E+1*x^2 - 1e-3*x", "x", "exponent notation"),
    # rational functions
    ("rational", "1/x", "x", ""),
    ("rational", "1/x^2", "x", ""),
    ("rational", "(x^2 + 1)/(x - 2)", "x", "quotient"),
    ("rational", "(3*x - 1)/(x^2 + x + 1)", "x", "quotient"),
    ("rational", "x/(1 - x)^2", "x", ""),
    ("rational", "(x^3 - 8)/(x - 2)", "x", "removable singularity"),
    ("rational", "1/(1 + x^2)", "x", ""),
    ("rational", "(x + 1)^2/(x - 1)^3", "x", ""),
    ("rational", "2/(3*x + 4) - 5/x", "x", "difference of quotients"),
    ("rational", "x^2/(x + 1) + 1/(x - 1)", "x", ""),
    ("rational", "1/(x*(x + 1)*(x + 2))", "x", "product in the denominator"),
    # trigonometric
    ("trig", "sin(x)*cos(x)", "x", ""),
    ("trig", "tan(x)^2", "x", ""),
    ("trig", "sec(x)^2 - tan(x)^2", "x", "identically 1: derivative 0"),
    ("trig", "sin(2*x) + cos(3*x)", "x", ""),
    ("trig", "cot(x^2)", "x", "chain through cot"),
    ("trig", "csc(3*x - 1)", "x", "chain through csc"),
    ("trig", "sec(sqrt(x))", "x", "chain through sec and sqrt"),
    ("trig", "sin(x)^3*cos(x)^2", "x", ""),
    ("trig", "tan(x)/x", "x", ""),
    ("trig", "x^2*cot(x)", "x", ""),
    ("trig", "sin(pi*x)", "x", "constant inside"),
    ("trig", "cos(x)/(1 + sin(x))", "x", ""),
    ("trig", "sec(x)*tan(x)", "x", ""),
    ("trig", "csc(x)^2", "x", ""),
    ("trig", "sin(x)^2 + cos(x)^2", "x", "identically 1: derivative 0"),
    # inverse trigonometric
    ("inverse_trig", "asin(x/2)", "x", ""),
    ("inverse_trig", "acos(x^2)", "x", ""),
    ("inverse_trig", "atan(1/x)", "x", ""),
    ("inverse_trig", "atan(2*x + 1)", "x", ""),
    ("inverse_trig", "asin(sqrt(x))", "x", "domain 0 < x < 1"),
    ("inverse_trig", "acos(1/x)", "x", "domain |x| > 1"),
    ("inverse_trig", "x*asin(x) + sqrt(1 - x^2)", "x", ""),
    ("inverse_trig", "atan(x)^2", "x", ""),
    ("inverse_trig", "asin(x)*acos(x)", "x", ""),
    ("inverse_trig", "atan(exp(x))", "x", ""),
    ("inverse_trig", "asin(x) + acos(x)", "x", "identically pi/2: derivative 0"),
    # hyperbolic
    ("hyperbolic", "sinh(2*x)", "x", ""),
    ("hyperbolic", "cosh(x^2)", "x", ""),
    ("hyperbolic", "tanh(x)^2", "x", ""),
    ("hyperbolic", "x*sinh(x) - cosh(x)", "x", ""),
    ("hyperbolic", "sinh(x)/cosh(x)", "x", "tanh written as a quotient"),
    ("hyperbolic", "cosh(ln(x))", "x", ""),
    ("hyperbolic", "tanh(sin(x))", "x", ""),
    ("hyperbolic", "sinh(x)*cosh(x)", "x", ""),
    ("hyperbolic", "ln(cosh(x))", "x", ""),
    ("hyperbolic", "exp(sinh(x))", "x", ""),
    # exponentials and logarithms
    ("exp_log", "exp(-x^2)", "x", ""),
    ("exp_log", "x*exp(x)", "x", ""),
    ("exp_log", "exp(x)/x", "x", ""),
    ("exp_log", "ln(x^2 + 1)", "x", ""),
    ("exp_log", "ln(sin(x))", "x", "domain sin(x) > 0"),
    ("exp_log", "ln(ln(x))", "x", "domain x > 1"),
    ("exp_log", "x*ln(x) - x", "x", ""),
    ("exp_log", "ln(abs(x))", "x", "derivative 1/x on both sides of 0"),
    ("exp_log", "exp(x)*ln(x)", "x", ""),
    ("exp_log", "ln((x + 1)/(x - 1))", "x", ""),
    ("exp_log", "e^(2*x)", "x", "e^u is exp(u)"),
    ("exp_log", "e^x*sin(x)", "x", ""),
    ("exp_log", "ln(sqrt(x))", "x", ""),
    ("exp_log", "exp(exp(x))", "x", ""),
    ("exp_log", "2*e^(-x/2)", "x", ""),
    ("exp_log", "log(x)", "x", "log is the natural log"),
    ("exp_log", "log(x^3 - x)", "x", ""),
    # logarithms to a base
    ("log_base", "log(x, 2)", "x", "log_a x = ln(x)/ln(a)"),
    ("log_base", "log(x^2, 10)", "x", ""),
    ("log_base", "log2(x)", "x", ""),
    ("log_base", "log10(x^2 + 1)", "x", ""),
    ("log_base", "log(3*x, 5)", "x", ""),
    ("log_base", "log(2, x)", "x", "variable base"),
    ("log_base", "log10(sin(x))", "x", ""),
    ("log_base", "x*log2(x)", "x", ""),
    ("log_base", "log(x, e)", "x", "base e is ln"),
    # general powers and exponentials
    ("general_power", "2^x", "x", "exponential rule"),
    ("general_power", "10^(x^2)", "x", ""),
    ("general_power", "x^(x^2)", "x", "general power rule"),
    ("general_power", "x^sin(x)", "x", ""),
    ("general_power", "sin(x)^x", "x", "domain sin(x) > 0"),
    ("general_power", "(1 + 1/x)^x", "x", ""),
    ("general_power", "pi^x", "x", ""),
    ("general_power", "x^pi", "x", "irrational exponent"),
    ("general_power", "e^(x^2)", "x", ""),
    ("general_power", "x^(1/x)", "x", ""),
    ("general_power", "(x^2 + 1)^x", "x", ""),
    ("general_power", "a^(2*x)", "x", "a is a constant parameter"),
    ("general_power", "2^(-x)", "x", ""),
    ("general_power", "x^(2/3)", "x", "real n"),
    ("general_power", "x^(-5/2)", "x", ""),
    ("general_power", "x^sqrt(2)", "x", ""),
    ("general_power", "x^a", "x", "symbolic exponent free of x"),
    ("general_power", "x^x^x", "x", "right-associative tower"),
    ("general_power", "(x^x)^x", "x", ""),
    ("general_power", "x^ln(x)", "x", ""),
    # sqrt and abs
    ("sqrt_abs", "sqrt(x^2 + 1)", "x", ""),
    ("sqrt_abs", "sqrt(x)*sqrt(x + 1)", "x", ""),
    ("sqrt_abs", "1/sqrt(x)", "x", ""),
    ("sqrt_abs", "sqrt(sin(x))", "x", ""),
    ("sqrt_abs", "abs(x)", "x", "sign, x = 0 excluded"),
    ("sqrt_abs", "abs(x - 2)", "x", ""),
    ("sqrt_abs", "abs(sin(x))", "x", ""),
    ("sqrt_abs", "x*abs(x)", "x", ""),
    ("sqrt_abs", "abs(x)^3", "x", ""),
    ("sqrt_abs", "sqrt(abs(x))", "x", ""),
    ("sqrt_abs", "sqrt(x^2)", "x", "|x|, not x"),
    ("sqrt_abs", "sqrt(x^3 + 1)", "x", ""),
    # functions defined in the rule file
    ("ml", "sigmoid(x)", "x", ""),
    ("ml", "softplus(x)", "x", ""),
    ("ml", "sigmoid(2*x - 1)", "x", "chain through sigmoid"),
    ("ml", "softplus(x^2)", "x", "chain through softplus"),
    ("ml", "sigmoid(x)*(1 - sigmoid(x))", "x", ""),
    ("ml", "ln(sigmoid(x))", "x", ""),
    ("ml", "softplus(-x)", "x", ""),
    ("ml", "x*sigmoid(x)", "x", "swish"),
    ("ml", "sigmoid(sin(x))", "x", ""),
    ("ml", "softplus(sigmoid(x))", "x", ""),
    ("ml", "sigmoid(x)^2", "x", ""),
    ("ml", "x*tanh(softplus(x))", "x", "mish"),
    ("ml", "sigmoid(w*x + b)", "w", "a neuron, by its weight"),
    ("ml", "sigmoid(w*x + b)", "b", "a neuron, by its bias"),
    ("ml", "softplus(w*x + b)", "w", ""),
    ("ml", "ln(1 + exp(x))", "x", "softplus written out"),
    # textbook
    ("textbook", "3*x^2 - 4*x", "x", "issue 3: 6*x - 4"),
    ("textbook", "x^x", "x", "issue 3: x^x*(ln(x) + 1)"),
    ("textbook", "a^x", "x", "issue 3: a^x*ln(a), not ln(x)"),
    ("textbook", "x^2*sin(x)", "x", ""),
    ("textbook", "(x^2 + 1)/(x^2 - 1)", "x", ""),
    ("textbook", "sqrt(1 + x^2)", "x", ""),
    ("textbook", "ln(cos(x))", "x", ""),
    ("textbook", "e^x*cos(x)", "x", ""),
    ("textbook", "(1 + x)^10", "x", ""),
    ("textbook", "x/sqrt(x^2 + 1)", "x", ""),
    # constants
    ("constants", "pi*x^2", "x", ""),
    ("constants", "e*x", "x", ""),
    ("constants", "pi^2", "x", "constant"),
    ("constants", "sin(pi/4)*x", "x", ""),
    ("constants", "ln(2)*x", "x", ""),
    ("constants", "2*pi*x + e^2", "x", ""),
    ("constants", "\u03c0*x^2", "x", "the letter pi"),
    # implicit multiplication
    ("implicit", "3x^2 + 2x", "x", ""),
    ("implicit", "2 sin(x)", "x", ""),
    ("implicit", "2(x + 1)^2", "x", ""),
    ("implicit", "(x + 1)(x - 1)", "x", ""),
    ("implicit", "x(x + 1)", "x", ""),
    ("implicit", "4 cos(2x)", "x", ""),
    ("implicit", "x ** 3", "x", "** is ^"),
    # several variables
    ("multivar", "x^2*y^3", "x", ""),
    ("multivar", "x^2*y^3", "y", ""),
    ("multivar", "sin(x*y)", "y", ""),
    ("multivar", "exp(x*y*z)", "z", ""),
    ("multivar", "x/y", "y", ""),
    ("multivar", "ln(x^2 + y^2)", "x", ""),
    ("multivar", "atan(y/x)", "x", ""),
    ("multivar", "sqrt(x^2 + y^2 + z^2)", "z", ""),
    ("multivar", "x^y", "y", ""),
    ("multivar", "x^y", "x", ""),
    ("multivar", "y^x", "x", ""),
    ("multivar", "ln(exp(x) + exp(y))", "y", "log-sum-exp"),
    ("multivar", "w*x + x*y + y*z", "y", ""),
    ("multivar", "alpha*x^2 + beta", "alpha", "longer names"),
    ("multivar", "sin(\u03b8)^2", "\u03b8", "unicode variable"),
    ("multivar", "x_2*x + x_2^2", "x_2", ""),
    ("multivar", "w1*w2^2", "w2", ""),
    ("multivar", "x*y", "z", "free of z: 0"),
    ("multivar", "xy^2 + x", "xy", "xy is one variable"),
    ("multivar", "(((w+x+y+z)^2 + (w+x-y-z)^2)^2 + ((w+x+y+z)^2 - (w+x-y-z)^2)^2)^2", "w", "issue 3: -4096 at (-1,0,-2,1)"),
    ("multivar", "(((w+x+y+z)^2 + (w+x-y-z)^2)^2 + ((w+x+y+z)^2 - (w+x-y-z)^2)^2)^2", "x", "issue 3"),
    ("multivar", "(((w+x+y+z)^2 + (w+x-y-z)^2)^2 + ((w+x+y+z)^2 - (w+x-y-z)^2)^2)^2", "y", "issue 3"),
    ("multivar", "(((w+x+y+z)^2 + (w+x-y-z)^2)^2 + ((w+x+y+z)^2 - (w+x-y-z)^2)^2)^2", "z", "issue 3"),
    ("multivar", "x^2*y + y^3", "y", "issue 3 Hessian example"),
    # products
    ("products", "x*sin(x)*cos(x)", "x", "n-ary product"),
    ("products", "x^2*exp(x)*ln(x)", "x", ""),
    ("products", "(x + 1)*(x + 2)*(x + 3)", "x", ""),
    ("products", "sin(x)*cos(x)*tan(x)", "x", ""),
    ("products", "x*y*sin(x)", "x", ""),
    ("products", "exp(x)*sinh(x)*x^3", "x", ""),
    ("products", "sqrt(x)*ln(x)*atan(x)", "x", ""),
    ("products", "(x^2 - 1)*(x^3 + 2)*(x - 5)", "x", ""),
    ("products", "x*exp(x)*sin(x)*cos(x)*ln(x)", "x", "five factors"),
    # quotients
    ("quotient", "sin(x)/x", "x", ""),
    ("quotient", "x/sin(x)", "x", ""),
    ("quotient", "(x - 1)/(x + 1)", "x", ""),
    ("quotient", "exp(x)/(1 + exp(x))", "x", ""),
    ("quotient", "ln(x)/x^2", "x", ""),
    ("quotient", "tan(x)/(1 + tan(x))", "x", ""),
    ("quotient", "(x^2 + 3)/sqrt(x)", "x", ""),
    ("quotient", "cos(x)/(x^2*sin(x))", "x", ""),
    # nested chains
    ("nested_chain", "sin(cos(tan(x)))", "x", ""),
    ("nested_chain", "exp(sin(x^2))", "x", ""),
    ("nested_chain", "ln(ln(ln(x)))", "x", "domain x > e"),
    ("nested_chain", "sqrt(1 + sqrt(1 + sqrt(x)))", "x", ""),
    ("nested_chain", "sin(sin(sin(sin(x))))", "x", ""),
    ("nested_chain", "cos(exp(-x^2))", "x", ""),
    ("nested_chain", "atan(sinh(x))", "x", ""),
    ("nested_chain", "tanh(ln(x^2 + 1))", "x", ""),
    ("nested_chain", "asin(tanh(x))", "x", ""),
    ("nested_chain", "(sin(x^2) + 1)^3", "x", ""),
]

# ---- generated: the chain rule through every table entry -------------------------------
ALL_REALS = ["3*x - 1", "x^2", "sin(x)", "exp(-x)", "x/(x^2 + 1)"]
POSITIVE = ["x^2 + 1", "exp(x)", "3*x - 1", "cosh(x)", "x/(x^2 + 1)"]
UNIT = ["x/2", "sin(x)", "x/(x^2 + 1)", "tanh(x)", "exp(-x^2)"]
TABLE = {
    "exp": ALL_REALS, "ln": POSITIVE, "sin": ALL_REALS, "cos": ALL_REALS, "tan": ALL_REALS,
    "cot": ALL_REALS, "sec": ALL_REALS, "csc": ALL_REALS, "asin": UNIT, "acos": UNIT,
    "atan": ALL_REALS, "sinh": ALL_REALS, "cosh": ALL_REALS, "tanh": ALL_REALS, "sqrt": POSITIVE,
    "abs": ALL_REALS, "sigmoid": ALL_REALS, "softplus": ALL_REALS,
}


def generated():
    rows = []
    for f, inners in TABLE.items():
        for g in inners:
            rows.append(("chain", "%s(%s)" % (f, g), "x", "chain rule through " + f))
    rng = random.Random(20240603)
    names = sorted(TABLE)
    real_args = {f: "x/2" if TABLE[f] is UNIT else ("x^2 + 1" if TABLE[f] is POSITIVE else "x") for f in names}
    pairs = [(a, b) for a in names for b in names if a < b]
    rng.shuffle(pairs)
    for a, b in pairs[:26]:
        rows.append(("products", "%s(%s)*%s(%s)" % (a, real_args[a], b, real_args[b]), "x",
                     "product of %s and %s" % (a, b)))
    for a, b in pairs[26:44]:
        rows.append(("quotient", "%s(%s)/%s(%s)" % (a, real_args[a], b, real_args[b]), "x",
                     "quotient of %s and %s" % (a, b)))
    exponents = ["2", "3", "-1", "(1/2)", "(-2)", "(3/2)"]
    for i, f in enumerate(names):
        rows.append(("power", "%s(%s)^%s" % (f, real_args[f], exponents[i % len(exponents)]), "x",
                     "power of " + f))
    for i in range(12):
        a, b, c = rng.sample(names, 3)
        rows.append(("nested_chain", "%s(%s(%s(%s)))" % (a, b, c, "x/2" if TABLE[c] is UNIT else "x"), "x",
                     "three nested calls"))
    return rows


INVALID = [
    ("sinn(x)", "unknown function"),
    ("3*x^2)", "unbalanced parenthesis"),
    ("x +", "missing operand"),
    ("sin()", "no argument"),
    ("log(x, 2, 3)", "too many arguments"),
    ("2*x^^2", "doubled operator"),
    ("x # 2", "unknown character"),
    ("ln", "function without argument"),
    ("abs(x", "unclosed parenthesis"),
    ("foo(x)", "unknown function of a long name"),
    ("*x", "leading operator"),
    ("x^", "missing exponent"),
    ("sqrt(x, 2)", "too many arguments"),
    ("exp(x))", "unbalanced parenthesis"),
    (")x(", "parentheses the wrong way"),
    ("x = 2", "not an expression"),
    ("sin(x,)", "empty argument"),
]


HEADER = """\
# Derivative problems, read by src/test/java/dev/deriv/diff/DerivativeCorpusTest.java.
# Written by test-expressions/tools/make_derivatives.py (a developer tool: Python 3 and SymPy;
# the build never runs it): edit the lists there and rerun, do not edit this file by hand.
# Format: UTF-8, lines starting with # are comments, then a header line and one problem per
# line, seven fields separated by single tabs:
#   id         S01-S43: the rows of shared/test-expressions-sample.tsv, as they are; D001...: generated
#   category   polynomial, rational, trig, inverse_trig, hyperbolic, exp_log, log_base,
#              general_power, sqrt_abs, ml (sigmoid, softplus), chain (through every table
#              entry), products, quotient, power, nested_chain, textbook, constants, implicit,
#              multivar, invalid
#   expr       the expression, SPEC section 1 syntax
#   var        differentiate with respect to this variable
#   reference  a correct derivative, SPEC syntax, computed independently with SymPy 1.14
#              (variables real): of diff() and simplify(diff()) the smaller, printed with
#              ** -> ^, log -> ln, Abs -> abs, E -> e, sign(u) -> u/abs(u);
#              or 'error:' when expr is invalid input (it must give a ParseException)
#   ref_nodes  the size of reference: numbers, variables, constants, binary operators,
#              unary minus and function calls count 1, parentheses and commas 0
#              (6*x - 4 has size 5); 0 for invalid rows
#   notes      what the problem is for (free text, not read)
# The test compares values, not text: any correct form of the derivative passes.
"""


def load_sample():
    for p in SAMPLE_CANDIDATES:
        if os.path.exists(p):
            with open(p, encoding="utf-8", newline="") as fh:
                return list(csv.DictReader(fh, delimiter="\t"))
    raise SystemExit("test-expressions-sample.tsv not found")


def numeric_equal(a, b, symbols, rng, tries=40):
    """True when a and b agree at the random real points where both are real; raises if too few points."""
    agreed = 0
    fa = sp.lambdify(symbols, a, modules="mpmath")
    fb = sp.lambdify(symbols, b, modules="mpmath")
    import mpmath
    mpmath.mp.dps = 30
    for _ in range(tries):
        pt = [mpmath.mpf(rng.uniform(-3, 3)) for _ in symbols]
        try:
            va, vb = complex(fa(*pt)), complex(fb(*pt))
        except (ZeroDivisionError, ValueError, TypeError, OverflowError):
            continue
        if abs(va.imag) > 1e-20 or abs(vb.imag) > 1e-20 or va != va or vb != vb:
            continue
        if abs(va) > 1e12:
            continue
        if abs(va - vb) > 1e-15 * max(1.0, abs(va)):
            return False
        agreed += 1
    return agreed >= 3 or a == b


def reference(expr_text, var):
    f = parse(expr_text)
    x = sp.Symbol(var, real=True)
    raw = sp.diff(f, x)
    candidates = [raw]
    unsigned = raw.replace(sp.sign, lambda u: u / sp.Abs(u))
    try:
        simplified = sp.simplify(unsigned)
        candidates.append(simplified)
    except Exception:  # noqa: BLE001 - simplify failing leaves the raw derivative
        pass
    best = None
    for c in candidates:
        text = to_spec(c)
        if any(bad in text for bad in ("I", "zoo", "nan", "oo", "Piecewise", "re(", "im(", "Derivative",
                                       "Heaviside", "DiracDelta")):
            continue
        if best is None or size(text) < size(best):
            best = text
    if best is None:
        raise SystemExit("no printable reference for %s" % expr_text)
    # the printed reference, read back independently, equals SymPy's derivative
    back = parse(best)
    symbols = sorted(f.free_symbols | back.free_symbols | {x}, key=str)
    rng = random.Random(hash_text(expr_text + var))
    if not numeric_equal(raw, back, symbols, rng):
        raise SystemExit("reference %s does not match d/d%s %s" % (best, var, expr_text))
    return best


def hash_text(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % (1 << 31)
    return h


def main():
    sample = load_sample()
    rows = []
    for r in sample:
        rows.append([r["id"], r["category"], r["expr"], r["var"], r["reference"], r["ref_nodes"],
                     "sample (shared/test-expressions-sample.tsv)"])
    seen = {(r["expr"], r["var"]) for r in sample}
    problems = [p for p in HAND + generated() if (p[1], p[2]) not in seen]
    n = 0
    for category, expr_text, var, notes in problems:
        if (expr_text, var) in seen:
            continue
        seen.add((expr_text, var))
        n += 1
        ref = reference(expr_text, var)
        rows.append(["D%03d" % n, category, expr_text, var, ref, str(size(ref)), notes])
        print("D%03d %-40s %s" % (n, expr_text, ref), file=sys.stderr)
    for expr_text, notes in INVALID:
        try:
            parse(expr_text)
        except ValueError:
            pass
        else:
            raise SystemExit("invalid row parses: " + expr_text)
        n += 1
        rows.append(["D%03d" % n, "invalid", expr_text, "x", "error:", "0", notes])
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER)
        fh.write("id\tcategory\texpr\tvar\treference\tref_nodes\tnotes\n")
        for row in rows:
            assert all("\t" not in c and "\n" not in c for c in row), row
            fh.write("\t".join(row) + "\n")
    print("%d rows written to %s" % (len(rows), OUT), file=sys.stderr)


if __name__ == "__main__":
    # SymPy's simplify() depends on set iteration order: fix string hashing so that
    # reruns write the same file
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, PYTHONHASHSEED="0"))
    main()
