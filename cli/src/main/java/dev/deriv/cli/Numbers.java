package dev.deriv.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as the CLI prints them: the shortest decimal that reads back as the
 * same double ({@code 2}, not {@code 2.0}; {@code 0.1}; {@code 0.3333333333333333}),
 * plain for magnitudes in [1e-7, 1e21) and {@code 1.5e+21} / {@code 2e-8} outside,
 * which the expression syntax and JSON both accept.
 */
final class Numbers {
    private Numbers() {}

    static String format(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "Infinity" : "-Infinity";
        if (v == 0) return "0"; // also -0
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        BigDecimal d = shortest(v);
        int exponent = d.precision() - d.scale() - 1; // power of ten of the leading digit
        if (exponent >= -7 && exponent < 21) return d.toPlainString();
        String digits = d.unscaledValue().abs().toString();
        StringBuilder sb = new StringBuilder();
        if (v < 0) sb.append('-');
        sb.append(digits.charAt(0));
        if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
        sb.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        return sb.toString();
    }

    /**
     * {@code v} rounded to {@code digits} significant digits, trailing zeros
     * dropped, plain for magnitudes in [1e-4, 10^digits) and {@code 1.5e+21} /
     * {@code 2e-8} outside (like C's {@code %g}): {@code 24.2}, {@code 1.46346e-25}.
     */
    static String significant(double v, int digits) {
        if (!Double.isFinite(v)) return format(v);
        if (v == 0) return "0";
        BigDecimal d = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent >= -4 && exponent < digits) {
            String plain = d.toPlainString();
            return plain.equals("-0") ? "0" : plain;
        }
        String ds = d.unscaledValue().abs().toString();
        StringBuilder sb = new StringBuilder();
        if (v < 0) sb.append('-');
        sb.append(ds.charAt(0));
        if (ds.length() > 1) sb.append('.').append(ds, 1, ds.length());
        sb.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        return sb.toString();
    }

    /**
     * A number as data files write it: {@code 3}, {@code -0.25}, {@code .5},
     * {@code 1e-3}, {@code 2.5E+4}, and {@code nan}, {@code inf}, {@code -Infinity}
     * in any case. Anything else, Java's {@code 1d} and hexadecimal included, is a
     * {@link NumberFormatException}. No surrounding whitespace.
     */
    static double parse(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) { i++; digits++; }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) { i++; digits++; }
        }
        if (digits == 0) {
            String word = s.substring(s.startsWith("+") || s.startsWith("-") ? 1 : 0).toLowerCase(java.util.Locale.ROOT);
            if (word.equals("nan")) return Double.NaN;
            if (word.equals("inf") || word.equals("infinity")) {
                return s.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            throw new NumberFormatException(s);
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            int exponentDigits = 0;
            while (i < n && isDigit(s.charAt(i))) { i++; exponentDigits++; }
            if (exponentDigits == 0) throw new NumberFormatException(s);
        }
        if (i != n) throw new NumberFormatException(s);
        return Double.parseDouble(s);
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    /**
     * {@code v} rounded to {@code decimals} digits after the point (before it when
     * negative), trailing zeros dropped, never in scientific notation: {@code 1},
     * {@code 0}, {@code 2.5}, {@code -0.125}.
     */
    static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) return format(v);
        BigDecimal d = new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN);
        if (d.signum() == 0) return "0";
        return d.stripTrailingZeros().toPlainString();
    }

    /** The number in LaTeX: scientific notation becomes {@code 1.5 \cdot 10^{21}}. */
    static String latex(double v) {
        String s = format(v);
        int e = s.indexOf('e');
        if (e < 0) return s;
        String exponent = s.substring(e + 1);
        if (exponent.startsWith("+")) exponent = exponent.substring(1);
        return s.substring(0, e) + " \\cdot 10^{" + exponent + "}";
    }

    /**
     * The fewest significant digits that round-trip, without trailing zeros: the
     * correctly rounded p-digit decimal for the smallest p that reads back as v
     * ({@link #shortestByScan} is the definition; a test compares the two).
     * <p>
     * Faster, for long outputs such as {@code --csv}: {@link Double#toString} gives
     * a p that works (JDK 17's is sometimes longer than needed, never shorter), and
     * the search goes down from there. It may stop at the first p that fails because
     * the interval of decimals that read back as v is symmetric around v: a p-digit
     * rounding that works is also a (p+1)-digit decimal, so the (p+1)-digit rounding
     * is at least as close and works too. At a power of two the interval below is
     * half the one above and that argument fails: those few doubles take the definition.
     */
    static BigDecimal shortest(double v) {
        if ((Double.doubleToRawLongBits(v) & 0x000F_FFFF_FFFF_FFFFL) == 0) return shortestByScan(v);
        BigDecimal exact = new BigDecimal(v);
        int n = significantDigits(Double.toString(v));
        BigDecimal best = exact.round(new MathContext(n, RoundingMode.HALF_EVEN));
        if (best.doubleValue() != v) return shortestByScan(v);
        for (int p = n - 1; p >= 1; p--) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() != v) break;
            best = r;
        }
        return best.stripTrailingZeros();
    }

    /** The significant digits of Double.toString's output ("1.25E-5", "0.00125", "120.0"): 3, 3, 2. */
    private static int significantDigits(String s) {
        int end = s.indexOf('E');
        if (end < 0) end = s.length();
        int first = -1;
        int last = -1;
        int count = 0;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') continue;
            if (first < 0 && c == '0') continue;
            if (first < 0) first = count;
            if (c != '0') last = count;
            count++;
        }
        return last < 0 ? 1 : last - first + 1;
    }

    /** The definition: the first p from 1 to 17 whose correctly rounded decimal reads back as v. */
    static BigDecimal shortestByScan(double v) {
        BigDecimal exact = new BigDecimal(v);
        for (int p = 1; p < 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == v) return r.stripTrailingZeros();
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }
}
