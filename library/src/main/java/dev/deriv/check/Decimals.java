package dev.deriv.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How check, limit and plot write numbers for people: short, exact where they are exact. */
public final class Decimals {
    private Decimals() {}

    /** {@code x} to {@code digits} significant digits, without trailing zeros; plain unless very large or small. */
    public static String round(BigDecimal x, int digits) {
        if (x.signum() == 0) return "0";
        BigDecimal r = x.round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        int magnitude = r.precision() - r.scale() - 1;
        if (magnitude >= -6 && magnitude < 16) return r.toPlainString();
        return r.toString().replace("E+", "e").replace("E", "e");
    }

    /** A point coordinate as written: exact, plain. */
    public static String plain(BigDecimal x) {
        if (x.signum() == 0) return "0";
        return x.stripTrailingZeros().toPlainString();
    }

    /**
     * The two values with as many significant digits as it takes to tell them
     * apart (at least 6, at most 50): {@code 2} and {@code 2.000000000001}.
     */
    static String[] apart(BigDecimal a, BigDecimal b) {
        int k = 6;
        while (k < 50 && round(a, k).equals(round(b, k))) k++;
        return new String[] {round(a, k), round(b, k)};
    }

    /**
     * A boundary found by bisection, written as the number it evidently is:
     * {@code 0}, {@code 1}, {@code -pi/2}, {@code sqrt(2)}, or else 4 significant digits.
     */
    public static String nice(double v) {
        long k = Math.round(v);
        if (Math.abs(v - k) < 1e-7 * Math.max(1, Math.abs(v))) return Long.toString(k);
        int[] denominators = {2, 3, 4, 6};
        for (int m : new int[] {1, 2, 3, 4, 6}) {
            long n = Math.round(v * m / Math.PI);
            if (n != 0 && Math.abs(n) <= 48 && Math.abs(v - n * Math.PI / m) < 1e-7 * Math.max(1, Math.abs(v))) {
                long g = gcd(Math.abs(n), m);
                long p = n / g;
                long q = m / g;
                String head = p == 1 ? "pi" : p == -1 ? "-pi" : p + "*pi";
                return q == 1 ? head : head + "/" + q;
            }
        }
        for (int d : denominators) {
            long n = Math.round(v * d);
            if (Math.abs(v - (double) n / d) < 1e-7 * Math.max(1, Math.abs(v))) {
                long g = gcd(Math.abs(n), d);
                return (n / g) + "/" + (d / g);
            }
        }
        for (int r : new int[] {2, 3, 5}) {
            double s = Math.sqrt(r);
            if (Math.abs(Math.abs(v) - s) < 1e-7) return (v < 0 ? "-" : "") + "sqrt(" + r + ")";
        }
        return round(new BigDecimal(v), 4);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
