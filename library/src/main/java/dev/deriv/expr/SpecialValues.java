package dev.deriv.expr;

/**
 * Functions at arguments where the value is exact and obvious: {@code cos(0) = 1},
 * {@code ln(1) = 0}, {@code exp(1) = e}, and the inverse pairs
 * {@code exp(ln(u)) = u} (where ln(u) is defined) and {@code ln(exp(u)) = u}.
 * Anything subtler is a rewrite rule in rules/simplify.rules.
 */
final class SpecialValues {
    private SpecialValues() {}

    /** The folded value, or null when {@code f(arg)} stays a call. */
    static Node fold(Function f, Node arg) {
        if (f.isDefined()) return null;
        if (f == Function.EXP) {
            if (arg instanceof Call c && c.function() == Function.LN) return c.arg();
            if (arg.isOne()) return Nodes.E;
        }
        if (f == Function.LN) {
            if (arg instanceof Call c && c.function() == Function.EXP) return c.arg();
            if (arg instanceof Const c && c.kind() == Const.Kind.E) return Nodes.ONE;
        }
        if (f == Function.ABS) {
            if (arg instanceof Num n) return Nodes.num(n.value().abs());
            if (arg instanceof Call c && c.function() == Function.ABS) return arg;
            if (arg instanceof Call c && c.function() == Function.EXP) return arg;
            if (arg instanceof Const) return arg;
        }
        if (arg.isZero()) {
            if (f == Function.SIN || f == Function.TAN || f == Function.ASIN || f == Function.ATAN
                    || f == Function.SINH || f == Function.TANH) return Nodes.ZERO;
            if (f == Function.COS || f == Function.COSH || f == Function.EXP || f == Function.SEC) return Nodes.ONE;
            if (f == Function.ACOS) return Nodes.mul(Nodes.HALF, Nodes.PI);
        }
        if (arg.isOne()) {
            if (f == Function.LN) return Nodes.ZERO;
            if (f == Function.ACOS) return Nodes.ZERO;
        }
        Rational turns = multipleOfPi(arg);
        return turns == null ? null : atMultipleOfPi(f, turns);
    }

    /** q for an argument q*pi with rational q, else null. */
    private static Rational multipleOfPi(Node arg) {
        if (arg.isZero()) return Rational.ZERO; // 0*pi: cot(0) and csc(0) are poles, like cot(pi) and csc(pi)
        if (arg instanceof Const c && c.kind() == Const.Kind.PI) return Rational.ONE;
        if (arg instanceof Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof Num n
                && m.factors().get(1) instanceof Const c && c.kind() == Const.Kind.PI) return n.value();
        return null;
    }

    /**
     * sin, cos, tan, cot, sec, csc at q*pi where the value is rational (q a multiple of 1/6
     * for sin and csc, of 1/3 for cos and sec, of 1/4 for tan and cot); null elsewhere. These
     * must be exact: in doubles sin(pi) is 1.2e-16, and 1/sin(pi) would be a huge finite number.
     */
    private static Node atMultipleOfPi(Function f, Rational q) {
        Rational sixths = q.multiply(Rational.of(6));
        Rational quarters = q.multiply(Rational.of(4));
        if (f == Function.SIN) return sixths.isInteger() ? sinOfSixths(sixths) : null;
        if (f == Function.COS) return sixths.isInteger() ? sinOfSixths(sixths.add(Rational.of(3))) : null;
        if (f == Function.CSC) return reciprocal(sixths.isInteger() ? sinOfSixths(sixths) : null);
        if (f == Function.SEC) {
            return reciprocal(sixths.isInteger() ? sinOfSixths(sixths.add(Rational.of(3))) : null);
        }
        if (f == Function.TAN || f == Function.COT) {
            if (!quarters.isInteger()) return null;
            int k = Math.floorMod(quarters.numerator().intValue(), 4); // tan has period pi: 4 quarters
            Node tan = k == 0 ? Nodes.ZERO : k == 1 ? Nodes.ONE : k == 3 ? Nodes.MINUS_ONE : null;
            if (f == Function.TAN) {
                if (k == 2) throw new MathException("tan is undefined at an odd multiple of pi/2");
                return tan;
            }
            if (k == 0) throw new MathException("cot is undefined at a multiple of pi");
            return k == 2 ? Nodes.ZERO : tan;
        }
        return null;
    }

    /** sin(k*pi/6) for integer k, where it is rational (0, 1/2, 1), else null. */
    private static Node sinOfSixths(Rational k) {
        int r = Math.floorMod(k.numerator().mod(java.math.BigInteger.valueOf(12)).intValue(), 12);
        switch (r) {
            case 0: case 6: return Nodes.ZERO;
            case 1: case 5: return Nodes.HALF;
            case 3: return Nodes.ONE;
            case 7: case 11: return Nodes.num(-1, 2);
            case 9: return Nodes.MINUS_ONE;
            default: return null; // sqrt(3)/2: left as a call
        }
    }

    private static Node reciprocal(Node value) {
        if (value == null) return null;
        if (value.isZero()) throw new MathException("division by zero (the function's pole)");
        return Nodes.num(((Num) value).value().reciprocal());
    }
}
