package dev.deriv.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Engine;
import dev.deriv.Expr;
import dev.deriv.MathException;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import dev.deriv.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry of rules/derivatives.rules, and every structural rule, checked
 * numerically against the textbook derivative written here in Java, alone and
 * through the chain rule. Each case also names the rule that must be applied at
 * the top, and the last test checks that every rule of the table was exercised.
 */
class DerivativeTableTest {
    private static final Var X = Nodes.var("x");
    /** The rules seen applied at the top of some case, to check the table is covered. */
    private static final Set<String> APPLIED = new ConcurrentSkipListSet<>();

    /** A case: d/dx of {@code expr} is {@code df}, by rule {@code rule} at the top, checked at {@code points}. */
    record Case(String expr, String rule, DoubleUnaryOperator df, double... points) {
        @Override public String toString() { return "d/dx " + expr + " by " + rule; }
    }

    private static final double[] ALL = {-2.3, -1.1, -0.4, 0.3, 0.9, 1.7, 2.6};
    private static final double[] POSITIVE = {0.05, 0.3, 0.9, 1.7, 2.6, 7.5};
    private static final double[] UNIT = {-0.93, -0.5, -0.1, 0.2, 0.6, 0.95};
    /** Inside the domain of acosh. */
    private static final double[] AT_LEAST_ONE = {1.05, 1.3, 2.2, 3.7, 9.0};
    /** Away from the poles of tan and sec (pi/2 + k pi) and of cot and csc (k pi). */
    private static final double[] TRIG = {-2.3, -1.1, -0.4, 0.3, 0.9, 1.3, 2.6};

    static double sec(double t) { return 1 / Math.cos(t); }
    static double csc(double t) { return 1 / Math.sin(t); }
    static double sigmoid(double t) { return 1 / (1 + Math.exp(-t)); }

    /** Each function of the table: its name, derivative, and points of its domain. */
    record Entry(String name, DoubleUnaryOperator f, DoubleUnaryOperator df, double[] points) {}

    static final List<Entry> TABLE = List.of(
            new Entry("exp", Math::exp, Math::exp, ALL),
            new Entry("ln", Math::log, t -> 1 / t, POSITIVE),
            new Entry("sin", Math::sin, Math::cos, ALL),
            new Entry("cos", Math::cos, t -> -Math.sin(t), ALL),
            new Entry("tan", Math::tan, t -> sec(t) * sec(t), TRIG),
            new Entry("cot", t -> 1 / Math.tan(t), t -> -csc(t) * csc(t), TRIG),
            new Entry("sec", DerivativeTableTest::sec, t -> sec(t) * Math.tan(t), TRIG),
            new Entry("csc", DerivativeTableTest::csc, t -> -csc(t) / Math.tan(t), TRIG),
            new Entry("asin", Math::asin, t -> 1 / Math.sqrt(1 - t * t), UNIT),
            new Entry("acos", Math::acos, t -> -1 / Math.sqrt(1 - t * t), UNIT),
            new Entry("atan", Math::atan, t -> 1 / (1 + t * t), ALL),
            new Entry("sinh", Math::sinh, Math::cosh, ALL),
            new Entry("cosh", Math::cosh, Math::sinh, ALL),
            new Entry("tanh", Math::tanh, t -> 1 / (Math.cosh(t) * Math.cosh(t)), ALL),
            new Entry("sech", t -> 1 / Math.cosh(t), t -> -Math.tanh(t) / Math.cosh(t), ALL),
            new Entry("csch", t -> 1 / Math.sinh(t), t -> -Math.cosh(t) / (Math.sinh(t) * Math.sinh(t)), ALL),
            new Entry("coth", t -> 1 / Math.tanh(t), t -> -1 / (Math.sinh(t) * Math.sinh(t)), ALL),
            new Entry("asinh", t -> Math.log(t + Math.sqrt(t * t + 1)), t -> 1 / Math.sqrt(t * t + 1), ALL),
            new Entry("acosh", t -> Math.log(t + Math.sqrt(t * t - 1)), t -> 1 / Math.sqrt(t * t - 1), AT_LEAST_ONE),
            new Entry("atanh", t -> 0.5 * Math.log((1 + t) / (1 - t)), t -> 1 / (1 - t * t), UNIT),
            new Entry("cbrt", Math::cbrt, t -> 1 / (3 * Math.cbrt(t) * Math.cbrt(t)), ALL),
            new Entry("sign", Math::signum, t -> 0, ALL),
            new Entry("abs", Math::abs, Math::signum, ALL),
            new Entry("sqrt", Math::sqrt, t -> 0.5 / Math.sqrt(t), POSITIVE),
            new Entry("sigmoid", DerivativeTableTest::sigmoid, t -> sigmoid(t) * (1 - sigmoid(t)), ALL),
            new Entry("softplus", t -> Math.log(1 + Math.exp(t)), DerivativeTableTest::sigmoid, ALL));

    static Stream<Entry> table() { return TABLE.stream(); }

    /** The rule at the top: sqrt(u) is u^(1/2), differentiated by the power rule. */
    private static String ruleOf(Entry e) { return e.name().equals("sqrt") ? "power" : e.name(); }

    @ParameterizedTest(name = "{0}(x)")
    @MethodSource("table")
    void eachTableEntry(Entry e) {
        check(new Case(e.name() + "(x)", ruleOf(e), e.df(), e.points()));
    }

    /** Inner functions for the chain rule, with ranges that keep every table entry in its domain. */
    @ParameterizedTest(name = "{0}(g(x))")
    @MethodSource("table")
    void eachTableEntryThroughTheChainRule(Entry e) {
        // g(x) = x^2/(1 + x^2) lies in [0, 1): inside every domain; g'(x) = 2x/(1 + x^2)^2
        DoubleUnaryOperator g = t -> t * t / (1 + t * t);
        DoubleUnaryOperator dg = t -> 2 * t / ((1 + t * t) * (1 + t * t));
        double[] away = {-2.1, -1.3, -0.45, 0.35, 0.8, 1.9};
        // acosh needs an argument of at least 1: 11/10 + g(x)
        double shift = e.points() == AT_LEAST_ONE ? 1.1 : 0;
        String shifted = shift == 0 ? "" : "11/10 + ";
        check(new Case(e.name() + "(" + shifted + "x^2/(1 + x^2))", ruleOf(e),
                t -> e.df().applyAsDouble(shift + g.applyAsDouble(t)) * dg.applyAsDouble(t), away));
        // and a chain of three: f(sin(3*x) / 2 + 1/2) for the entries defined on [0, 1]
        DoubleUnaryOperator h = t -> Math.sin(3 * t) / 2 + 0.5;
        DoubleUnaryOperator dh = t -> 1.5 * Math.cos(3 * t);
        double[] inside = {-0.9, -0.2, 0.15, 0.4, 1.2};
        check(new Case(e.name() + "(" + shifted + "sin(3*x)/2 + 1/2)", ruleOf(e),
                t -> e.df().applyAsDouble(shift + h.applyAsDouble(t)) * dh.applyAsDouble(t), inside));
    }

    /** The second derivative of each entry, against a central difference of the textbook first derivative. */
    @ParameterizedTest(name = "{0}''(x)")
    @MethodSource("table")
    void secondDerivativeOfEachEntry(Entry e) {
        Node d2 = Internals.differentiator(Engine.standard()).derivative(Internals.node(Expr.parse(e.name() + "(x)")), X, 2);
        for (double t : e.points()) {
            double h = 1e-5 * Math.max(1, Math.abs(t));
            if (e.name().equals("abs") || (e.points() == POSITIVE && t - h <= 0)) continue;
            double expected = (e.df().applyAsDouble(t + h) - e.df().applyAsDouble(t - h)) / (2 * h);
            double got = eval(d2, t);
            assertEquals(expected, got, 1e-6 * Math.max(1, Math.abs(expected)), e.name() + "'' at " + t);
        }
    }

    static Stream<Case> structural() {
        return Stream.of(
                new Case("pi^2 + ln(3)*e", "constant", t -> 0, ALL),
                new Case("x", "variable", t -> 1, ALL),
                new Case("7*sin(x)", "constant multiple", t -> 7 * Math.cos(t), ALL),
                new Case("-x^3/4", "constant multiple", t -> -0.75 * t * t, ALL),
                new Case("pi*exp(x)", "constant multiple", t -> Math.PI * Math.exp(t), ALL),
                new Case("sin(x) + x^3 + exp(x)", "sum", t -> Math.cos(t) + 3 * t * t + Math.exp(t), ALL),
                new Case("sin(x) - cos(x)", "sum", t -> Math.cos(t) + Math.sin(t), ALL),
                new Case("x^2 - 5*x + 6", "sum", t -> 2 * t - 5, ALL),
                new Case("x*sin(x)", "product", t -> Math.sin(t) + t * Math.cos(t), ALL),
                new Case("x*sin(x)*exp(x)*ln(x)", "product",
                        t -> Math.exp(t) * (Math.sin(t) * Math.log(t) + t * Math.cos(t) * Math.log(t)
                                + t * Math.sin(t) * Math.log(t) + Math.sin(t)), POSITIVE),
                new Case("(x + 1)*(x + 2)*(x + 3)*(x + 4)*(x + 5)", "product", t -> {
                    double s = 0;
                    for (int i = 1; i <= 5; i++) {
                        double p = 1;
                        for (int j = 1; j <= 5; j++) if (j != i) p *= t + j;
                        s += p;
                    }
                    return s;
                }, ALL),
                new Case("sin(x)/(x^2 + 1)", "quotient",
                        t -> (Math.cos(t) * (t * t + 1) - 2 * t * Math.sin(t)) / ((t * t + 1) * (t * t + 1)), ALL),
                new Case("(x + 1)/(x*(x - 3))", "quotient",
                        t -> (t * (t - 3) - (t + 1) * (2 * t - 3)) / (t * t * (t - 3) * (t - 3)), ALL),
                new Case("exp(x)/x^2", "quotient", t -> Math.exp(t) * (t - 2) / (t * t * t), ALL),
                new Case("sin(x^2)", "sin", t -> 2 * t * Math.cos(t * t), ALL),
                new Case("exp(sin(cos(x)))", "exp",
                        t -> -Math.exp(Math.sin(Math.cos(t))) * Math.cos(Math.cos(t)) * Math.sin(t), ALL),
                new Case("(x^2 + 1)^5", "power", t -> 10 * t * Math.pow(t * t + 1, 4), ALL),
                new Case("x^(-2)", "power", t -> -2 / (t * t * t), ALL),
                new Case("x^(2/3)", "power", t -> 2.0 / 3 / Math.cbrt(t), POSITIVE),
                new Case("x^pi", "power", t -> Math.PI * Math.pow(t, Math.PI - 1), POSITIVE),
                new Case("x^a", "power", t -> 2.5 * Math.pow(t, 1.5), POSITIVE),
                new Case("cos(x)^(1/2)", "power", t -> -Math.sin(t) / (2 * Math.sqrt(Math.cos(t))), UNIT),
                new Case("e^x", "exp", Math::exp, ALL),
                new Case("2^x", "exponential", t -> Math.pow(2, t) * Math.log(2), ALL),
                new Case("a^x", "exponential", t -> Math.pow(2.5, t) * Math.log(2.5), ALL),
                new Case("pi^(x^2)", "exponential", t -> Math.pow(Math.PI, t * t) * Math.log(Math.PI) * 2 * t, ALL),
                new Case("x^x", "general power", t -> Math.pow(t, t) * (Math.log(t) + 1), POSITIVE),
                new Case("(x^2 + 1)^sin(x)", "general power", t -> Math.pow(t * t + 1, Math.sin(t))
                        * (Math.cos(t) * Math.log(t * t + 1) + Math.sin(t) * 2 * t / (t * t + 1)), ALL),
                new Case("x^(1/x)", "general power",
                        t -> Math.pow(t, 1 / t) * (1 - Math.log(t)) / (t * t), POSITIVE),
                new Case("log(x, 3)", "constant multiple", t -> 1 / (t * Math.log(3)), POSITIVE),
                new Case("log(x, a)", "constant multiple", t -> 1 / (t * Math.log(2.5)), POSITIVE),
                new Case("log2(x^2 + 1)", "constant multiple", t -> 2 * t / ((t * t + 1) * Math.log(2)), ALL),
                new Case("log10(x)", "constant multiple", t -> 1 / (t * Math.log(10)), POSITIVE),
                new Case("log(x)", "ln", t -> 1 / t, POSITIVE),
                new Case("abs(x^3 - x)", "abs", t -> Math.signum(t * t * t - t) * (3 * t * t - 1), ALL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structural")
    void structuralRules(Case c) {
        check(c);
    }

    /** abs'(x) is sign(x) with x = 0 excluded; sqrt'(0) and ln'(0) do not exist: strict evaluation says so. */
    @Test
    void pointsWhereTheDerivativeDoesNotExist() {
        for (String f : List.of("abs(x)", "sqrt(x)", "ln(x)", "x^(1/3)", "abs(x^3 - x)")) {
            Node d = Internals.node(Expr.parse(f).diff("x"));
            assertThrows(MathException.class, () -> Interpreter.evalStrict(d, Map.of(X, 0.0)), "d/dx " + f + " at 0");
            assertFalse(Double.isFinite(Interpreter.eval(d, Map.of(X, 0.0))), "d/dx " + f + " at 0");
        }
        assertEquals(-1.0, Interpreter.evalStrict(Internals.node(Expr.parse("abs(x)").diff("x")), Map.of(X, -0.5)));
        assertEquals(1.0, Interpreter.evalStrict(Internals.node(Expr.parse("abs(x)").diff("x")), Map.of(X, 1e-300)), 1e-15);
    }

    @Test
    void aToTheXIsNotLnX() {
        // a mistaken a^x*ln(x) differs from a^x*ln(a) wherever x != a
        Node d = Internals.node(Expr.parse("a^x").diff("x"));
        assertEquals(Math.pow(3, 2) * Math.log(3), eval(d, Map.of(X, 2.0, Nodes.var("a"), 3.0)), 1e-12);
    }

    private static void check(Case c) {
        Node f = Internals.node(Expr.parse(c.expr()));
        List<Step> steps = new ArrayList<>();
        Node d = Internals.differentiator(Engine.standard()).derivative(f, X, steps::add);
        Node plain = Internals.differentiator(Engine.standard()).derivative(f, X);
        assertEquals(plain, d, "the same derivative with and without steps");
        Step top = steps.stream().filter(s -> s.depth() == 0).findFirst().orElseThrow();
        assertEquals(c.rule(), top.rule(), "rule at the top of d/dx " + c.expr());
        steps.forEach(s -> APPLIED.add(s.rule()));
        int checked = 0;
        for (double t : c.points()) {
            double expected = c.df().applyAsDouble(t);
            if (!Double.isFinite(expected)) continue;
            double got = eval(d, Map.of(X, t, Nodes.var("a"), 2.5));
            assertEquals(expected, got, 1e-12 * Math.max(1, Math.abs(expected)),
                    "d/dx " + c.expr() + " = " + Internals.expr(d) + " at x = " + t);
            checked++;
        }
        assertTrue(checked >= 4, "too few points checked for " + c.expr());
    }

    private static double eval(Node n, double x) {
        return eval(n, Map.of(X, x));
    }

    private static double eval(Node n, Map<Var, Double> point) {
        return dev.deriv.expr.Interpreter.eval(n, point);
    }

    /** Every function of the table has an entry in TABLE, so a new table line needs a test here. */
    @Test
    void everyFunctionOfTheTableIsTested() {
        Set<String> tested = new TreeSet<>();
        for (Entry e : TABLE) tested.add(e.name());
        Set<String> inTable = new TreeSet<>();
        for (Rule r : Internals.rules(Engine.standard()).derivatives()) {
            if (r.lhs() instanceof dev.deriv.expr.Call c) inTable.add(c.name());
        }
        inTable.removeAll(tested);
        assertEquals(Set.of(), inTable, "table entries without a test");
        for (String issueListed : List.of("sin", "cos", "tan", "cot", "sec", "csc", "asin", "acos", "atan",
                "sinh", "cosh", "tanh", "sqrt", "abs", "exp", "ln", "sigmoid", "softplus",
                "sech", "csch", "coth", "asinh", "acosh", "atanh", "cbrt", "sign")) {
            assertTrue(tested.contains(issueListed), issueListed);
        }
    }

    /** Runs after the cases: each named rule of the table was applied in some case. */
    @AfterAll
    static void everyRuleWasApplied() {
        if (APPLIED.size() < 10) return; // only a few of the tests ran
        Set<String> names = new TreeSet<>();
        for (Rule r : Internals.rules(Engine.standard()).derivatives()) names.add(r.name());
        names.removeAll(APPLIED);
        assertEquals(Set.of(), names, "rules of the table never applied by these tests");
    }
}
