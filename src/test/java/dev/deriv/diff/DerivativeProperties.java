package dev.deriv.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.deriv.Engine;
import dev.deriv.Expr;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Node;
import dev.deriv.expr.Var;
import dev.deriv.testing.DiffExprs;
import dev.deriv.testing.DsOracle;
import dev.deriv.testing.RoundingScale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Symbolic derivatives of random expression trees against forward-mode automatic
 * differentiation (commons-math3 DerivativeStructure, {@link DsOracle}): first
 * and second derivatives by the forward rules, and the gradient by the reverse
 * sweep, at random points where the function is defined and not huge.
 */
class DerivativeProperties {
    static final Var X = DiffExprs.X;
    static final Var Y = DiffExprs.Y;
    static final double RELATIVE = 1e-9;
    /** Values of f, f' and f'' beyond this are ill-conditioned for a 1e-9 comparison: such points are skipped. */
    static final double HUGE = 1e6;
    static final int POINTS = 3;
    static final int CANDIDATES = 30;

    private final Differentiator differentiator = Engine.standard().differentiator();

    @Provide
    Arbitrary<Node> expressions() {
        return DiffExprs.expressions(4);
    }

    @Property(tries = 3000)
    void firstAndSecondDerivativesMatchForwardModeAD(@ForAll("expressions") Node f) {
        Node d1 = differentiator.derivative(f, X);
        Node d2 = differentiator.derivative(d1, X);
        List<Node> gradient = differentiator.gradient(f, List.of(X, Y));
        Random random = new Random(f.hashCode());
        int checked = 0;
        for (int k = 0; k < CANDIDATES && checked < POINTS; k++) {
            Map<Var, Double> point = new HashMap<>();
            point.put(X, sample(random));
            point.put(Y, 0.5 + 2 * random.nextDouble());
            double[] ad = DsOracle.derivatives(f, X, point, 2);
            double[] adY = DsOracle.derivatives(f, Y, point, 1);
            double[] ours = {
                Interpreter.eval(f, point), Interpreter.eval(d1, point), Interpreter.eval(d2, point),
                Interpreter.eval(gradient.get(0), point), Interpreter.eval(gradient.get(1), point)};
            double[] oracle = {ad[0], ad[1], ad[2], ad[1], adY[1]};
            if (!allUsable(ours) || !allUsable(oracle)) continue;
            String[] what = {"f", "f'", "f''", "gradient x", "gradient y"};
            Node[] symbolic = {f, d1, d2, gradient.get(0), gradient.get(1)};
            for (int i = 1; i < ours.length; i++) {
                double scale = RoundingScale.of(symbolic[i], point);
                if (!Double.isFinite(scale)) continue; // overflow inside: no meaningful comparison
                if (!close(ours[i], oracle[i], scale)) {
                    fail(what[i] + " of " + Expr.of(f) + " at " + point + ": ours " + ours[i] + ", AD " + oracle[i]
                            + " (rounding scale " + scale + ")"
                            + "\n  f'  = " + Expr.of(d1) + (i == 2 ? "\n  f'' = " + Expr.of(d2) : ""));
                }
            }
            checked++;
        }
        Statistics.label("checked at a point").collect(checked > 0);
        long size = f.treeSize();
        Statistics.label("tree size").collect(size < 5 ? "1-4" : size < 10 ? "5-9" : size < 20 ? "10-19" : "20+");
        Statistics.label("checked at a point").coverage(c -> c.check(true).count(n -> n >= 2000));
    }

    /**
     * Equal to 1e-9 relative; the absolute floor is 1e-12, raised where our expression
     * cancels: a few hundred rounding errors of its scale (see {@link RoundingScale}).
     */
    static boolean close(double a, double b, double roundingScale) {
        double floor = ABSOLUTE + CANCELLATION * roundingScale;
        return Math.abs(a - b) <= RELATIVE * Math.max(Math.abs(a), Math.abs(b)) + floor;
    }

    static final double ABSOLUTE = 1e-12;
    /** 1e-13 is about 450 machine epsilons. */
    static final double CANCELLATION = 1e-13;

    private static boolean allUsable(double[] vs) {
        for (double v : vs) if (!Double.isFinite(v) || Math.abs(v) > HUGE) return false;
        return true;
    }

    private static double sample(Random r) {
        return r.nextBoolean() ? -3 + 6 * r.nextDouble() : 3 * r.nextDouble();
    }
}
