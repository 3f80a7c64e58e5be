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

    /** atan's argument is halved until below this, where its Taylor series converges by 2 digits a term. */
    private static final double ATAN_SERIES_BOUND = 0.1;

    /**
     * atan a, correct to the field's precision but a digit or two. Not DfpMath.atan, which is 83
     * digits right in a 120-digit field at 1/sqrt(3) and only 37 at 1 (so asin and acos built on
     * it were too). Here: |a| &gt; 1 by pi/2 - atan(1/a), then halving, atan(t) = 2 atan(t / (1 +
     * sqrt(1 + t^2))), until t &lt; 0.1 (at most four halvings from 1, each costing a digit's
     * fraction), then the alternating Taylor series. In the field itself: a wider field would
     * cost seconds to make (commons-math computes its constants anew at each precision).
     * Bounded: at most four halvings from |a| &lt;= 1, and a series whose terms shrink by a
     * factor of 100, summed until they are below the field's precision.
     */
    public static Dfp atan(Dfp a) {
        if (a.isNaN()) return a;
        DfpField field = a.getField();
        if (a.isZero()) return a;
        if (a.isInfinite()) {
            Dfp halfPi = field.getPi().divide(2);
            return a.negativeOrNull() ? halfPi.negate() : halfPi;
        }
        Dfp t = a.abs();
        boolean inverted = t.greaterThan(field.getOne());
        if (inverted) t = field.getOne().divide(t);
        int halvings = 0;
        Dfp bound = field.newDfp(ATAN_SERIES_BOUND);
        while (t.greaterThan(bound)) {
            t = t.divide(field.getOne().add(field.getOne().add(t.multiply(t)).sqrt()));
            halvings++;
        }
        Dfp r = atanSeries(t).multiply(1 << halvings);
        if (inverted) r = field.getPi().divide(2).subtract(r);
        return a.negativeOrNull() ? r.negate() : r;
    }

    /** t - t^3/3 + t^5/5 - ... for 0 &lt; t &lt;= 0.1, until a term is below the field's precision. */
    private static Dfp atanSeries(Dfp t) {
        Dfp square = t.multiply(t);
        Dfp sum = t;
        Dfp power = t;
        Dfp negligible = t.multiply(t.getOne().power10(-(t.getField().getRadixDigits() * 4 + 2)));
        for (int n = 3; ; n += 2) {
            power = power.multiply(square).negate();
            Dfp term = power.divide(n);
            if (term.isZero() || term.abs().lessThan(negligible)) return sum;
            sum = sum.add(term);
        }
    }

    /**
     * asin a, correct to the field's precision: atan(a / sqrt((1 - a)(1 + a))), exact
     * where 1 - a^2 would cancel (DfpMath.asin is atan(a / sqrt(1 - a*a)) with DfpMath's atan).
     */
    public static Dfp asin(Dfp a) {
        Dfp one = a.getOne();
        if (a.isNaN() || a.abs().greaterThan(one)) return nan(a.getField());
        Dfp halfPi = a.getField().getPi().divide(2);
        if (a.equals(one)) return halfPi;
        if (a.equals(one.negate())) return halfPi.negate();
        return atan(a.divide(one.subtract(a).multiply(one.add(a)).sqrt()));
    }

    /** acos a, correct to the field's precision: 2 atan(sqrt((1 - a)/(1 + a))), pi at -1. */
    public static Dfp acos(Dfp a) {
        Dfp one = a.getOne();
        if (a.isNaN() || a.abs().greaterThan(one)) return nan(a.getField());
        if (a.equals(one.negate())) return a.getField().getPi();
        return atan(one.subtract(a).divide(one.add(a)).sqrt()).multiply(2);
    }

    /** Below this |a|, sinh and tanh sum sinh's series: e^a - e^-a would cancel a's leading digits. */
    private static final double SMALL_HYPERBOLIC = 0.1;

    /**
     * sinh via Dfp.sinh (two exps), beyond {@link #EXP_ARGUMENT_BOUND} the infinity it tends to;
     * below |a| = 0.1 by its series (e^a - e^-a keeps only 80 of 120 digits of sinh(1e-40)).
     */
    public static Dfp sinh(Dfp a) {
        if (beyondExp(a)) return a.negativeOrNull() ? infinity(a.getField()).negate() : infinity(a.getField());
        if (small(a)) return sinhSeries(a);
        return a.sinh();
    }

    /** cosh via Dfp.cosh (two exps), beyond {@link #EXP_ARGUMENT_BOUND} infinity. */
    public static Dfp cosh(Dfp a) {
        return beyondExp(a) ? infinity(a.getField()) : a.cosh();
    }

    /** tanh via Dfp.tanh (two exps); beyond {@link #EXP_ARGUMENT_BOUND} it is ±1; below 0.1, sinh/sqrt(1 + sinh^2). */
    public static Dfp tanh(Dfp a) {
        if (beyondExp(a)) return a.negativeOrNull() ? a.getOne().negate() : a.getOne();
        if (small(a)) {
            Dfp s = sinhSeries(a);
            return s.divide(a.getOne().add(s.multiply(s)).sqrt());
        }
        return a.tanh();
    }

    private static boolean small(Dfp a) {
        return !a.isNaN() && a.abs().lessThan(a.getField().newDfp(SMALL_HYPERBOLIC));
    }

    /** a + a^3/3! + a^5/5! + ... for |a| &lt; 0.1. Bounded: each term is below 1/600 of the one before. */
    private static Dfp sinhSeries(Dfp a) {
        if (a.isZero()) return a;
        Dfp square = a.multiply(a);
        Dfp negligible = a.abs().multiply(a.getOne().power10(-(a.getField().getRadixDigits() * 4 + 2)));
        Dfp sum = a;
        Dfp term = a;
        for (int n = 2; ; n += 2) {
            term = term.multiply(square).divide(n * (n + 1));
            if (term.isZero() || term.abs().lessThan(negligible)) return sum;
            sum = sum.add(term);
        }
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
