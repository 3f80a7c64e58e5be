package dev.deriv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.expr.Deadline;
import dev.deriv.expr.Limits;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/** One wall-clock budget per library call (Engine.withTimeLimit), however many steps the call takes. */
class TimeLimitTest {
    /** Its n-th derivative grows with n (a degree-n polynomial times exp(x^2), times sin and cos). */
    private static final String SWELLING = "sin(x)*exp(x^2)";

    private static long millis(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void theDefaultIsOneMinutePerCall() {
        assertEquals(Duration.ofMillis(Limits.CALL_MILLIS), Engine.standard().timeLimit());
        assertEquals(Duration.ofMinutes(1), Engine.standard().timeLimit());
    }

    @Test
    void allOrdersOfOneDiffShareOneBudget() {
        Engine engine = Engine.standard().withTimeLimit(Duration.ofMillis(500));
        Expr f = engine.parse(SWELLING);
        f.diff("x", 3); // a few orders fit in the budget ...
        LimitException[] error = new LimitException[1];
        long ms = millis(() -> error[0] = assertThrows(LimitException.class, () -> f.diff("x", 1_000)));
        // ... a thousand do not: before, each order had its own 2 s (over half an hour in all)
        assertEquals("Expr.diff took longer than its time limit of 500 ms (raise it with Engine.withTimeLimit)",
                error[0].getMessage());
        assertTrue(ms < 10_000, ms + " ms for a call with a budget of 500 ms");
        assertInstanceOf(Deadline.Exceeded.class, error[0]);
    }

    @Test
    void aGenerousBudgetLetsTheSameKindOfCallFinish() {
        Engine engine = Engine.standard().withTimeLimit(Duration.ofMinutes(5));
        // d^20/dx^20 x^25 = 25!/5! x^5, through 20 orders, each differentiated and simplified
        Expr d = engine.parse("x^25").diff("x", 20);
        assertEquals(engine.parse("129260083694424883200000*x^5"), d);
        assertSame(engine, d.engine());
        // and a swelling one, against an independent oracle (commons-math's forward-mode derivatives)
        DerivativeStructure x = new DerivativeStructure(1, 6, 0, 0.3);
        double expected = x.sin().multiply(x.multiply(x).exp()).getPartialDerivative(6);
        double actual = engine.parse(SWELLING).diff("x", 6).eval(Map.of("x", 0.3));
        assertEquals(expected, actual, 1e-9 * Math.abs(expected));
    }

    @Test
    void gradientsHessiansAndSimplificationsAreCallsToo() {
        Engine tight = Engine.standard().withTimeLimit(Duration.ofMillis(1));
        StringBuilder big = new StringBuilder("(x + y + z + 1)^12");
        for (int i = 1; i <= 40; i++) big.append(" + sin(").append(i).append("*x*y)^").append(i);
        Expr f = Engine.standard().parse(big.toString());
        Expr slow = new Expr(f.node(), tight);
        List<String> xyz = List.of("x", "y", "z");
        assertEquals("Expr.gradient took longer than its time limit of 1 ms (raise it with Engine.withTimeLimit)",
                assertThrows(LimitException.class, () -> slow.gradient(xyz)).getMessage());
        assertTrue(assertThrows(LimitException.class, () -> slow.hessian(xyz)).getMessage()
                .startsWith("Expr.hessian took longer than its time limit of 1 ms"));
        assertTrue(assertThrows(LimitException.class, slow::simplify).getMessage()
                .startsWith("Expr.simplify took longer than its time limit of 1 ms"));
    }

    @Test
    void compilingWithTheGradientIsACallToo() {
        StringBuilder wide = new StringBuilder("x*y");
        for (int i = 1; i <= 20_000; i++) wide.append(" + sin(").append(i).append("*x*y)");
        Expr f = new Expr(Engine.standard().parse(wide.toString()).node(), Engine.standard().withTimeLimit(Duration.ofMillis(1)));
        LimitException e = assertThrows(LimitException.class, () -> Evaluator.compileWithGradient(f, List.of("x", "y")));
        assertTrue(e.getMessage().startsWith("Evaluator.compileWithGradient took longer than its time limit of 1 ms"),
                e.getMessage());
    }

    @Test
    void theLimitIsKeptByUserRulesAndMustBePositive() {
        Duration limit = Duration.ofSeconds(3);
        Engine engine = Engine.standard().withTimeLimit(limit).withRules("mine.rules", "");
        assertEquals(limit, engine.timeLimit());
        assertThrows(IllegalArgumentException.class, () -> Engine.standard().withTimeLimit(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Engine.standard().withTimeLimit(Duration.ofMillis(-1)));
    }

    @Test
    void anOuterBudgetThatEndsFirstIsTheOneReported() {
        // --batch runs each line within its own budget, around the calls' own: the line's is reported
        Expr f = Engine.standard().parse(SWELLING);
        Deadline.Exceeded e = assertThrows(Deadline.Exceeded.class,
                () -> Deadline.call(300, "the line", () -> f.diff("x", 1_000)));
        assertEquals("the line took longer than its time limit of 300 ms", e.getMessage());
    }
}
