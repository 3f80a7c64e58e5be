package dev.deriv.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Engine;
import dev.deriv.Expr;
import dev.deriv.SimplifyReport;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Num;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import dev.deriv.parse.Parser;
import dev.deriv.print.PrintedSize;
import dev.deriv.rules.RuleBook;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The strategy combinators on small strategies whose every step is known, the
 * stop reasons and fire counts of a run, and a composition other than the
 * standard one.
 */
class CompositionTest {
    private static final Simplifier.Budget AMPLE = new Simplifier.Budget(1_000, 10_000);

    private static Node p(String text) {
        return Parser.parse(text);
    }

    /** Proposes {@code to} for the variable {@code from}, nothing for anything else. */
    private static Strategy rename(String from, String to) {
        return Strategy.named(from + ">" + to, n -> n.equals(Nodes.var(from)) ? List.of(Nodes.var(to)) : List.of());
    }

    /** Proposes k - 1 for a positive integer k. */
    private static final Strategy DECREMENT = Strategy.named("decrement",
            n -> n instanceof Num k && k.value().signum() > 0 ? List.of(Nodes.num(k.value().intValueExact() - 1)) : List.of());

    /** Numbers cost their value, everything else 1 plus its operands: a cost that DECREMENT lowers. */
    private static Cost valueCost() {
        return new Cost() {
            @Override
            public long of(Node n) {
                if (n instanceof Num k) return k.value().intValueExact();
                long c = 1;
                for (Node child : n.children()) c += of(child);
                return c;
            }
        };
    }

    private static Simplifier.Result run(Strategy s, String input, Simplifier.Budget budget) {
        return new Simplifier(s, CompositionTest::valueCost).simplify(p(input), budget);
    }

    private static List<Node> propose(Strategy s, String input) {
        return new Run(AMPLE, valueCost()).proposals(s, p(input));
    }

    // ---- combinators --------------------------------------------------------------------

    @Test
    void alternativesProposeWhatEachProposesInOrder() {
        Strategy s = Strategy.alternatives(rename("x", "y"), rename("q", "r"), rename("x", "z"));
        assertEquals(List.of(p("y"), p("z")), propose(s, "x"));
        assertEquals(List.of(p("r")), propose(s, "q"));
        assertEquals(List.of(), propose(s, "w"));
    }

    @Test
    void aChainFeedsEachStrategyTheFormsOfTheOneBefore() {
        assertEquals(List.of(p("z")), propose(Strategy.chain(rename("x", "y"), rename("y", "z")), "x"));
        // a strategy with nothing to say lets the form through
        assertEquals(List.of(p("y")), propose(Strategy.chain(rename("x", "y"), rename("q", "r")), "x"));
        assertEquals(List.of(p("r")), propose(Strategy.chain(rename("x", "y"), rename("q", "r")), "q"));
        // every form of the first goes on; the order is kept
        Strategy fork = Strategy.chain(Strategy.alternatives(rename("x", "y"), rename("x", "z")), rename("y", "w"));
        assertEquals(List.of(p("w"), p("z")), propose(fork, "x"));
        // back where it started: nothing new
        assertEquals(List.of(), propose(Strategy.chain(rename("x", "y"), rename("y", "x")), "x"));
    }

    @Test
    void whenProposesOnlyForWhatPassesTheTest() {
        Strategy onVariables = Strategy.when(n -> n instanceof Var, DECREMENT);
        assertEquals(List.of(), propose(onVariables, "3"));
        assertEquals(List.of(p("2")), propose(Strategy.when(n -> n instanceof Num, DECREMENT), "3"));
    }

    @Test
    void fixpointDescendsWhileTheCostFalls() {
        Simplifier.Result r = run(Strategy.fixpoint(DECREMENT), "5", AMPLE);
        assertEquals(p("0"), r.node());
        assertEquals(Simplifier.Stop.SATURATED, r.stop());
        assertEquals(5, r.steps());
        assertEquals(Map.of("decrement", 5), r.fired());
        Strategy increment = Strategy.named("increment", n -> List.of(Nodes.num(((Num) n).value().intValueExact() + 1)));
        assertEquals(List.of(), propose(Strategy.fixpoint(increment), "5"), "never up");
    }

    @Test
    void fixpointStopsAtTheStepBudgetWithTheBestSoFar() {
        Simplifier.Result r = run(Strategy.fixpoint(DECREMENT), "5", new Simplifier.Budget(3, 10_000));
        assertEquals(p("2"), r.node());
        assertEquals(Simplifier.Stop.STEP_BUDGET, r.stop());
        assertTrue(r.exhausted());
    }

    @Test
    void postwalkRewritesEveryNodeOnceFromTheLeavesUp() {
        assertEquals(List.of(p("sin(2) + 1")), propose(Strategy.postwalk(DECREMENT), "sin(3) + 2"));
        assertEquals(List.of(p("sin(0)")), propose(Strategy.postwalk(Strategy.fixpoint(DECREMENT)), "sin(3) + 2"));
        assertEquals(List.of(), propose(Strategy.postwalk(DECREMENT), "sin(x)"));
    }

    // ---- another composition ------------------------------------------------------------

    @Test
    void aRulesOnlySimplifierRewritesInsideButNeverExpands() {
        List<dev.deriv.rules.Rule> rules = Internals.rules(Engine.standard()).simplify();
        Simplifier rulesOnly = new Simplifier(Strategy.postwalk(Strategy.fixpoint(Strategies.rules(rules))), Cost::printedSize);
        Node input = p("exp(sin(x)^2 + cos(x)^2) + (x + 1)^2 - x^2");
        Simplifier.Result r = rulesOnly.simplify(input);
        assertEquals(p("e + (x + 1)^2 - x^2"), r.node());
        assertEquals(Map.of("rule:pythagoras", 1), r.fired());
        assertEquals("2*x + e + 1", Internals.expr(Internals.simplifier(Engine.standard()).simplify(input).node()).toString());
    }

    // ---- stop reasons and fire counts ---------------------------------------------------

    @Test
    void anOrdinarySimplificationSaturatesAndCountsWhatFired() {
        SimplifyReport r = Expr.parse("sin(x)^2 + cos(x)^2 + (x + 1)^2 - x^2").simplifyReport();
        assertEquals("2*x + 2", r.result().toString());
        assertEquals(SimplifyReport.Stop.SATURATED, r.stop());
        assertTrue(r.fired().getOrDefault("rule:pythagoras", 0) >= 1, r.fired().toString());
        assertTrue(r.fired().getOrDefault("expand", 0) >= 1, r.fired().toString());
        assertEquals(0, r.fired().getOrDefault("trig", 0), r.fired().toString());
    }

    @Test
    void ruleFiresAreCountedPerMatch() {
        RuleBook one = RuleBook.EMPTY.read("one.rules", "[simplify]\nunwrap: sin(u) => u\n");
        Simplifier s = new Simplifier(Strategy.postwalk(Strategies.rules(one.simplify())), Cost::printedSize);
        Simplifier.Result r = s.simplify(p("sin(x) + sin(y) + cos(x)"));
        assertEquals(p("x + y + cos(x)"), r.node());
        assertEquals(Map.of("rule:unwrap", 2), r.fired());
    }

    @Test
    void growingRulesStopWithTheStepBudget() {
        Engine engine = Engine.standard().withRules("grow.rules", String.join("\n",
                "[simplify]",
                "halve: sin(u) => 2*sin(u/2)*cos(u/2)",
                "split: exp(a + b) => exp(a)*exp(b)",
                "swap: u*v => v*u"));
        Node input = Internals.node(engine.parse("sin(x) + exp(x + 1)*sin(3*x)"));
        // the standard search is only 3 proposals deep, where these rules run out after 17 steps:
        // 1,000 deep, halving sines never ends
        Simplifier deep = new Simplifier(Strategy.search(Strategies.all(Internals.rules(engine).simplify()), 1_000), Cost::printedSize);
        Simplifier.Result r = deep.simplify(input, new Simplifier.Budget(300, 60_000));
        assertEquals(Simplifier.Stop.STEP_BUDGET, r.stop(), r.steps() + " steps");
        assertEquals(300, r.steps());
        assertTrue(r.fired().get("rule:halve") > 0, r.fired().toString());
        assertTrue(PrintedSize.of(r.node()) <= PrintedSize.of(input));
    }

    @Test
    void theTimeBudgetStopsWithItsOwnReason() {
        Engine engine = Engine.standard().withRules("grow.rules", "[simplify]\nhalve: sin(u) => 2*sin(u/2)*cos(u/2)\n");
        Node input = Internals.node(engine.parse("sin(x) + sin(2*x) + sin(3*x) + sin(5*x) + sin(7*x)"));
        Simplifier.Result r = Internals.simplifier(engine).simplify(input, new Simplifier.Budget(1_000_000, 0));
        assertEquals(Simplifier.Stop.TIME_BUDGET, r.stop());
        assertTrue(r.exhausted());
    }
}
