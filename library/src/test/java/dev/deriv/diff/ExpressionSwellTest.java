package dev.deriv.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Engine;
import dev.deriv.Expr;
import dev.deriv.expr.Function;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Rational;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import dev.deriv.testing.DsOracle;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No expression swell: derivatives share their common subexpressions (a DAG), so
 * the derivative of a depth-n chain is linear in n, and high-order derivatives
 * stay small. No wall-clock assertions; the measured times are printed.
 */
class ExpressionSwellTest {
    private static final Var X = Nodes.var("x");
    private final Differentiator differentiator = Internals.differentiator(Engine.standard());

    static Node sinChain(int depth) {
        Node n = X;
        for (int i = 0; i < depth; i++) n = Nodes.call(Function.SIN, n);
        return n;
    }

    /** Distinct nodes of the DAG, equal subexpressions counted once. */
    static int dagSize(Node n) {
        Set<Node> seen = new HashSet<>();
        List<Node> todo = new ArrayList<>(List.of(n));
        while (!todo.isEmpty()) {
            Node m = todo.remove(todo.size() - 1);
            if (seen.add(m)) todo.addAll(m.children());
        }
        return seen.size();
    }

    /** Distinct node objects reachable from n: what the derivative actually holds in memory. */
    static int objectCount(Node n) {
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        List<Node> todo = new ArrayList<>(List.of(n));
        while (!todo.isEmpty()) {
            Node m = todo.remove(todo.size() - 1);
            if (seen.put(m, Boolean.TRUE) == null) todo.addAll(m.children());
        }
        return seen.size();
    }

    @Test
    void depth30SinChainHasALinearDerivative() {
        int depth = 30;
        Node f = sinChain(depth);
        long start = System.nanoTime();
        Node d = differentiator.derivative(f, X);
        long nanos = System.nanoTime() - start;
        int dag = dagSize(d);
        int objects = objectCount(d);
        System.out.printf("d/dx of the depth-%d sin chain: %d distinct DAG nodes, %d node objects, tree size %d "
                + "(f: %d DAG nodes), %.2f ms%n", depth, dag, objects, d.treeSize(), dagSize(f), nanos / 1e6);
        assertTrue(dag <= 10 * depth, "DAG size " + dag + " should be at most " + 10 * depth);
        assertTrue(objects <= 10 * depth, "node objects " + objects + " should be at most " + 10 * depth);
        // the unfolded tree is quadratic: sharing is what keeps the DAG linear
        assertTrue(d.treeSize() > 5L * dag, "tree size " + d.treeSize());

        // linear: doubling the depth about doubles the size
        int dag60 = dagSize(differentiator.derivative(sinChain(2 * depth), X));
        assertTrue(dag60 <= 2 * dag + 10, "depth 60: " + dag60 + " against depth 30: " + dag);

        // and correct: the product of cos(sin^k(x)), k = 0..29
        double x = 0.7;
        double expected = 1;
        double s = x;
        for (int i = 0; i < depth; i++) {
            expected *= Math.cos(s);
            s = Math.sin(s);
        }
        assertEquals(expected, Interpreter.eval(d, Map.of(X, x)), 1e-14);
    }

    @Test
    void depth30SinChainThroughTheFacade() {
        Expr f = Internals.expr(sinChain(30));
        long start = System.nanoTime();
        Expr d = f.diff("x");
        long nanos = System.nanoTime() - start;
        int dag = dagSize(Internals.node(d));
        System.out.printf("Expr.diff (simplified) of the depth-30 sin chain: %d distinct DAG nodes, %.1f ms%n",
                dag, nanos / 1e6);
        assertTrue(dag <= 300, "DAG size " + dag);
        double[] ad = DsOracle.derivatives(Internals.node(f), X, Map.of(X, 0.7), 1);
        assertEquals(ad[1], d.eval(Map.of("x", 0.7)), 1e-12);
    }

    @Test
    void hundredthDerivativeOfSinTimesExp() {
        Node f = Internals.node(Expr.parse("sin(x)*exp(x)"));
        long start = System.nanoTime();
        Node d100 = differentiator.derivative(f, X, 100);
        long nanos = System.nanoTime() - start;
        System.out.printf("100th derivative of sin(x)*exp(x): %s (%d DAG nodes), %.2f ms%n",
                Internals.expr(d100), dagSize(d100), nanos / 1e6);
        assertTrue(dagSize(d100) <= 20, "small: " + Internals.expr(d100));

        // (d/dx)^n e^x sin x = 2^(n/2) e^x sin(x + n pi/4), exactly at x = 0
        Map<Var, Node> zero = Map.of(X, Nodes.ZERO);
        BigInteger two = BigInteger.TWO;
        assertEquals(Nodes.ZERO, Nodes.substitute(d100, zero), "n = 100: 2^50 sin(25 pi) = 0");
        Node d97 = differentiator.derivative(f, X, 97);
        Node d98 = differentiator.derivative(d97, X);
        Node d99 = differentiator.derivative(d98, X);
        assertEquals(Nodes.num(Rational.of(two.pow(48))),
                Nodes.substitute(d97, zero), "n = 97: 2^48.5 sin(pi/4) = 2^48");
        assertEquals(Nodes.num(Rational.of(two.pow(49))), Nodes.substitute(d98, zero), "n = 98: 2^49");
        assertEquals(Nodes.num(Rational.of(two.pow(49))), Nodes.substitute(d99, zero), "n = 99: 2^49");
        assertEquals(d100, differentiator.derivative(d99, X));

        // and at other points, in doubles
        for (double x : new double[] {-1.3, 0.4, 1, 2.2}) {
            double expected = Math.pow(2, 50) * Math.exp(x) * Math.sin(x + 25 * Math.PI);
            double scale = Math.pow(2, 50) * Math.exp(x);
            assertEquals(expected, Interpreter.eval(d100, Map.of(X, x)), 1e-12 * scale, "at " + x);
        }
    }

    @Test
    void hundredthDerivativeThroughTheFacade() {
        Expr f = Expr.parse("sin(x)*exp(x)");
        long start = System.nanoTime();
        Expr d = f.diff("x", 100);
        long nanos = System.nanoTime() - start;
        System.out.printf("Expr.diff(\"x\", 100) of sin(x)*exp(x) (simplified at each order): %s, %.1f ms%n",
                d, nanos / 1e6);
        assertEquals(Internals.expr(differentiator.derivative(Internals.node(f), X, 100)).eval(Map.of("x", 0.3)),
                d.eval(Map.of("x", 0.3)), 1e-12 * Math.pow(2, 50));
    }

    @Test
    void gradientOfAnNVariableSumIsOneSweep() {
        // f = (x1 + ... + x50)^2: 50 partials 2*(x1 + ... + x50), all sharing the one sum
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 50; i++) names.add("x" + i);
        String sum = String.join(" + ", names);
        Node f = Internals.node(Expr.parse("(" + sum + ")^2"));
        List<Var> vars = names.stream().map(Nodes::var).toList();
        List<Node> g = differentiator.gradient(f, vars);
        Map<Node, Boolean> all = new IdentityHashMap<>();
        for (Node p : g) {
            List<Node> todo = new ArrayList<>(List.of(p));
            while (!todo.isEmpty()) {
                Node m = todo.remove(todo.size() - 1);
                if (all.put(m, Boolean.TRUE) == null) todo.addAll(m.children());
            }
        }
        assertTrue(all.size() <= 4 * 50, "the 50 partials hold " + all.size() + " node objects");
        for (Node p : g) assertEquals(Internals.node(Expr.parse("2*(" + sum + ")")), p);
    }
}
