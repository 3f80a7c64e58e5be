package dev.deriv.expr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.UnaryOperator;
import org.apache.commons.math3.dfp.Dfp;
import org.apache.commons.math3.dfp.DfpField;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, cause (3): the high-precision functions are right to the working precision.
 * commons-math's DfpMath.atan (and asin, acos on it) kept only 37 of 120 digits at 1, so
 * {@code check} saw a correct answer differ in the 38th digit. Known values (multiples of
 * pi, from {@link PiDigits}) and inverse pairs at 120 digits, to 110 digits.
 */
class PreciseFunctionsAccuracyTest {
    private static final DfpField FIELD = new DfpField(120);
    private static final int RIGHT_DIGITS = 110;
    private static final MathContext MC = new MathContext(140);

    private static Dfp num(String s) { return FIELD.newDfp(s); }

    private static BigDecimal piOver(int n, int times) {
        return PiDigits.pi(140).multiply(BigDecimal.valueOf(times)).divide(BigDecimal.valueOf(n), MC);
    }

    private static void close(BigDecimal expected, Dfp actual, String what) {
        BigDecimal got = BoundedDfpMath.decimal(actual);
        BigDecimal error = got.subtract(expected).abs();
        BigDecimal allowed = expected.abs().max(BigDecimal.ONE.scaleByPowerOfTen(-300)).scaleByPowerOfTen(-RIGHT_DIGITS);
        assertTrue(error.compareTo(allowed) <= 0, what + ": off by " + error.round(new MathContext(3)) + " (" + got + ")");
    }

    @Test
    void inverseTrigonometryAtKnownValues() {
        Dfp sqrt3 = num("3").sqrt();
        Dfp sqrt2 = num("2").sqrt();
        close(piOver(4, 1), BoundedDfpMath.atan(num("1")), "atan(1)");
        close(piOver(4, -1), BoundedDfpMath.atan(num("-1")), "atan(-1)");
        close(piOver(3, 1), BoundedDfpMath.atan(sqrt3), "atan(sqrt(3))");
        close(piOver(6, 1), BoundedDfpMath.atan(sqrt3.reciprocal()), "atan(1/sqrt(3))");
        close(piOver(12, 1), BoundedDfpMath.atan(num("2").subtract(sqrt3)), "atan(2 - sqrt(3))");
        close(piOver(12, 5), BoundedDfpMath.atan(num("2").add(sqrt3)), "atan(2 + sqrt(3))");
        close(piOver(6, 1), PreciseFunctions.arcsine(num("0.5"), false), "asin(1/2)");
        close(piOver(6, -1), PreciseFunctions.arcsine(num("-0.5"), false), "asin(-1/2)");
        close(piOver(4, 1), PreciseFunctions.arcsine(sqrt2.divide(2), false), "asin(sqrt(2)/2)");
        close(piOver(3, 1), PreciseFunctions.arcsine(num("0.5"), true), "acos(1/2)");
        close(piOver(3, 2), PreciseFunctions.arcsine(num("-0.5"), true), "acos(-1/2)");
        close(piOver(6, 5), PreciseFunctions.arcsine(sqrt3.divide(2).negate(), true), "acos(-sqrt(3)/2)");
        close(piOver(2, 1), PreciseFunctions.arcsine(num("0"), true), "acos(0)");
    }

    @Test
    void inversePairsAcrossMagnitudes() {
        String[] xs = {"1e-40", "3e-21", "1e-7", "0.001", "0.0999", "0.1", "0.37", "0.5", "0.9", "0.999999", "1.5", "7", "1e5", "1e30"};
        for (String s : xs) {
            for (String signed : new String[] {s, "-" + s}) {
                Dfp x = num(signed);
                BigDecimal exact = BoundedDfpMath.decimal(x);
                if (!x.abs().greaterThan(num("7"))) { // beyond, tan near pi/2 is too ill-conditioned to tell
                    roundTrip(exact, x, BoundedDfpMath::atan, v -> BoundedDfpMath.sin(v).divide(BoundedDfpMath.cos(v)), "tan(atan)");
                }
                roundTrip(exact, x, PreciseFunctions::asinh, BoundedDfpMath::sinh, "sinh(asinh)");
                if (x.abs().lessThan(FIELD.getOne())) {
                    roundTrip(exact, x, v -> PreciseFunctions.arcsine(v, false), BoundedDfpMath::sin, "sin(asin)");
                    roundTrip(exact, x, PreciseFunctions::atanh, BoundedDfpMath::tanh, "tanh(atanh)");
                    // cos(acos(x)) is ill-conditioned near x = 0 (cos near pi/2) and 1: asin + acos = pi/2 instead
                    close(piOver(2, 1), PreciseFunctions.arcsine(x, false).add(PreciseFunctions.arcsine(x, true)),
                            "asin + acos at " + exact);
                }
            }
        }
    }

    private static void roundTrip(BigDecimal exact, Dfp x, UnaryOperator<Dfp> f, UnaryOperator<Dfp> inverse, String what) {
        close(exact, inverse.apply(f.apply(x)), what + " at " + exact);
    }

    @Test
    void smallArgumentsKeepTheirDigits() {
        // ln((1 + x)/(1 - x))/2 and ln(x + sqrt(x^2 + 1)) lose x's digits to 1 + x
        close(new BigDecimal("1e-30").add(new BigDecimal("1e-90").divide(BigDecimal.valueOf(3), MC)),
                PreciseFunctions.atanh(num("1e-30")), "atanh(1e-30)");
        close(new BigDecimal("1e-30").subtract(new BigDecimal("1e-90").divide(BigDecimal.valueOf(6), MC)),
                PreciseFunctions.asinh(num("1e-30")), "asinh(1e-30)");
        close(new BigDecimal("1e-30").subtract(new BigDecimal("1e-90").divide(BigDecimal.valueOf(3), MC)),
                BoundedDfpMath.atan(num("1e-30")), "atan(1e-30)");
    }
}
