package dev.deriv.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Engine;
import dev.deriv.Expr;
import dev.deriv.MathException;
import dev.deriv.RuleFileException;
import dev.deriv.check.Derivation;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import dev.deriv.testing.RandomExprs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The derivative table drives all of the calculus: a user rule that changes the product
 * rule changes forward derivatives, gradients, Hessians and the steps alike; a rule that
 * would never be reached is an error; {@code replace} puts a rule in another's place.
 */
class RulesDriveTest {
    /** A deliberately wrong product rule, linear in D(...), so that a reverse sweep can use it. */
    static final String WRONG_PRODUCT = "[derivatives]\nreplace product: u*v => D(u)*v + 2*u*D(v)\n";

    private static final Var X = Nodes.var("x");
    private final Engine wrong = Engine.standard().withRules("wrong.rules", WRONG_PRODUCT);

    private static double at(Expr e, double x) {
        return e.eval(Map.of("x", x));
    }

    /** The wrong rule's value for u*v: D(u)*v + 2*u*D(v), with the true derivatives of u and v. */
    private static double wrongProductRule(Node product, double x) {
        Node u = product.children().get(0);
        Node v = product.children().get(1);
        Expr du = Internals.expr(u).diff("x");
        Expr dv = Internals.expr(v).diff("x");
        return at(du, x) * at(Internals.expr(v), x) + 2 * at(Internals.expr(u), x) * at(dv, x);
    }

    @Test
    void aChangedProductRuleChangesDerivativeGradientHessianAndSteps() {
        Expr f = wrong.parse("x*sin(x)");
        Expr d = f.diff("x");
        Expr g = f.gradient(List.of("x")).get(0);
        Expr h = f.hessian(List.of("x")).get(0).get(0);
        Expr d2 = f.diff("x", 2);
        for (double x : new double[] {-1.7, 0.4, 2.3}) {
            double expected = wrongProductRule(Internals.node(f), x);
            assertEquals(expected, at(d, x), 1e-12, "deriv at " + x);
            assertEquals(expected, at(g, x), 1e-12, "grad at " + x);
            assertEquals(at(d2, x), at(h, x), 1e-12, "hessian at " + x);
            double standard = Math.sin(x) + x * Math.cos(x);
            assertTrue(Math.abs(expected - standard) > 1e-3, "the rule changed the answer at " + x);
        }
        String steps = Derivation.of(f, "x").infix();
        String first = steps.lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("product rule: d/dx(x*sin(x)) = "), steps);
        assertTrue(first.contains("2*"), "the user's formula, not the standard one: " + steps);
        assertTrue(steps.endsWith("simplified: " + d), steps);
        // the standard engine is not changed
        assertEquals(Expr.parse("sin(x) + x*cos(x)"), Expr.parse("x*sin(x)").diff("x"));
    }

    /** Forward and reverse under the same changed rule, for random expressions: the same values. */
    @Property(tries = 300)
    void forwardAndReverseAgreeUnderTheChangedRule(@ForAll("expressions") Node f) {
        Differentiator d = Internals.differentiator(wrong);
        Node forward = d.derivative(f, X);
        Node reverse = d.gradient(f, List.of(X)).get(0);
        for (double x : new double[] {-0.83, 0.37, 1.21}) {
            Map<Var, Double> point = Map.of(X, x, Nodes.var("y"), 0.61, Nodes.var("z"), -1.3);
            double a = Interpreter.eval(forward, point);
            double b = Interpreter.eval(reverse, point);
            if (!Double.isFinite(a) || Math.abs(a) > 1e12) continue;
            assertEquals(a, b, 1e-9 * Math.max(1, Math.abs(a)), "d/dx " + f + " at x = " + x);
        }
    }

    @Provide
    Arbitrary<Node> expressions() {
        return RandomExprs.exprs();
    }

    @Test
    void theChangedRuleIsReachedInRandomProducts() {
        // x*y*sin(x)*exp(x): the product rule applies where two factors depend on x
        Expr f = wrong.parse("x*y*sin(x)*exp(x)");
        Expr standard = Expr.parse("x*y*sin(x)*exp(x)").diff("x");
        Map<String, Double> p = Map.of("x", 0.7, "y", 1.3);
        double changed = f.diff("x").eval(p);
        assertNotEquals(standard.eval(p), changed, 1e-6);
        assertEquals(changed, f.gradient(List.of("x")).get(0).eval(p), 1e-12);
    }

    @Test
    void aReplacedSumRuleIsAppliedToAllTermsAtOnceAsOneByOne() {
        // D(u) + 2*D(v), the matcher taking one term as u: 1*D(t1) + 2*D(t2) + 4*D(t3) + 4*D(t4)
        Engine doubling = Engine.standard().withRules("sum.rules", "[derivatives]\nreplace sum: u + v => D(u) + 2*D(v)\n");
        Node f = Internals.node(doubling.parse("sin(x) + x^2 + x^3 + exp(x)"));
        Differentiator d = Internals.differentiator(doubling);
        Node atOnce = d.derivative(f, X);
        List<Step> steps = new ArrayList<>();
        Node oneByOne = d.derivative(f, X, steps::add); // with steps, each rule application is taken singly
        Node reverse = d.gradient(f, List.of(X)).get(0);
        for (double x : new double[] {-1.1, 0.3, 1.9}) {
            double a = Interpreter.eval(atOnce, Map.of(X, x));
            assertEquals(a, Interpreter.eval(oneByOne, Map.of(X, x)), 1e-12 * Math.max(1, Math.abs(a)));
            assertEquals(a, Interpreter.eval(reverse, Map.of(X, x)), 1e-12 * Math.max(1, Math.abs(a)));
        }
        assertTrue(steps.stream().filter(s -> s.rule().equals("sum")).count() == 3, steps.toString());
        String shown = Derivation.of(doubling.parse("x^2 + x^3 + sin(x)"), "x").infix();
        assertTrue(shown.lines().findFirst().orElseThrow().matches("sum rule: .* = .*2\\*.*4\\*.*"), shown);
    }

    @Test
    void aReplacedTableEntryKeepsItsPlace() {
        Engine e = Engine.standard().withRules("sin.rules", "[derivatives]\nreplace sin: sin(u) => 2*cos(u)*D(u)\n");
        assertEquals(Expr.parse("2*cos(x)"), e.parse("sin(x)").diff("x"));
        assertEquals(Expr.parse("2*cos(x + y)"), e.parse("sin(x + y)").gradient(List.of("x", "y")).get(1));
        assertTrue(Derivation.of(e.parse("sin(x)"), "x").infix().startsWith("table entry for sin: d/dx(sin(x)) = 2*cos(x)"));
    }

    @Test
    void aRuleThatIsNeverReachedIsAnErrorNamingBoth() {
        RuleFileException e = assertThrows(RuleFileException.class, () -> Engine.standard()
                .withRules("mine.rules", "[derivatives]\n# my product rule\nmy product: u*v => D(u)*v\n"));
        assertTrue(e.getMessage().startsWith("mine.rules:3: rule 'my product' (mine.rules:3) is never reached: "
                + "rule 'product' (derivatives.rules:"), e.getMessage());
        assertTrue(e.getMessage().contains("replace product:"), e.getMessage());
        // the power rule handles every u^2 first
        e = assertThrows(RuleFileException.class, () -> Engine.standard()
                .withRules("mine.rules", "[derivatives]\nsquare: u^2 => 2*u*D(u)\n"));
        assertTrue(e.getMessage().contains("'square'") && e.getMessage().contains("rule 'power'"), e.getMessage());
        // a replacement that catches everything leaves the rules after it unreached
        e = assertThrows(RuleFileException.class, () -> Engine.standard()
                .withRules("mine.rules", "[derivatives]\nreplace constant: c => 0\n"));
        assertTrue(e.getMessage().startsWith("mine.rules:2: rule 'variable'"), e.getMessage());
        // a rule that is reached in some cases is not an error: sin(2*u) is not always caught earlier
        assertTrue(Engine.standard().withRules("mine.rules",
                "[derivatives]\nreplace sin: sin(2*u) => 2*cos(2*u)*D(u)\nsin in general: sin(u) => cos(u)*D(u)\n")
                .parse("sin(x)").diff("x").equals(Expr.parse("cos(x)")));
    }

    @Test
    void aSimplificationRuleIsReplacedInPlaceToo() {
        assertEquals(Expr.parse("1"), Expr.parse("sin(x)^2 + cos(x)^2").simplify());
        Engine e = Engine.standard().withRules("s.rules", "[simplify]\nreplace pythagoras: sin(u)^2 + cos(u)^2 => 2\n");
        assertEquals(1, Internals.rules(e).simplify().stream().filter(r -> r.name().equals("pythagoras")).count());
        assertEquals("s.rules:2", Internals.rules(e).simplify().stream().filter(r -> r.name().equals("pythagoras"))
                .findFirst().orElseThrow().source());
        assertEquals(Expr.parse("2"), e.parse("sin(x)^2 + cos(x)^2").simplify(), "the replacement is the one applied");
    }

    @Test
    void aSecondRuleOfTheSameNameNeedsReplace() {
        RuleFileException e = assertThrows(RuleFileException.class, () -> Engine.standard()
                .withRules("mine.rules", "[derivatives]\nproduct: u*v => v*D(u) + u*D(v)\n"));
        assertTrue(e.getMessage().startsWith("mine.rules:2: a rule named 'product' already exists (derivatives.rules:"),
                e.getMessage());
        assertTrue(e.getMessage().contains("write 'replace product: ...'"), e.getMessage());
        e = assertThrows(RuleFileException.class, () -> Engine.standard()
                .withRules("mine.rules", "[derivatives]\nreplace cosine: cos(u) => -sin(u)*D(u)\n"));
        assertTrue(e.getMessage().startsWith("mine.rules:2: 'replace cosine' replaces no rule"), e.getMessage());
    }

    @Test
    void whatAReverseSweepCannotUseIsAnErrorNamingTheRule() {
        Engine nonlinear = Engine.standard().withRules("nl.rules", "[derivatives]\nreplace product: u*v => D(u)*D(v)\n");
        Expr f = nonlinear.parse("x*sin(x)");
        assertEquals(Expr.parse("cos(x)"), f.diff("x"), "the forward differentiator applies it as written");
        MathException e = assertThrows(MathException.class, () -> f.gradient(List.of("x")));
        assertTrue(e.getMessage().contains("rule 'product' (nl.rules:2)") && e.getMessage().contains("linear"),
                e.getMessage());
        Engine constantOne = Engine.standard().withRules("c.rules", "[derivatives]\nreplace constant: c => 1 if free(c)\n");
        e = assertThrows(MathException.class, () -> constantOne.parse("x*y").gradient(List.of("x")));
        assertTrue(e.getMessage().contains("constant rule"), e.getMessage());
    }
}
