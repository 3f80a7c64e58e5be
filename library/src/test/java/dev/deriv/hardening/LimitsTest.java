package dev.deriv.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Engine;
import dev.deriv.Expr;
import dev.deriv.LimitException;
import dev.deriv.ParseException;
import dev.deriv.expr.Deadline;
import dev.deriv.expr.Limits;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Rational;
import dev.deriv.internal.Internals;
import dev.deriv.simplify.Simplifier;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The limits of README "Limits", one by one: each is enforced, named in its
 * error, and reached quickly (no test here may take long to hit its limit).
 */
class LimitsTest {
    private static long millis(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Runs on a thread with a small stack, as a caller with the default stack would. */
    private static <T> T onSmallStack(Callable<T> work) throws Exception {
        Object[] out = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                out[0] = work.call();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "small-stack", 192 * 1024);
        t.start();
        t.join();
        if (failure[0] instanceof Exception e) throw e;
        if (failure[0] instanceof Error e) throw e;
        @SuppressWarnings("unchecked") T result = (T) out[0];
        return result;
    }

    /** (x+1)^3*(x-1)^2*exp(x) + ... + (x+60)^3*(x-60)^2*exp(60*x). */
    private static String manyProducts() {
        return joined("(x+1)^3*(x-1)^2*exp(x)", "+", "(x+%1$d)^3*(x-%1$d)^2*exp(%1$d*x)", 60);
    }

    private static String joined(String first, String op, String format, int n) {
        StringBuilder sb = new StringBuilder(first);
        for (int i = 2; i <= n; i++) sb.append(op).append(String.format(format, i));
        return sb.toString();
    }

    // ---- numbers ------------------------------------------------------------------------

    @Test
    void powerTowersStaySymbolic() {
        long ms = millis(() -> {
            // 2^65536 (65,537 bits) is exact; 2 to that power stays a power
            Expr tower = Expr.parse("2^2^2^2^2^2");
            Pow p = assertInstanceOf(Pow.class, Internals.node(tower));
            assertEquals(Nodes.TWO, p.base());
            assertEquals(Nodes.num(Rational.of(BigInteger.TWO.pow(65_536))), p.exponent());
            assertEquals(Expr.parse("2^2^65536"), tower);
            assertEquals(tower, Expr.parse(tower.toString()));
            assertEquals("0", tower.diff("x").toString());
            assertEquals(tower, Expr.parse("x*2^2^2^2^2^2").diff("x"));
            assertEquals(Double.POSITIVE_INFINITY, tower.eval(java.util.Map.of()));
        });
        assertTrue(ms < 5_000, ms + " ms");
        // 2^2^2^2^2 = 2^65536 is within the limit and exact
        Node n = Internals.node(Expr.parse("2^2^2^2^2"));
        assertEquals(BigInteger.TWO.pow(65_536), ((dev.deriv.expr.Num) n).value().numerator());
        assertEquals(Double.POSITIVE_INFINITY, Expr.parse("2^2^2^2^2").eval(java.util.Map.of()));
    }

    @Test
    void integerPowersBeyondTheLimitStaySymbolic() {
        Node p = Internals.node(Expr.parse("3^1000000"));
        Pow pow = assertInstanceOf(Pow.class, p);
        assertEquals(Nodes.num(3), pow.base());
        assertEquals("3^1000000", Expr.parse("3^1000000").toString());
        assertEquals(Nodes.num(1), Internals.node(Expr.parse("(-1)^1000000001*(-1)")));
    }

    @Test
    void hugeLiteralsAreRefusedAtTheirColumn() {
        for (String text : List.of("1e1000000000", "x + 1e-100000000", "2.5E+999999999999999", "1" + "0".repeat(40_000))) {
            long[] ms = new long[1];
            ParseException e = assertThrows(ParseException.class, () -> {
                long t0 = System.nanoTime();
                try {
                    Expr.parse(text);
                } finally {
                    ms[0] = (System.nanoTime() - t0) / 1_000_000;
                }
            });
            assertTrue(e.getMessage().startsWith(Rational.TOO_LARGE), e.getMessage());
            assertTrue(e.getMessage().contains("limit: " + Limits.MAX_INTEGER_BITS + " bits"), e.getMessage());
            assertEquals(text.startsWith("x") ? 5 : 1, e.column());
            assertTrue(ms[0] < 1_000, text.substring(0, 12) + ": " + ms[0] + " ms");
        }
        // numbers right at the limit print to literals that parse back (the fuzzer found 2^99999 did not)
        for (String text : List.of("2^99999", "-2^99999", "1/2^99999", "3^63092", "2^99999/3^63092")) {
            Expr e = Expr.parse(text);
            assertEquals(e, Expr.parse(e.toString()), text);
        }
        assertInstanceOf(Pow.class, Internals.node(Expr.parse("2^100000")));
        // within the limit, exact
        assertEquals(Expr.parse("10^30000"), Expr.parse("1e30000"));
        assertEquals(Expr.parse("1/10^30000"), Expr.parse("1e-30000"));
        assertEquals(Expr.parse("0"), Expr.parse("0e999999999999"));
        assertEquals(Expr.parse("0"), Expr.parse("0.000e-99999"));
    }

    @Test
    void exactArithmeticCannotGrowWithoutBound() {
        // each factor is within the limit; their product is not
        LimitException e = assertThrows(LimitException.class, () -> Expr.parse("2^99999 * 3^60000"));
        assertEquals(Rational.TOO_LARGE, e.getMessage());
        assertThrows(LimitException.class, () -> Rational.of(BigInteger.TWO.pow(99_999)).multiply(Rational.of(3).pow(60_000)));
        assertThrows(LimitException.class, () -> Rational.of(BigInteger.ONE, BigInteger.TWO.pow(99_999))
                .add(Rational.of(BigInteger.ONE, BigInteger.valueOf(3).pow(60_000))));
        assertThrows(LimitException.class, () -> Rational.of(10).pow(40_000));
        // and a product of such numbers in the simplifier is no alternative, not an error
        Expr f = Expr.parse("(x + 2^99999)*(x + 3^60000)");
        assertEquals(f, f.simplify());
    }

    @Test
    void aHugeExponentIsDifferentiatedWithoutExpanding() {
        long ms = millis(() -> {
            assertEquals("1000000000*(x + 1)^999999999", Expr.parse("(x+1)^1000000000").diff("x").toString());
            assertEquals("(x + 1)^1000000000", Expr.parse("(x+1)^1000000000").simplify().toString());
            assertEquals("999999999000000000*(x + 1)^999999998", Expr.parse("(x+1)^1000000000").diff("x", 2).toString());
        });
        assertTrue(ms < 3_000, ms + " ms");
    }

    // ---- nesting and size ---------------------------------------------------------------

    @Test
    void wideSumsDifferentiateOnASmallStackInLinearTime() throws Exception {
        // a 1,000-term sum once recursed 1,000 deep on the caller's stack: "nested too deeply"
        String sum = joined("sin(x)", "+", "sin(%dx)", 1_000);
        Node d = onSmallStack(() -> Internals.differentiator(Engine.standard()).derivative(Internals.node(Expr.parse(sum)), Nodes.var("x")));
        assertEquals(Internals.node(Expr.parse(joined("cos(x)", "+", "%1$d*cos(%1$dx)", 1_000))), d);
        String wide = joined("sin(x)", "+", "sin(%dx)", 50_000);
        Expr f = Expr.parse(wide);
        long ms = millis(() -> assertEquals(50_000,
                Internals.differentiator(Engine.standard()).derivative(Internals.node(f), Nodes.var("x")).children().size()));
        assertTrue(ms < 5_000, ms + " ms");
        assertEquals(50_000, Internals.differentiator(Engine.standard()).gradient(Internals.node(f), List.of(Nodes.var("x")))
                .get(0).children().size());
    }

    @Test
    void wideProductsDifferentiateOnASmallStack() throws Exception {
        String product = joined("sin(x)", "*", "sin(%dx)", 400);
        Node d = onSmallStack(() -> Internals.differentiator(Engine.standard()).derivative(Internals.node(Expr.parse(product)), Nodes.var("x")));
        assertTrue(d.treeSize() > 400 * 400 / 2);
    }

    @Test
    void derivativesBeyondTheSizeLimitAreRefused() {
        // the size limit is under test, not the time limit: a slow shared machine must not reach that first
        Engine patient = Engine.standard().withTimeLimit(java.time.Duration.ofMinutes(10));
        // a product of 2,000 factors: its gradient has about 2,000^2 nodes
        Expr f = patient.parse(joined("sin(x)", "*", "sin(%dx)", 2_000));
        LimitException e = assertThrows(LimitException.class, () -> f.gradient(List.of("x")));
        assertTrue(e.getMessage().contains("limit: " + Limits.MAX_EXPRESSION_SIZE + " nodes"), e.getMessage());
        // a deep chain: its derivative is a product of as many factors as it is deep, each as deep as the chain
        Expr chain = patient.parse("sin(".repeat(1_500) + "x" + ")".repeat(1_500));
        e = assertThrows(LimitException.class, () -> chain.diff("x"));
        assertTrue(e.getMessage().startsWith("expression too large"), e.getMessage());
        Expr shorter = Expr.parse("sin(".repeat(300) + "x" + ")".repeat(300));
        assertEquals(300, Internals.node(shorter.diff("x")).children().size());
    }

    @Test
    void derivativeOrdersFromZeroToTheLimit() {
        var d = Internals.differentiator(Engine.standard());
        Node f = Internals.node(Expr.parse("x^3 + sin(x)"));
        assertEquals(f, d.derivative(f, Nodes.var("x"), 0));
        assertEquals(Internals.node(Expr.parse("-cos(x)")), d.derivative(f, Nodes.var("x"), 3 + 4 * 10));
        assertEquals(Internals.node(Expr.parse("sin(x)")), d.derivative(f, Nodes.var("x"), Limits.MAX_DERIVATIVE_ORDER));
        assertThrows(IllegalArgumentException.class, () -> d.derivative(f, Nodes.var("x"), -1));
        LimitException e = assertThrows(LimitException.class,
                () -> d.derivative(f, Nodes.var("x"), Limits.MAX_DERIVATIVE_ORDER + 1));
        assertTrue(e.getMessage().contains("limit of " + Limits.MAX_DERIVATIVE_ORDER), e.getMessage());
        assertThrows(LimitException.class, () -> Internals.expr(f).diff("x", Limits.MAX_DERIVATIVE_ORDER + 1));
        assertThrows(LimitException.class, () -> Internals.expr(f).diff("x", -1));
    }

    // ---- time ---------------------------------------------------------------------------

    @Test
    void theSimplifierKeepsToItsTimeBudget() {
        // the derivative of a sum of 60 products, each searched on its own, takes more than the
        // default 2 s (a 100-factor product once did, before the search skipped large expressions)
        Expr f = Expr.parse(manyProducts());
        Node d = Internals.differentiator(Engine.standard()).derivative(Internals.node(f), Nodes.var("x"));
        Simplifier.Result[] r = new Simplifier.Result[1];
        long ms = millis(() -> r[0] = Internals.simplifier(Engine.standard()).simplify(d, new Simplifier.Budget(1_000_000, 300)));
        assertTrue(ms < 1_500, ms + " ms");
        assertTrue(r[0].exhausted());
        // what it returns is still the input or something equal to it
        java.util.Map<String, Double> at = java.util.Map.of("x", 0.3);
        assertEquals(Internals.expr(d).eval(at), Internals.expr(r[0].node()).eval(at), 1e-9 * Math.abs(Internals.expr(d).eval(at)) + 1e-12);
    }

    @Test
    void aRequestBudgetEndsTheRequest() {
        // the simplifier's own budget is longer: the request's ends first and ends it
        Expr f = Expr.parse(manyProducts());
        long ms = millis(() -> {
            Deadline.Exceeded e = assertThrows(Deadline.Exceeded.class,
                    () -> Deadline.call(200, "the request", () -> f.diff("x")));
            assertEquals("the request took longer than its time limit of 200 ms", e.getMessage());
        });
        assertTrue(ms < 3_000, ms + " ms"); // stopped early: without it, the simplification alone takes its 2 s
        // exact arithmetic watches it too: 1 + 1/2^3 + ... + 1/20000^3 takes seconds
        String harmonic = joined("1", "+", "1/%d^3", 20_000);
        ms = millis(() -> assertThrows(Deadline.Exceeded.class,
                () -> Deadline.call(200, "the request", () -> Expr.parse(harmonic))));
        assertTrue(ms < 5_000, ms + " ms"); // against 5 to 10 s without the budget
    }
}
