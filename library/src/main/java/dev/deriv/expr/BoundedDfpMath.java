package dev.deriv.expr;

import dev.deriv.LimitException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apache.commons.math3.dfp.Dfp;
import org.apache.commons.math3.dfp.DfpField;
import org.apache.commons.math3.dfp.DfpMath;

/**
 * The only door to commons-math's {@link DfpMath} (and to the Dfp methods built on it):
 * every routine here terminates, quickly, for every finite, infinite or NaN argument.
 *
 * <p>Why: {@code DfpMath.pow(x, int)} and the integer powers inside {@code DfpMath.exp}
 * double a trial exponent in an {@code int}, which overflows and loops forever once the
 * exponent reaches 2^30: {@code exp(1500000000)}, {@code exp(-1500000000)},
 * {@code sinh(1500000000)} and {@code pow(1.0001, 2000000000)} never return. Its
 * {@code sin}/{@code cos} reduce the argument with a pi of the field's own precision,
 * which is wrong for large arguments ({@code sin(1e20)} gives 0, {@code cos(1e30)}
 * 5e1315), and its {@code log} gives NaN below about 1e-131000 (gradual underflow).
 * Each routine says next to it why it terminates. A guard test keeps every other class
 * from calling DfpMath directly.
 */
public final class BoundedDfpMath {
    private BoundedDfpMath() {}

    /**
     * Beyond this magnitude exp overflows (or underflows to 0) in every Dfp field: a Dfp's
     * exponent holds at most about 10^131072, whose ln is about 301,800. Below it the
     * integer part of the argument is under 2^30, where DfpMath's powering terminates.
     */
    static final double EXP_ARGUMENT_BOUND = 1 << 20;

    /** Below this decimal exponent DfpMath.log sees a denormal and answers NaN; we scale first. */
    private static final int LOG_DENORMAL_EXPONENT = -130_000;
    private static final int LOG_SCALE = 1_000;

    /**
     * e^a. Bounded: beyond {@link #EXP_ARGUMENT_BOUND} the answer (infinity or 0) is decided
     * without DfpMath; below it DfpMath.exp powers e by an integer under 2^20 (about 40
     * multiplications) and sums a series of the fraction, which converges.
     */
    public static Dfp exp(Dfp a) {
        if (a.isNaN()) return a;
        if (a.abs().greaterThan(a.getField().newDfp(EXP_ARGUMENT_BOUND))) {
            return a.negativeOrNull() ? a.getField().getZero() : infinity(a.getField());
        }
        return DfpMath.exp(a);
    }

    /**
     * ln a for a &gt; 0 (NaN otherwise, as DfpMath). Bounded: DfpMath.log splits off the
     * exponent and sums a series on a number near 1 (tested from 1e-131000 to 1e131000);
     * denormals, where it gives NaN, are scaled up by 10^1000 first.
     */
    public static Dfp log(Dfp a) {
        if (a.isNaN() || !a.strictlyPositive() || a.isInfinite()) return DfpMath.log(a);
        if (a.intLog10() < LOG_DENORMAL_EXPONENT) {
            Dfp ten = a.getField().newDfp(10);
            Dfp scaled = a.multiply(a.getOne().power10(LOG_SCALE));
            return DfpMath.log(scaled).subtract(DfpMath.log(ten).multiply(LOG_SCALE));
        }
        return DfpMath.log(a);
    }

    /**
     * b^n by binary powering (not DfpMath.pow, which loops forever from 2^30 on).
     * Bounded: at most 64 squarings and 64 multiplications; stops early once the
     * power has overflowed to infinity or underflowed to 0.
     */
    public static Dfp pow(Dfp b, long n) {
        if (n == 0) return b.getOne();
        boolean reciprocal = n < 0;
        BigInteger e = BigInteger.valueOf(n).abs(); // |Long.MIN_VALUE| does not fit a long
        Dfp result = b.getOne();
        Dfp square = b;
        for (int bit = 0; bit < e.bitLength(); bit++) {
            if (e.testBit(bit)) result = result.multiply(square);
            if (bit + 1 < e.bitLength()) square = square.multiply(square);
            if (result.isZero() || result.isInfinite() || result.isNaN()) break;
        }
        return reciprocal ? b.getOne().divide(result) : result;
    }

    /** sin a, with the argument reduced exactly enough (see {@link #reduced}). */
    public static Dfp sin(Dfp a) {
        return a.isNaN() || a.isInfinite() ? nan(a.getField()) : DfpMath.sin(reduced(a));
    }

    /** cos a, with the argument reduced exactly enough (see {@link #reduced}). */
    public static Dfp cos(Dfp a) {
        return a.isNaN() || a.isInfinite() ? nan(a.getField()) : DfpMath.cos(reduced(a));
    }

    /** Bounded: DfpMath.atan reduces to |a| &lt;= 1 by reciprocal and sums a series (tested at 1e±131000). */
    public static Dfp atan(Dfp a) { return DfpMath.atan(a); }

    /** Bounded: atan of a / sqrt(1 - a^2); Dfp.sqrt is a Newton iteration with a step cap. */
    public static Dfp asin(Dfp a) { return DfpMath.asin(a); }

    /** Bounded as {@link #asin}. */
    public static Dfp acos(Dfp a) { return DfpMath.acos(a); }

    /** sinh via Dfp.sinh (two exps), beyond {@link #EXP_ARGUMENT_BOUND} the infinity it tends to. */
    public static Dfp sinh(Dfp a) {
        if (beyondExp(a)) return a.negativeOrNull() ? infinity(a.getField()).negate() : infinity(a.getField());
        return a.sinh();
    }

    /** cosh via Dfp.cosh (two exps), beyond {@link #EXP_ARGUMENT_BOUND} infinity. */
    public static Dfp cosh(Dfp a) {
        return beyondExp(a) ? infinity(a.getField()) : a.cosh();
    }

    /** tanh via Dfp.tanh (two exps); beyond {@link #EXP_ARGUMENT_BOUND} it is ±1 to any precision. */
    public static Dfp tanh(Dfp a) {
        if (beyondExp(a)) return a.negativeOrNull() ? a.getOne().negate() : a.getOne();
        return a.tanh();
    }

    private static boolean beyondExp(Dfp a) {
        return !a.isNaN() && a.abs().greaterThan(a.getField().newDfp(EXP_ARGUMENT_BOUND));
    }

    /**
     * a minus the nearest multiple of 2 pi, computed in decimals with enough digits that
     * the remainder keeps the field's precision: a's integer digits plus the field's plus
     * a margin, with pi from {@link PiDigits}. Arguments of more than
     * {@link Limits#MAX_PRECISE_TRIG_EXPONENT} integer digits are refused (the digits of
     * pi needed grow with them).
     */
    static Dfp reduced(Dfp a) {
        DfpField field = a.getField();
        if (!a.abs().greaterThan(field.getOne())) return a;
        int exponent = a.intLog10();
        if (exponent >= Limits.MAX_PRECISE_TRIG_EXPONENT) {
            throw new LimitException("the argument of a trigonometric function is beyond 1e"
                    + Limits.MAX_PRECISE_TRIG_EXPONENT + ", too large to reduce by 2 pi in high precision");
        }
        int digits = Math.max(0, exponent) + field.getRadixDigits() * 4 + 20;
        MathContext mc = new MathContext(digits, RoundingMode.HALF_EVEN);
        BigDecimal x = decimal(a);
        BigDecimal twoPi = PiDigits.pi(digits).multiply(BigDecimal.valueOf(2), mc);
        BigDecimal turns = x.divide(twoPi, mc).setScale(0, RoundingMode.HALF_EVEN);
        return dfp(field, x.subtract(turns.multiply(twoPi, mc), mc));
    }

    /** The value as an exact decimal (the Dfp's digits). */
    public static BigDecimal decimal(Dfp d) {
        return new BigDecimal(d.toString().strip());
    }

    /**
     * A decimal as a Dfp. Dfp's own parser drops digits and the exponent of a long
     * plain number ("1" and 200 zeros reads as 1e32), so the text handed to it is
     * always short and in scientific notation.
     */
    public static Dfp dfp(DfpField f, BigDecimal x) {
        if (x.signum() == 0) return f.getZero();
        BigDecimal r = x.round(new MathContext(f.getRadixDigits() * 4 + 4)).stripTrailingZeros();
        String digits = r.unscaledValue().abs().toString();
        long exponent = (long) digits.length() - 1 - r.scale();
        String text = (r.signum() < 0 ? "-" : "") + digits.charAt(0)
                + (digits.length() > 1 ? "." + digits.substring(1) : "") + "e" + exponent;
        return f.newDfp(text);
    }

    private static Dfp infinity(DfpField f) {
        return f.getOne().newInstance((byte) 1, Dfp.INFINITE);
    }

    private static Dfp nan(DfpField f) {
        return f.getOne().newInstance((byte) 1, Dfp.QNAN);
    }
}
