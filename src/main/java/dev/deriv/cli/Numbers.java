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

    /** The number in LaTeX: scientific notation becomes {@code 1.5 \cdot 10^{21}}. */
    static String latex(double v) {
        String s = format(v);
        int e = s.indexOf('e');
        if (e < 0) return s;
        String exponent = s.substring(e + 1);
        if (exponent.startsWith("+")) exponent = exponent.substring(1);
        return s.substring(0, e) + " \\cdot 10^{" + exponent + "}";
    }

    /** The fewest significant digits that round-trip, without trailing zeros. */
    private static BigDecimal shortest(double v) {
        BigDecimal exact = new BigDecimal(v);
        for (int p = 1; p < 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == v) return r.stripTrailingZeros();
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }
}
