package dev.deriv.diff;

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
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

/**
 * Symbolic derivatives of random expression trees against forward-mode automatic
 * differentiation (commons-math3 DerivativeStructure, {@link DsOracle}): first
 * and second derivatives by the forward rules, the gradient by the reverse sweep
 * and the Hessian by two, at random points where the function is defined and not huge.
 */
class DerivativeProperties {
    static final Var X = DiffExprs.X;
    static final Var Y = DiffExprs.Y;
    static final List<Var> XY = List.of(X, Y);
    static final double RELATIVE = 1e-9;
    /** Values of f, f' and f'' beyond this are ill-conditioned for a 1e-9 comparison: such points are skipped. */
    static final double HUGE = 1e6;
    /** Intermediate values beyond this make the oracle itself unreliable (see {@link DsOracle#largestIntermediate}). */
    static final double HUGE_INSIDE = 1e8;
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
        List<Node> gradient = differentiator.gradient(f, XY);
        List<List<Node>> hessian = differentiator.hessian(f, XY);
        String[] what = {"f'", "f''", "gradient x", "gradient y", "hessian xx", "hessian xy", "hessian yx",
            "hessian yy"};
        Node[] symbolic = {d1, d2, gradient.get(0), gradient.get(1), hessian.get(0).get(0), hessian.get(0).get(1),
            hessian.get(1).get(0), hessian.get(1).get(1)};
        Random random = new Random(f.hashCode());
        int checked = 0;
        for (int k = 0; k < CANDIDATES && checked < POINTS; k++) {
            Map<Var, Double> point = new HashMap<>();
            point.put(X, sample(random));
            point.put(Y, 0.5 + 2 * random.nextDouble());
            // one forward-mode AD pass gives f, f_x, f_y, f_xx, f_xy, f_yy
            DsOracle oracleAtPoint = new DsOracle(XY, point, 2);
            DerivativeStructure ad = oracleAtPoint.value(f);
            double fxy = ad.getPartialDerivative(1, 1);
            double[] oracle = {ad.getPartialDerivative(1, 0), ad.getPartialDerivative(2, 0),
                ad.getPartialDerivative(1, 0), ad.getPartialDerivative(0, 1),
                ad.getPartialDerivative(2, 0), fxy, fxy, ad.getPartialDerivative(0, 2)};
            double[] ours = new double[symbolic.length];
            for (int i = 0; i < symbolic.length; i++) ours[i] = Interpreter.eval(symbolic[i], point);
            if (!usable(ad.getValue()) || !usable(Interpreter.eval(f, point)) || !allUsable(ours)
                    || !allUsable(oracle) || !(oracleAtPoint.largestIntermediate() <= HUGE_INSIDE)) {
                continue;
            }
            for (int i = 0; i < ours.length; i++) {
                double scale = RoundingScale.of(symbolic[i], point);
                if (!Double.isFinite(scale)) continue; // overflow inside: no meaningful comparison
                if (!close(ours[i], oracle[i], scale, oracleAtPoint.largestIntermediate())) {
                    fail(what[i] + " of " + Expr.of(f) + " at " + point + ": ours " + ours[i] + ", AD " + oracle[i]
                            + " (rounding scales: ours " + scale + ", AD " + oracleAtPoint.largestIntermediate()
                            + ")\n  ours = " + Expr.of(symbolic[i]) + "\n  f as a tree: " + f);
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
     * Equal to 1e-9 relative, with an absolute floor of 1e-12 raised where either side
     * cancels: a few hundred rounding errors of our expression's scale (see
     * {@link RoundingScale}), and a few dozen of the largest quantity inside the AD
     * computation (x*(c/x) has the exact second derivative 0, but AD gets it as the
     * difference of two terms near 2c/x^2).
     */
    static boolean close(double a, double b, double ourScale, double oracleScale) {
        double floor = ABSOLUTE + CANCELLATION * ourScale + AD_CANCELLATION * oracleScale;
        return Math.abs(a - b) <= RELATIVE * Math.max(Math.abs(a), Math.abs(b)) + floor;
    }

    static final double ABSOLUTE = 1e-12;
    /** 1e-13 is about 450 machine epsilons. */
    static final double CANCELLATION = 1e-13;
    /** 1e-14 is about 45 machine epsilons. */
    static final double AD_CANCELLATION = 1e-14;

    private static boolean usable(double v) {
        return Double.isFinite(v) && Math.abs(v) <= HUGE;
    }

    private static boolean allUsable(double[] vs) {
        for (double v : vs) if (!usable(v)) return false;
        return true;
    }

    private static double sample(Random r) {
        return r.nextBoolean() ? -3 + 6 * r.nextDouble() : 3 * r.nextDouble();
    }
}
