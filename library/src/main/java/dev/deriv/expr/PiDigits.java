package dev.deriv.expr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Pi to a given number of decimal digits (Machin's formula, 16 atan(1/5) - 4 atan(1/239)),
 * for reducing large trigonometric arguments: a DfpField of that many digits takes
 * seconds to build (it computes several constants), this takes milliseconds for a
 * thousand digits. The longest pi computed so far is kept and rounded for shorter requests.
 */
final class PiDigits {
    private PiDigits() {}

    private static volatile BigDecimal longest = BigDecimal.ZERO;
    private static volatile int longestDigits = 0;

    static BigDecimal pi(int digits) {
        if (digits <= longestDigits) return longest.round(new MathContext(digits, RoundingMode.HALF_EVEN));
        synchronized (PiDigits.class) {
            if (digits > longestDigits) {
                MathContext mc = new MathContext(digits + 10, RoundingMode.HALF_EVEN);
                BigDecimal pi = arctanOfReciprocal(5, mc).multiply(BigDecimal.valueOf(16))
                        .subtract(arctanOfReciprocal(239, mc).multiply(BigDecimal.valueOf(4)), mc);
                longest = pi;
                longestDigits = digits + 5;
            }
        }
        return longest.round(new MathContext(digits, RoundingMode.HALF_EVEN));
    }

    /** atan(1/n) = sum of (-1)^k / ((2k+1) n^(2k+1)); each term is n^2 times smaller, so about digits/log10(n^2) terms. */
    private static BigDecimal arctanOfReciprocal(int n, MathContext mc) {
        BigDecimal nSquared = BigDecimal.valueOf((long) n * n);
        BigDecimal power = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
        BigDecimal sum = power;
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        for (int k = 1; power.compareTo(epsilon) > 0; k++) {
            power = power.divide(nSquared, mc);
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), mc);
            sum = (k % 2 == 0) ? sum.add(term, mc) : sum.subtract(term, mc);
        }
        return sum;
    }
}
