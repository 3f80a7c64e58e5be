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
        return null;
    }
}
