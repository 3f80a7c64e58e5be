package dev.deriv.expr;

import dev.deriv.MathException;
import java.math.BigInteger;

/**
 * Exact values of functions at arguments where the value is exact and obvious:
 * {@code cos(0) = 1}, {@code ln(1) = 0}, {@code exp(1) = e}, {@code sin(pi/6) = 1/2},
 * {@code cbrt(-8) = -2}, and the inverse pairs {@code exp(ln(u)) = u} (where ln(u) is
 * defined) and {@code ln(exp(u)) = u}. Each method is the {@link Builtin#special} of
 * one {@link FunctionRegistry} entry; it returns null when the call stays a call.
 * Anything subtler is a rewrite rule in rules/simplify.rules.
 */
final class SpecialValues {
    private SpecialValues() {}

    /** {@code value} where the argument is the integer {@code at}, else null. */
    static Builtin.SpecialValue at(long at, Node value) {
        Num point = Nodes.num(at);
        return arg -> arg.equals(point) ? value : null;
    }

    /** A pole at the integer {@code at}: MathException there, as for cot(0). */
    static Builtin.SpecialValue poleAt(long at, String name) {
        Num point = Nodes.num(at);
        return arg -> {
            if (arg.equals(point)) throw new MathException(name + " is undefined at " + at + " (a pole)");
            return null;
        };
    }

    static Node exp(Node arg) {
        if (arg instanceof Call c && c.function() == Function.LN) return c.arg();
        if (arg.isZero()) return Nodes.ONE;
        if (arg.isOne()) return Nodes.E;
        return null;
    }

    static Node ln(Node arg) {
        if (arg instanceof Call c && c.function() == Function.EXP) return c.arg();
        if (arg instanceof Const c && c.kind() == Const.Kind.E) return Nodes.ONE;
        if (arg.isOne()) return Nodes.ZERO;
        return null;
    }

    static Node abs(Node arg) {
        if (arg instanceof Num n) return Nodes.num(n.value().abs());
        if (arg instanceof Call c && (c.function() == Function.ABS || c.function() == Function.EXP)) return arg;
        if (arg instanceof Const) return arg;
        return null;
    }

    /** -1, 0 or 1 for a number, 1 for pi, e and exp(u). */
    static Node sign(Node arg) {
        if (arg instanceof Num n) return Nodes.num(n.value().signum());
        if (arg instanceof Const) return Nodes.ONE;
        if (arg instanceof Call c && c.function() == Function.EXP) return Nodes.ONE;
        return null;
    }

    /** The real cube root of a rational whose numerator and denominator are cubes: cbrt(-8) = -2, cbrt(1/27) = 1/3. */
    static Node cbrt(Node arg) {
        if (!(arg instanceof Num n)) return null;
        Rational q = n.value();
        BigInteger p = exactCubeRoot(q.numerator().abs());
        BigInteger d = exactCubeRoot(q.denominator());
        if (p == null || d == null) return null;
        return Nodes.num(Rational.of(q.signum() < 0 ? p.negate() : p, d));
    }

    private static BigInteger exactCubeRoot(BigInteger m) {
        if (m.bitLength() > 3000) return null; // beyond any cube a user types; Math.cbrt would overflow
        BigInteger r = BigInteger.valueOf(Math.round(Math.cbrt(m.doubleValue())));
        for (int delta = -1; delta <= 1; delta++) {
            BigInteger c = r.add(BigInteger.valueOf(delta));
            if (c.signum() >= 0 && c.pow(3).equals(m)) return c;
        }
        return null;
    }

    static Node sin(Node arg) {
        Rational sixths = sixthsOfPi(arg);
        return sixths == null ? null : sinOfSixths(sixths);
    }

    static Node cos(Node arg) {
        Rational sixths = sixthsOfPi(arg);
        return sixths == null ? null : sinOfSixths(sixths.add(Rational.of(3)));
    }

    static Node csc(Node arg) { return reciprocal(sin(arg)); }

    static Node sec(Node arg) { return reciprocal(cos(arg)); }

    static Node tan(Node arg) {
        Integer k = quartersOfPi(arg);
        if (k == null) return null;
        if (k == 2) throw new MathException("tan is undefined at an odd multiple of pi/2");
        return tanOfQuarters(k);
    }

    static Node cot(Node arg) {
        Integer k = quartersOfPi(arg);
        if (k == null) return null;
        if (k == 0) throw new MathException("cot is undefined at a multiple of pi");
        return k == 2 ? Nodes.ZERO : tanOfQuarters(k);
    }

    private static Node tanOfQuarters(int k) {
        return k == 0 ? Nodes.ZERO : k == 1 ? Nodes.ONE : k == 3 ? Nodes.MINUS_ONE : null;
    }

    /** q for an argument q*pi with rational q, else null. */
    private static Rational multipleOfPi(Node arg) {
        if (arg.isZero()) return Rational.ZERO; // 0*pi: cot(0) and csc(0) are poles, like cot(pi) and csc(pi)
        if (arg instanceof Const c && c.kind() == Const.Kind.PI) return Rational.ONE;
        if (arg instanceof Mul m && m.factors().size() == 2 && m.factors().get(0) instanceof Num n
                && m.factors().get(1) instanceof Const c && c.kind() == Const.Kind.PI) return n.value();
        return null;
    }

    /** k for an argument k*pi/6 with integer k (where sin and cos can be rational), else null. */
    private static Rational sixthsOfPi(Node arg) {
        Rational q = multipleOfPi(arg);
        if (q == null) return null;
        Rational sixths = q.multiply(Rational.of(6));
        return sixths.isInteger() ? sixths : null;
    }

    /** k mod 4 for an argument k*pi/4 with integer k (tan has period pi: 4 quarters), else null. */
    private static Integer quartersOfPi(Node arg) {
        Rational q = multipleOfPi(arg);
        if (q == null) return null;
        Rational quarters = q.multiply(Rational.of(4));
        if (!quarters.isInteger()) return null;
        return Math.floorMod(quarters.numerator().mod(BigInteger.valueOf(4)).intValue(), 4);
    }

    /** sin(k*pi/6) for integer k, where it is rational (0, 1/2, 1), else null. */
    private static Node sinOfSixths(Rational k) {
        int r = Math.floorMod(k.numerator().mod(BigInteger.valueOf(12)).intValue(), 12);
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
