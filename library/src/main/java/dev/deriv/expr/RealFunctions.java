package dev.deriv.expr;

/**
 * Double implementations of the built-in functions that {@code java.lang.Math}
 * lacks. Public and static: compiled code calls them by name
 * ({@link Builtin.StaticCall#scalarOnly}). Each is accurate to a few ulps over
 * its whole domain (no cancellation near 0 or near the ends), NaN outside it.
 */
public final class RealFunctions {
    private RealFunctions() {}

    private static final double LN2 = 0.6931471805599453;
    /** Beyond 2^28, sqrt(x^2 + 1) = |x| in doubles. */
    private static final double HUGE = 0x1p28;

    public static double cot(double x) { return 1 / Math.tan(x); }

    public static double sec(double x) { return 1 / Math.cos(x); }

    public static double csc(double x) { return 1 / Math.sin(x); }

    public static double sech(double x) { return 1 / Math.cosh(x); }

    public static double csch(double x) { return 1 / Math.sinh(x); }

    public static double coth(double x) { return 1 / Math.tanh(x); }

    /** ln(x + sqrt(x^2 + 1)), written with log1p so that asinh(1e-20) = 1e-20. */
    public static double asinh(double x) {
        double a = Math.abs(x);
        double r;
        if (a > HUGE) r = Math.log(a) + LN2;
        else r = Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return Math.copySign(r, x);
    }

    /** ln(x + sqrt(x^2 - 1)) for x >= 1; near 1 through log1p of x - 1. */
    public static double acosh(double x) {
        if (!(x >= 1)) return Double.NaN;
        if (x > HUGE) return Math.log(x) + LN2;
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    /** ln((1 + x)/(1 - x))/2 for |x| < 1, infinite at +-1. */
    public static double atanh(double x) {
        double a = Math.abs(x);
        if (a > 1 || Double.isNaN(x)) return Double.NaN;
        return Math.copySign(0.5 * Math.log1p(2 * a / (1 - a)), x);
    }

    /** The sign: -1, 0 or 1 (Math.signum, whose -0.0 for -0.0 is harmless). */
    public static double sign(double x) { return Math.signum(x); }
}
