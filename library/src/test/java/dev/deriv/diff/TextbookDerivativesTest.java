package dev.deriv.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Engine;
import dev.deriv.Expr;
import dev.deriv.LimitException;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Num;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The textbook cases of issue 3, as exact expected outputs. */
class TextbookDerivativesTest {

    /** (u+v)^2 with u = (a+b)^2, v = (a-b)^2, a = (w+x+y+z)^2, b = (w+x-y-z)^2, written out. */
    static final String NESTED = "(((w+x+y+z)^2 + (w+x-y-z)^2)^2 + ((w+x+y+z)^2 - (w+x-y-z)^2)^2)^2";
    static final List<String> WXYZ = List.of("w", "x", "y", "z");

    private static Map<String, Double> at(Object... nameValue) {
        Map<String, Double> m = new HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) m.put((String) nameValue[i], ((Number) nameValue[i + 1]).doubleValue());
        return m;
    }

    /** The exact value: the variables replaced by numbers, folded by the canonical constructors. */
    private static Node exactAt(Expr e, Map<String, Long> point) {
        Map<Var, Node> m = new HashMap<>();
        point.forEach((k, v) -> m.put(Nodes.var(k), Nodes.num(v)));
        return Nodes.substitute(Internals.node(e), m);
    }

    @Test
    void polynomialGivesSixXMinusFourAndTwoAtOne() {
        Expr d = Expr.parse("3*x^2-4*x").diff("x");
        assertEquals("6*x - 4", d.toString());
        assertEquals(2.0, d.eval(at("x", 1)));
        assertEquals(Nodes.num(2), exactAt(d, Map.of("x", 1L)));
    }

    @Test
    void xToTheX() {
        assertEquals("x^x*(ln(x) + 1)", Expr.parse("x^x").diff("x").toString());
    }

    @Test
    void constantBaseToTheXUsesLnOfTheBase() {
        Expr d = Expr.parse("a^x").diff("x");
        assertEquals("a^x*ln(a)", d.toString());
        assertEquals(Expr.parse("a^x*ln(a)"), d);
        // and with respect to the base, the power rule
        assertEquals(Expr.parse("x*a^(x-1)"), Expr.parse("a^x").diff("a"));
    }

    @Test
    void gradientOfLogSumExp() {
        Expr f = Expr.parse("ln(exp(x)+exp(y))");
        List<Expr> g = f.gradient(List.of("x", "y"));
        assertEquals(2, g.size());
        Map<String, Double> p = at("x", 0, "y", Math.log(2));
        assertEquals(1.0 / 3, g.get(0).eval(p), 1e-15);
        assertEquals(2.0 / 3, g.get(1).eval(p), 1e-15);
        // the same as the forward partials
        assertEquals(f.diff("x").eval(p), g.get(0).eval(p), 1e-15);
        assertEquals(f.diff("y").eval(p), g.get(1).eval(p), 1e-15);
    }

    @Test
    void fourPartialsOfTheNestedSquaresAreAllMinus4096() {
        Expr f = Expr.parse(NESTED);
        Map<String, Double> p = at("w", -1, "x", 0, "y", -2, "z", 1);
        Map<String, Long> exact = Map.of("w", -1L, "x", 0L, "y", -2L, "z", 1L);
        List<Expr> g = f.gradient(WXYZ);
        assertEquals(4, g.size());
        for (int i = 0; i < 4; i++) {
            String v = WXYZ.get(i);
            Expr byGradient = g.get(i);
            Expr byDiff = f.diff(v);
            assertEquals(-4096.0, byGradient.eval(p), 0.0, "gradient, d/d" + v);
            assertEquals(-4096.0, byDiff.eval(p), 0.0, "diff, d/d" + v);
            assertEquals(Nodes.num(-4096), exactAt(byGradient, exact), "gradient, exact d/d" + v);
            assertEquals(Nodes.num(-4096), exactAt(byDiff, exact), "diff, exact d/d" + v);
        }
    }

    @Test
    void hessianOfX2YPlusY3() {
        List<List<Expr>> h = Expr.parse("x^2*y + y^3").hessian(List.of("x", "y"));
        assertEquals(List.of(
                List.of(Expr.parse("2*y"), Expr.parse("2*x")),
                List.of(Expr.parse("2*x"), Expr.parse("6*y"))), h);
        assertEquals("2*y", h.get(0).get(0).toString());
        assertEquals("2*x", h.get(0).get(1).toString());
        assertEquals("2*x", h.get(1).get(0).toString());
        assertEquals("6*y", h.get(1).get(1).toString());
    }

    @Test
    void hessianIsSymmetricAndMatchesRepeatedDiff() {
        Expr f = Expr.parse("sin(x*y) + x^3*exp(y) + ln(x^2 + y^2)");
        List<String> xy = List.of("x", "y");
        List<List<Expr>> h = f.hessian(xy);
        Map<String, Double> p = at("x", 0.7, "y", -1.3);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                double expected = f.diff(xy.get(i)).diff(xy.get(j)).eval(p);
                assertEquals(expected, h.get(i).get(j).eval(p), 1e-12 * Math.max(1, Math.abs(expected)));
            }
        }
        assertEquals(h.get(0).get(1).eval(p), h.get(1).get(0).eval(p), 1e-12);
    }

    @Test
    void partialDerivativesWithRespectToAnyVariable() {
        // the rule table writes x for the variable of differentiation; it must stand for y, z, $t too
        assertEquals(Expr.parse("x^2 + 3*y^2"), Expr.parse("x^2*y + y^3").diff("y"));
        assertEquals(Expr.parse("x/y"), Expr.parse("x*ln(y)").diff("y"));
        assertEquals(Expr.parse("2*exp(x + 2*z)"), Expr.parse("exp(x + 2*z)").diff("z"));
        assertEquals(Expr.parse("1"), Expr.parse("alpha").diff("alpha"));
        assertEquals(Expr.parse("0"), Expr.parse("alpha").diff("beta"));
        assertEquals(Expr.parse("cos(θ)"), Expr.parse("sin(θ)").diff("θ"));
    }

    @Test
    void theVariableRuleIsReportedForAnyVariable() {
        List<Step> steps = new ArrayList<>();
        Var y = Nodes.var("y");
        Node d = Internals.differentiator(Engine.standard()).derivative(Internals.node(Expr.parse("sin(y)")), y, steps::add);
        assertEquals(Internals.node(Expr.parse("cos(y)")), d);
        assertEquals(List.of("sin", "variable"), steps.stream().map(Step::rule).sorted().toList());
    }

    @Test
    void stepsAreReportedOutermostFirst() {
        List<Step> steps = new ArrayList<>();
        Internals.differentiator(Engine.standard()).derivative(Internals.node(Expr.parse("3*sin(x^2) + exp(x)")), Nodes.var("x"),
                steps::add);
        // the canonical sum is exp(x) + 3*sin(x^2): the sum rule's u is exp(x)
        assertEquals(List.of("sum 0", "exp 1", "variable 2", "constant multiple 1", "sin 2", "power 3", "variable 4"),
                steps.stream().map(s -> s.rule() + " " + s.depth()).toList());
    }

    @Test
    void higherOrders() {
        Expr sin = Expr.parse("sin(x)");
        assertEquals("-cos(x)", sin.diff("x", 3).toString());
        assertEquals(Expr.parse("sin(x)"), sin.diff("x", 4));
        assertEquals(Expr.parse("-sin(x)"), sin.diff("x", 2));
        assertEquals(sin, sin.diff("x", 0));
        assertEquals(Expr.parse("24"), Expr.parse("x^4 - 3*x^3").diff("x", 4));
        assertEquals(Expr.parse("0"), Expr.parse("x^4 - 3*x^3").diff("x", 5));
        assertEquals(Expr.parse("8*exp(2*x)"), Expr.parse("exp(2*x)").diff("x", 3));
        assertEquals(Expr.parse("-6/x^4"), Expr.parse("1/x").diff("x", 3));
        // a mixed partial by repeated diff
        assertEquals(Expr.parse("2*x"), Expr.parse("x^2*y + y^3").diff("y").diff("x"));
        // x^x'' = x^x*(ln(x) + 1)^2 + x^(x-1), numerically
        double x = 1.7;
        double expected = Math.pow(x, x) * Math.pow(Math.log(x) + 1, 2) + Math.pow(x, x - 1);
        assertEquals(expected, Expr.parse("x^x").diff("x", 2).eval(at("x", x)), 1e-12 * expected);
    }

    @Test
    void ordersOutsideTheLimitsAreRefused() {
        Expr f = Expr.parse("sin(x)");
        assertThrows(LimitException.class, () -> f.diff("x", -1));
        assertThrows(LimitException.class, () -> f.diff("x", 1_000_000));
        Differentiator d = Internals.differentiator(Engine.standard());
        assertThrows(IllegalArgumentException.class, () -> d.derivative(Internals.node(f), Nodes.var("x"), -1));
        assertThrows(LimitException.class, () -> d.derivative(Internals.node(f), Nodes.var("x"), 1_000_000));
    }

    @Test
    void derivativesAreCanonicalSoTheyCompareByStructure() {
        Node d = Internals.node(Expr.parse("5*x^3 + 2*x").diff("x"));
        assertEquals(Internals.node(Expr.parse("15*x^2 + 2")), d);
        assertInstanceOf(Num.class, Internals.node(Expr.parse("x^3").diff("x", 3)));
    }
}
