package dev.deriv.expr;

import org.apache.commons.math3.dfp.Dfp;

/**
 * High-precision implementations ({@link Builtin#precise}) that commons-math's
 * commons-math's DfpMath lacks or gets wrong at the ends of the domain, built on
 * {@link BoundedDfpMath} (the only door to DfpMath). Each returns null where the
 * function is undefined.
 */
public final class PreciseFunctions {
    private PreciseFunctions() {}

    static Dfp quotient(Dfp a, Dfp b) {
        return b.isZero() ? null : a.divide(b);
    }

    static Dfp ln(Dfp x) {
        return x.strictlyPositive() ? BoundedDfpMath.log(x) : null;
    }

    /** asin or acos, exact at -1 and 1 (DfpMath is not), null outside [-1, 1]. */
    static Dfp arcsine(Dfp x, boolean cosine) {
        Dfp one = x.getOne();
        if (x.abs().greaterThan(one)) return null;
        Dfp halfPi = x.getField().getPi().divide(2);
        if (x.equals(one)) return cosine ? x.getZero() : halfPi;
        if (x.equals(one.negate())) return cosine ? x.getField().getPi() : halfPi.negate();
        return cosine ? BoundedDfpMath.acos(x) : BoundedDfpMath.asin(x);
    }

    /** ln(|x| + sqrt(x^2 + 1)) with the sign of x: no cancellation for negative x. */
    static Dfp asinh(Dfp x) {
        Dfp a = x.abs();
        Dfp r = BoundedDfpMath.log(a.add(a.multiply(a).add(x.getOne()).sqrt()));
        return x.negativeOrNull() ? r.negate() : r;
    }

    static Dfp acosh(Dfp x) {
        if (x.lessThan(x.getOne())) return null;
        return BoundedDfpMath.log(x.add(x.multiply(x).subtract(x.getOne()).sqrt()));
    }

    static Dfp atanh(Dfp x) {
        Dfp one = x.getOne();
        if (!x.abs().lessThan(one)) return null;
        return BoundedDfpMath.log(one.add(x).divide(one.subtract(x))).divide(2);
    }

    /** The real cube root: -cbrt(-x) for negative x; exact for 0. */
    static Dfp cbrt(Dfp x) {
        if (x.isZero()) return x.getZero();
        Dfp a = x.abs();
        Dfp r = BoundedDfpMath.exp(BoundedDfpMath.log(a).divide(3));
        // one Newton step, r - (r^3 - a)/(3 r^2), repairs the last digits of exp(log(a)/3)
        r = r.subtract(r.multiply(r).multiply(r).subtract(a).divide(r.multiply(r).multiply(3)));
        return x.negativeOrNull() ? r.negate() : r;
    }

    static Dfp sign(Dfp x) {
        if (x.isZero()) return x.getZero();
        return x.negativeOrNull() ? x.getOne().negate() : x.getOne();
    }
}
