package dev.deriv.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Expr;
import dev.deriv.ParseException;
import dev.deriv.expr.Call;
import dev.deriv.expr.DeepStack;
import dev.deriv.expr.Limits;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Deep and long inputs parse (or are refused with an error naming the limit) and
 * never end in StackOverflowError. Surefire runs with -Xss1m, so these tests
 * also show that the work is moved off the caller's small stack. The time
 * bounds are generous; they catch quadratic behaviour, not slow machines.
 */
class DeepNestingTest {
    private static final Var X = Nodes.var("x");

    private static String nested(String open, String inner, String close, int n) {
        return open.repeat(n) + inner + close.repeat(n);
    }

    /** Equality of deep trees recurses; compare on a big stack. */
    private static void assertDeepEquals(Node expected, Node actual) {
        assertTrue(DeepStack.call(() -> expected.equals(actual)), "deep trees differ");
    }

    private static long millis(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return Duration.ofNanos(System.nanoTime() - t0).toMillis();
    }

    @Test
    void tenThousandParentheses() {
        assertEquals(X, Parser.parse(nested("(", "x", ")", 10_000)));
        assertEquals(Parser.parse("x^2 + 1"), Parser.parse(nested("(", "x^2 + 1", ")", 10_000)));
        String mixed = nested("(1 + ", "x", ")", 10_000);
        assertEquals(Parser.parse("x + 10000"), Parser.parse(mixed));
    }

    @Test
    void fiveThousandNestedCalls() {
        String text = nested("sin(", "x", ")", 5_000);
        Expr e = Expr.parse(text);
        assertEquals(5_000, Internals.node(e).depth());
        Node n = Internals.node(e);
        for (int i = 0; i < 5_000; i++) n = assertInstanceOf(Call.class, n).arg();
        assertEquals(X, n);
        assertEquals(text, e.toString());
        String tex = e.toLatex();
        assertEquals(5_000, (tex.length() - tex.replace("\\sin", "").length()) / 4);
        assertDeepEquals(Internals.node(e), Parser.parse(e.toString()));
    }

    @Test
    void nestedCallsTakeLinearTime() {
        // the grammar once scanned to the matching ')' at every 'sin(': 12 s for this input
        String text = nested("cos(", "x", ")", Limits.MAX_NESTING_DEPTH);
        long ms = millis(() -> assertEquals(Limits.MAX_NESTING_DEPTH, Parser.parse(text).depth()));
        assertTrue(ms < 5_000, "20,000 nested calls took " + ms + " ms");
    }

    @Test
    void threeThousandLongPowerChains() {
        Node tower = Parser.parse("x" + "^x".repeat(3_000));
        assertEquals(3_000, tower.depth());
        Node n = tower;
        for (int i = 0; i < 3_000; i++) {
            Pow p = assertInstanceOf(Pow.class, n);
            assertEquals(X, p.base());
            n = p.exponent();
        }
        assertEquals(X, n);
        Expr e = Internals.expr(tower);
        assertEquals("x" + "^x".repeat(3_000), e.toString());
        assertDeepEquals(tower, Parser.parse(e.toString()));

        // numeric towers: exact while small, then kept as powers
        Expr twos = Expr.parse("2" + "^2".repeat(3_000));
        assertDeepEquals(Internals.node(twos), Parser.parse(twos.toString()));
        Expr signed = Expr.parse("x" + "^-x".repeat(3_000));
        assertDeepEquals(Internals.node(signed), Parser.parse(signed.toString()));
        assertTrue(!signed.toLatex().isEmpty());
    }

    @Test
    void longChainsOfSigns() {
        // each sign is a level of nesting (the grammar nests -(-(-x))): up to the limit, and no further
        int n = Limits.MAX_NESTING_DEPTH;
        assertEquals(X, Parser.parse("-".repeat(n) + "x"));
        assertEquals(Nodes.neg(X), Parser.parse("-".repeat(n - 1) + "x"));
        assertEquals(Nodes.neg(X), Parser.parse(nested("-(", "x", ")", n / 2 - 1)));
        ParseException e = assertThrows(ParseException.class, () -> Parser.parse("-".repeat(n + 1) + "x"));
        assertTrue(e.getMessage().contains("nested too deeply (limit: " + n), e.getMessage());
        assertEquals(n + 1, e.column());
        // a 1,000,000-long chain is refused at once, not parsed on a huge stack
        long ms = millis(() -> assertThrows(ParseException.class, () -> Parser.parse("-".repeat(1_000_000) + "x")));
        assertTrue(ms < 5_000, ms + " ms");
    }

    @Test
    void longPowerChainsAreLimitedLikeParentheses() {
        int n = Limits.MAX_NESTING_DEPTH;
        assertEquals(n, Parser.parse("x" + "^x".repeat(n)).depth());
        ParseException e = assertThrows(ParseException.class, () -> Parser.parse("x" + "^x".repeat(n + 1)));
        assertTrue(e.getMessage().contains("nested too deeply"), e.getMessage());
        assertEquals(2 * n + 2, e.column()); // at the (n+1)-th ^
        assertThrows(ParseException.class, () -> Parser.parse("x" + "^-x".repeat(n / 2 + 1)));
        assertThrows(ParseException.class, () -> Parser.parse("x" + "^x".repeat(1_000_000)));
    }

    @Test
    void longFlatInputsAreNotNested() {
        // exponents and signs close at the next operator or implicit product
        int terms = 3 * Limits.MAX_NESTING_DEPTH;
        assertEquals(Nodes.mul(Nodes.num(terms), Nodes.pow(X, Nodes.num(2))), Parser.parse("x^2" + "+x^2".repeat(terms - 1)));
        assertEquals(Nodes.pow(X, Nodes.num(2L * terms)), Parser.parse("x^2" + " x^2".repeat(terms - 1)));
        assertEquals(Nodes.ZERO, Parser.parse("-x" + "*-x".repeat(terms - 1) + "-(-1)^" + terms + "*x^" + terms));
        assertEquals(Nodes.mul(Nodes.num(terms), Nodes.call(dev.deriv.expr.Function.SIN, X)),
                Parser.parse("sin(x)" + "+sin(x)".repeat(terms - 1)));
    }

    @Test
    void moderatelyDeepInputParsesOnASmallStack() throws Exception {
        // under 2,000 characters, but 999 levels deep: once a StackOverflowError on the caller's stack
        String[] inputs = {nested("(", "x", ")", 999), "-".repeat(1_998) + "x", "x" + "^x".repeat(999),
            nested("sin(", "x", ")", 399)};
        for (String text : inputs) {
            Node[] out = new Node[1];
            Throwable[] failure = new Throwable[1];
            Thread t = new Thread(null, () -> {
                try {
                    out[0] = Parser.parse(text);
                } catch (Throwable e) {
                    failure[0] = e;
                }
            }, "small-stack", 256 * 1024);
            t.start();
            t.join();
            assertEquals(null, failure[0], text.substring(0, 20));
            assertTrue(out[0] != null);
        }
    }

    @Test
    void twoHundredThousandTermSum() {
        String text = "x" + "+x".repeat(199_999);
        Node[] sum = new Node[1];
        long ms = millis(() -> sum[0] = Parser.parse(text));
        assertEquals(Nodes.mul(Nodes.num(200_000), X), sum[0]);
        assertEquals("200000*x", Internals.expr(sum[0]).toString());
        assertTrue(ms < 20_000, "200,000 terms took " + ms + " ms");
        assertEquals(Nodes.pow(X, Nodes.num(20_000)), Parser.parse("x" + "*x".repeat(19_999)));
        assertEquals(Nodes.ZERO, Parser.parse("x" + "-x+x".repeat(10_000) + "-x"));
    }

    @Test
    void nestingBeyondTheLimitIsAClearError() {
        int n = Limits.MAX_NESTING_DEPTH + 1;
        ParseException e = assertThrows(ParseException.class, () -> Parser.parse(nested("(", "x", ")", n)));
        assertTrue(e.getMessage().contains("limit: " + Limits.MAX_NESTING_DEPTH), e.getMessage());
        assertEquals(n, e.column());
        e = assertThrows(ParseException.class, () -> Parser.parse(nested("sin(", "x", ")", n)));
        assertTrue(e.getMessage().contains("nested too deeply"), e.getMessage());
    }

    @Test
    void tooLongInputIsAClearError() {
        String text = "x+".repeat(Limits.MAX_INPUT_LENGTH / 2) + "x";
        ParseException e = assertThrows(ParseException.class, () -> Parser.parse(text));
        assertTrue(e.getMessage().startsWith("input too long"), e.getMessage());
    }

    @Test
    void deepExpressionsCompareAndHashOnTheCallersStack() {
        // equal deep trees built twice: hashing is cached, equality must not overflow the 1 MB test stack
        String text = nested("sin(", "x", ")", 5_000);
        Expr a = Expr.parse(text);
        Expr b = Expr.parse(text);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a, b);
    }
}
