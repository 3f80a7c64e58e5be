package dev.deriv.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Expr;
import dev.deriv.LimitException;
import dev.deriv.MathException;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PointValuesTest {

    private static Map<Var, Node> at(String... nameValue) {
        Map<Var, Node> p = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            p.put(Nodes.var(nameValue[i]), Internals.node(Expr.parse(nameValue[i + 1])));
        }
        return p;
    }

    private static double d(String f, String x) {
        return PointValues.derivative(Expr.parse(f), "x", 1, at("x", x));
    }

    private static String error(Runnable r) {
        return assertThrows(MathException.class, r::run).getMessage();
    }

    @Test
    void valuesWhereTheDerivativeExists() {
        assertEquals(2, d("3*x^2 - 4*x", "1"));
        assertEquals(1, d("3*x", "1/3") / 3, 0);
        assertEquals(0, d("sin(x)", "pi/2"), 1e-15);
        assertEquals(12, PointValues.derivative(Expr.parse("x^3"), "x", 2, at("x", "2")));
    }

    @Test
    void absAtZero() {
        assertEquals("the derivative of abs(x) does not exist at x = 0: the left and right derivatives differ (-1 and 1)",
                error(() -> d("abs(x)", "0")));
    }

    @Test
    void sqrtAtZero() {
        String m = error(() -> d("sqrt(x)", "0"));
        assertTrue(m.startsWith("the derivative of sqrt(x) does not exist at x = 0: "), m);
        assertTrue(m.contains("vertical"), m);
    }

    @Test
    void lnOutsideItsDomain() {
        for (String x : new String[] {"0", "-1", "-1/2"}) {
            String m = error(() -> d("ln(x)", x));
            assertTrue(m.startsWith("the derivative of ln(x) does not exist at x = " + x + ": outside the domain"), m);
        }
        String m = error(() -> d("ln(x^2 - 1)", "0"));
        assertTrue(m.endsWith("(ln needs a positive argument, and x^2 - 1 = -1 here)"), m);
    }

    @Test
    void divisionByZero() {
        assertTrue(error(() -> d("1/x", "0")).contains("division by zero"));
    }

    @Test
    void gradientOfTheEuclideanNormAtTheOrigin() {
        Expr norm = Expr.parse("sqrt(x^2 + y^2)");
        String m = error(() -> PointValues.gradient(norm, List.of("x", "y"), at("x", "0", "y", "0")));
        assertEquals("the gradient of sqrt(x^2 + y^2) does not exist at x = 0, y = 0: the partial derivative with "
                + "respect to x does not exist there, since the left and right derivatives differ (-1 and 1)", m);
        assertArrayEquals(new double[] {0.6, 0.8}, PointValues.gradient(norm, List.of("x", "y"), at("x", "3", "y", "4")),
                1e-15);
    }

    @Test
    void hessianWhereItExists() {
        double[][] h = PointValues.hessian(Expr.parse("x^2*y + y^3"), List.of("x", "y"), at("x", "1", "y", "2"));
        assertArrayEquals(new double[] {4, 2}, h[0]);
        assertArrayEquals(new double[] {2, 12}, h[1]);
    }

    @Test
    void theDerivativeExistsWhereOnlyItsFormulaIsUndefined() {
        assertEquals(0, d("x*abs(x)", "0"));           // derivative 2|x|, formula |x| + x^2/|x|
        assertEquals(0, d("sqrt(x^4)", "0"));
        assertEquals(0, d("x^(3/2)", "0"));            // one-sided, at the end of the domain
        String m = error(() -> PointValues.derivative(Expr.parse("x*abs(x)"), "x", 2, at("x", "0")));
        assertEquals("the 2nd derivative of x*abs(x) does not exist at x = 0: the left and right derivatives differ "
                + "(-2 and 2)", m);
    }

    @Test
    void aMissingValueIsBadInput() {
        assertThrows(InputException.class, () -> PointValues.derivative(Expr.parse("x*y"), "x", 1, at("x", "1")));
    }

    @Test
    void doublesConvertExactly() {
        assertEquals(Internals.node(Expr.parse("1/4")), PointValues.point(Map.of("x", 0.25)).get(Nodes.var("x")));
    }

    // issue 11: signs and zeros at a point are decided exactly or with certainty, never from rounding

    @Test
    void kinkOfAPowerAtAnExactPoint() {
        // 2^x at x = 3 is exactly 8 (it was exp(3*ln(2)), a rounded 8, at 60 digits)
        assertTrue(error(() -> d("abs(2^x - 8)", "3")).contains("the left and right derivatives differ"));
        assertTrue(error(() -> d("abs(8 - 2^x)", "3")).contains("the left and right derivatives differ"));
    }

    @Test
    void kinkThatSimplificationCannotFind() {
        // 2^(ln(3)/ln(2)) - 3 is 0, but stays symbolic: its rounded value has no certain sign
        String m = error(() -> d("abs(2^x - 3)", "ln(3)/ln(2)"));
        assertTrue(m.contains("the left and right derivatives differ"), m);
    }

    @Test
    void endOfTheDomainFoundOnlyByRounding() {
        // the derivative's formula is about 1e28 at 60 digits: a pole seen through rounding
        assertTrue(error(() -> d("sqrt(exp(x) - 3)", "ln(3)")).contains("vertical"));
        assertTrue(error(() -> d("sqrt(2^x - 3)", "ln(3)/ln(2)")).contains("vertical"));
    }

    @Test
    void sqrtOfAnExactZeroIsAVerticalTangentNotAnInternalError() {
        // was IllegalStateException: no value at the point for sqrt(...)
        assertTrue(error(() -> d("sqrt(x^x^x - 3^27)", "3")).contains("vertical"));
        assertTrue(error(() -> d("sqrt(2^x - 8)", "3")).contains("vertical"));
    }

    @Test
    void lnOfAnExactZeroNamesTheZero() {
        String m = error(() -> d("ln(2^x - 8)", "3"));
        assertTrue(m.endsWith("(ln needs a positive argument, and 2^x - 8 = 0 here)"), m);
    }

    @Test
    void pointBeyondHighPrecisionIsALimitNotAnInternalError() {
        // was IllegalStateException: exp(-10^6) underflows the high-precision numbers to 0
        assertEquals("the point x = exp(-1000000) is beyond the range of high-precision numbers "
                + "(10^-131072 to 10^131072 in magnitude)", error(() -> d("ln(x)", "exp(-10^6)")));
    }

    @Test
    void derivativesThatFitThoughTheFunctionDoesNot() {
        assertEquals(2e200, d("x^2", "1e200"));
        assertArrayEquals(new double[] {1e300, 1e300},
                PointValues.gradient(Expr.parse("x*y"), List.of("x", "y"), at("x", "1e300", "y", "1e300")));
        assertTrue(error(() -> PointValues.value(Expr.parse("x^2"), at("x", "1e200"))).contains("too large for a double"));
    }

    @Test
    void tooLargeIsNotADomainError() {
        assertEquals("the value of 10^10^10^x at x = 3 is too large for a double (beyond 10^131072)",
                error(() -> d("10^10^10^x", "3")));
    }

    @Test
    void undecidableValueIsAnErrorNotAGuess() {
        // ln of a value that is 0 to 60 digits but not simplified to 0: no confident answer
        String m = error(() -> PointValues.value(Expr.parse("ln(2^x - 3)"), at("x", "ln(3)/ln(2)")));
        assertTrue(m.contains("cannot be decided") || m.contains("ln needs a positive argument"), m);
    }

    @Test
    void hugeArgumentOfAPeriodicFunctionIsNotAGuess() {
        // sin(10^50) in doubles is the sine of the double nearest 10^50, off by 10^34
        assertTrue(error(() -> d("cos(x)", "10^50")).contains("cannot be computed accurately"));
        // from 1e1000 up, high precision refuses to reduce a trigonometric argument: a named limit
        String limit = assertThrows(LimitException.class, () -> PointValues.value(Expr.parse("cos(10^1000)"), at())).getMessage();
        assertTrue(limit.contains("1e1000"), limit);
    }

    @Test
    void valueBeyondDoublesOnTheWayOnly() {
        assertEquals(230258.50929940457, PointValues.value(Expr.parse("ln(10^100000)"), at()), 1e-9);
    }
}
