package dev.deriv.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Expr;
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
}
