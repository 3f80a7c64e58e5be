package dev.deriv.expr;

import org.apache.commons.math3.dfp.Dfp;
import org.apache.commons.math3.dfp.DfpMath;

/**
 * High-precision implementations ({@link Builtin#precise}) that commons-math's
 * {@link DfpMath} lacks or gets wrong at the ends of the domain. Each returns
 * null where the function is undefined.
 */
public final class PreciseFunctions {
    private PreciseFunctions() {}

    /**
     * Beyond this |x|, e^x is outside the high-precision numbers (e^301802 is about 10^131072,
     * {@link Limits#HIGH_PRECISION_DECIMAL_EXPONENT}). DfpMath.exp is not called there: it never
     * returns for arguments from 2^30 to 2^31.
     */
    private static final double EXP_ARGUMENT_BOUND = 310_000;

    /** e^x, an infinity where it overflows and 0 where it underflows (see {@link #EXP_ARGUMENT_BOUND}). */
    public static Dfp exp(Dfp x) {
        if (x.isNaN()) return x;
        if (x.abs().greaterThan(x.getField().newDfp(EXP_ARGUMENT_BOUND))) {
            return x.strictlyPositive() ? x.getField().newDfp((byte) 1, Dfp.INFINITE) : x.getZero();
        }
        return DfpMath.exp(x);
    }

    /** sinh and cosh through the bounded {@link #exp}. */
    static Dfp sinh(Dfp x) {
        Dfp e = exp(x);
        return e.subtract(exp(x.negate())).divide(2);
    }

    static Dfp cosh(Dfp x) {
        Dfp e = exp(x);
        return e.add(exp(x.negate())).divide(2);
    }

    /** tanh through the bounded {@link #exp}: 1 - 2/(e^(2x) + 1), which is ±1 far out. */
    static Dfp tanh(Dfp x) {
        Dfp one = x.getOne();
        return one.subtract(one.multiply(2).divide(exp(x.multiply(2)).add(one)));
    }

    static Dfp quotient(Dfp a, Dfp b) {
        return b.isZero() ? null : a.divide(b);
    }

    static Dfp ln(Dfp x) {
        return x.strictlyPositive() ? DfpMath.log(x) : null;
    }

    /** asin or acos, exact at -1 and 1 (DfpMath is not), null outside [-1, 1]. */
    static Dfp arcsine(Dfp x, boolean cosine) {
        Dfp one = x.getOne();
        if (x.abs().greaterThan(one)) return null;
        Dfp halfPi = x.getField().getPi().divide(2);
        if (x.equals(one)) return cosine ? x.getZero() : halfPi;
        if (x.equals(one.negate())) return cosine ? x.getField().getPi() : halfPi.negate();
        return cosine ? DfpMath.acos(x) : DfpMath.asin(x);
    }

    /** ln(|x| + sqrt(x^2 + 1)) with the sign of x: no cancellation for negative x. */
    static Dfp asinh(Dfp x) {
        Dfp a = x.abs();
        Dfp r = DfpMath.log(a.add(a.multiply(a).add(x.getOne()).sqrt()));
        return x.negativeOrNull() ? r.negate() : r;
    }

    static Dfp acosh(Dfp x) {
        if (x.lessThan(x.getOne())) return null;
        return DfpMath.log(x.add(x.multiply(x).subtract(x.getOne()).sqrt()));
    }

    static Dfp atanh(Dfp x) {
        Dfp one = x.getOne();
        if (!x.abs().lessThan(one)) return null;
        return DfpMath.log(one.add(x).divide(one.subtract(x))).divide(2);
    }

    /** The real cube root: -cbrt(-x) for negative x; exact for 0. */
    static Dfp cbrt(Dfp x) {
        if (x.isZero()) return x.getZero();
        Dfp a = x.abs();
        Dfp r = exp(DfpMath.log(a).divide(3));
        // one Newton step, r - (r^3 - a)/(3 r^2), repairs the last digits of exp(log(a)/3)
        r = r.subtract(r.multiply(r).multiply(r).subtract(a).divide(r.multiply(r).multiply(3)));
        return x.negativeOrNull() ? r.negate() : r;
    }

    static Dfp sign(Dfp x) {
        if (x.isZero()) return x.getZero();
        return x.negativeOrNull() ? x.getOne().negate() : x.getOne();
    }
}
