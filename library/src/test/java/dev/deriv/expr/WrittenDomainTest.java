package dev.deriv.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Expr;
import dev.deriv.internal.Internals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The domain as written survives canonicalization (issue 17: x/x at 0 was 1, sqrt(x)^2 at -1 was -1). */
class WrittenDomainTest {
    private static WrittenDomain domain(String text) {
        return Internals.writtenDomain(Expr.parse(text));
    }

    private static String reasonAt(String text, double x) {
        return Expr.parse(text).undefinedAt(Map.of("x", x)).orElse("defined");
    }

    @Test
    void aCancelledDivisorIsStillADivisor() {
        assertEquals(Expr.parse("1"), Expr.parse("x/x")); // canonical form: the condition is gone from the node
        WrittenDomain d = domain("x/x");
        assertEquals(List.of(new WrittenDomain.Condition(WrittenDomain.Kind.NONZERO_DIVISOR, Nodes.var("x"))), d.conditions());
        assertTrue(Double.isNaN(Expr.parse("x/x").eval(Map.of("x", 0.0))));
        assertEquals(1.0, Expr.parse("x/x").eval(Map.of("x", 2.0)));
        assertEquals("division by zero: x = 0", reasonAt("x/x", 0));
        assertEquals("division by zero: x - 1 = 0", reasonAt("(x^2-1)/(x-1)", 1));
        assertEquals("division by zero: x = 0", reasonAt("x^3*x^-1", 0));
    }

    @Test
    void operationsThatWidenedKeepTheirDomain() {
        assertEquals("sqrt needs an argument that is not negative", reasonAt("sqrt(x)^2", -1));
        assertEquals("ln needs a positive argument", reasonAt("exp(ln(x))", -1));
        assertEquals("ln needs a positive argument", reasonAt("ln(x) - ln(x)", 0));
        assertEquals("ln needs a positive argument", reasonAt("0*ln(x)", -2));
        assertTrue(reasonAt("asin(x) - asin(x)", 2).startsWith("asin needs"), reasonAt("asin(x) - asin(x)", 2));
        assertTrue(reasonAt("x^(3/2)/x^(1/2)", -2).contains("fractional power"));
        assertEquals("division by zero: ln(x) = 0", reasonAt("log(8, x)", 1));
    }

    @Test
    void theInnermostConditionComesFirst() {
        assertEquals("sqrt needs an argument that is not negative", reasonAt("ln(sqrt(x))", -1));
    }

    @Test
    void definedPointsAndLargeValuesAreNotViolations() {
        for (String text : new String[] {"x/x", "sqrt(x)^2", "ln(x) - ln(x)", "x^x/x^x"}) {
            assertEquals("defined", reasonAt(text, 3), text);
        }
        assertEquals("defined", reasonAt("x^x/x^x", 1000)); // an overflow, not outside the domain
        assertEquals("defined", reasonAt("x^2 + sin(x)", 0)); // nothing to record
        assertTrue(domain("x^2 + sin(x) + exp(x) + 2^x").isEmpty());
    }

    @Test
    void derivativesAndSimplifiedFormsKeepTheDomain() {
        Expr f = Expr.parse("x^2/x");
        assertEquals("division by zero: x = 0", f.diff("x").undefinedAt(Map.of("x", 0.0)).orElseThrow());
        assertEquals("division by zero: x = 0", f.simplify().undefinedAt(Map.of("x", 0.0)).orElseThrow());
        assertFalse(Expr.parse("x^2").diff("x").undefinedAt(Map.of("x", 0.0)).isPresent());
    }

    @Test
    void variablesSortNaturally() {
        assertEquals(List.of("a", "x1", "x2", "x10", "y"), new ArrayList<>(Expr.parse("x10 + x2 + y + x1 + a").variables()));
        List<String> names = new ArrayList<>(List.of("x10", "x9", "x01", "x1", "x", "x1a", "x1b", "x100"));
        names.sort(VariableOrder.NATURAL);
        assertEquals(List.of("x", "x01", "x1", "x1a", "x1b", "x9", "x10", "x100"), names);
    }
}
