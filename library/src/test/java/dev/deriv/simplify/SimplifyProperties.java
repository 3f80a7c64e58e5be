package dev.deriv.simplify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Engine;
import dev.deriv.expr.Add;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import dev.deriv.print.InfixPrinter;
import dev.deriv.print.PrintedSize;
import dev.deriv.testing.RandomExprs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Soundness: simplification never changes a value where the input is defined,
 * and never returns a larger expression. Checked at random points on random trees.
 */
class SimplifyProperties {
    private static final Simplifier SIMPLIFIER = Internals.simplifier(Engine.standard());
    private static final List<Var> VARS = List.of(Nodes.var("x"), Nodes.var("y"), Nodes.var("z"));

    @Provide
    Arbitrary<Node> anything() {
        return RandomExprs.exprs();
    }

    @Provide
    Arbitrary<Node> smooth() {
        return RandomExprs.smooth();
    }

    @Property(tries = 1500)
    void keepsTheValueWhereTheInputIsDefined(@ForAll("anything") Node input) {
        checkSameValues(input, SIMPLIFIER.simplify(input).node());
    }

    @Property(tries = 700)
    void keepsTheValueOfSmoothExpressions(@ForAll("smooth") Node input) {
        checkSameValues(input, SIMPLIFIER.simplify(input).node());
    }

    @Property(tries = 500)
    void neverGrows(@ForAll("anything") Node input) {
        Node output = SIMPLIFIER.simplify(input).node();
        assertTrue(PrintedSize.of(output) <= PrintedSize.of(input),
                () -> InfixPrinter.print(input) + " grew to " + InfixPrinter.print(output));
    }

    static void checkSameValues(Node input, Node output) {
        Random random = new Random(input.hashCode());
        for (int i = 0; i < 6; i++) {
            Map<Var, Double> point = new HashMap<>();
            for (Var v : VARS) point.put(v, -3 + 6 * random.nextDouble());
            double a = Interpreter.eval(input, point);
            if (!Double.isFinite(a) || Math.abs(a) > 1e12) continue; // input undefined (or overflowing) here
            if (illConditioned(input, point, a)) continue; // e.g. tan of 7e5: doubles can't tell
            double b = Interpreter.eval(output, point);
            // rounding in the input can be as large as its terms' magnitudes, not its value
            double scale = Math.max(1, magnitude(input, point));
            assertTrue(Math.abs(a - b) <= 1e-9 * scale,
                    () -> InfixPrinter.print(input) + " = " + a + " but simplified " + InfixPrinter.print(output)
                            + " = " + b + " at " + point);
        }
    }

    /** Whether a relative nudge of 1e-13 to the point moves the value by more than the tolerance. */
    private static boolean illConditioned(Node input, Map<Var, Double> point, double value) {
        Map<Var, Double> nudged = new HashMap<>();
        point.forEach((v, x) -> nudged.put(v, x * (1 + 1e-13)));
        double moved = Interpreter.eval(input, nudged);
        return !(Math.abs(moved - value) <= 1e-10 * Math.max(1, Math.abs(value)));
    }

    /** The value with every sum replaced by the sum of its terms' absolute values: a bound on rounding. */
    private static double magnitude(Node n, Map<Var, Double> point) {
        if (n instanceof Add a) {
            double s = 0;
            for (Node t : a.terms()) s += magnitude(t, point);
            return s;
        }
        if (n instanceof dev.deriv.expr.Mul m) {
            double p = 1;
            for (Node f : m.factors()) p *= magnitude(f, point);
            return p;
        }
        double v = Math.abs(Interpreter.eval(n, point));
        return Double.isFinite(v) ? v : 0;
    }
}
