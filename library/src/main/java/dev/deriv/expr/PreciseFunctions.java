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

    /** Below this |x|, asinh and atanh sum atanh's series: their logarithms would lose x's digits to 1 + x. */
    private static final double SMALL = 0.1;

    /**
     * ln(|x| + sqrt(x^2 + 1)) with the sign of x: no cancellation for negative x; for
     * |x| &lt; 0.1, atanh(x / sqrt(1 + x^2)), since 1 + x rounds x's last digits away.
     */
    static Dfp asinh(Dfp x) {
        Dfp a = x.abs();
        if (a.lessThan(x.getField().newDfp(SMALL))) return atanh(x.divide(x.getOne().add(x.multiply(x)).sqrt()));
        Dfp r = BoundedDfpMath.log(a.add(a.multiply(a).add(x.getOne()).sqrt()));
        return x.negativeOrNull() ? r.negate() : r;
    }

    static Dfp acosh(Dfp x) {
        if (x.lessThan(x.getOne())) return null;
        return BoundedDfpMath.log(x.add(x.multiply(x).subtract(x.getOne()).sqrt()));
    }

    /** ln((1 + x)/(1 - x))/2; for |x| &lt; 0.1 the series x + x^3/3 + x^5/5 + ..., right to the last digit. */
    static Dfp atanh(Dfp x) {
        Dfp one = x.getOne();
        if (!x.abs().lessThan(one)) return null;
        if (x.abs().lessThan(x.getField().newDfp(SMALL))) return atanhSeries(x);
        return BoundedDfpMath.log(one.add(x).divide(one.subtract(x))).divide(2);
    }

    /** Bounded: each term is at most 1/100 of the one before; summed until below the field's precision. */
    private static Dfp atanhSeries(Dfp x) {
        if (x.isZero()) return x;
        Dfp square = x.multiply(x);
        Dfp negligible = x.abs().multiply(x.getOne().power10(-(x.getField().getRadixDigits() * 4 + 2)));
        Dfp sum = x;
        Dfp power = x;
        for (int n = 3; ; n += 2) {
            power = power.multiply(square);
            Dfp term = power.divide(n);
            if (term.isZero() || term.abs().lessThan(negligible)) return sum;
            sum = sum.add(term);
        }
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
