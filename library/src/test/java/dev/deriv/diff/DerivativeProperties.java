package dev.deriv.diff;

import static org.junit.jupiter.api.Assertions.fail;

import dev.deriv.Engine;
import dev.deriv.Expr;
import dev.deriv.expr.Call;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import dev.deriv.testing.DiffExprs;
import dev.deriv.testing.DsOracle;
import dev.deriv.testing.RandomExprs;
import dev.deriv.testing.RoundingScale;
import java.util.ArrayList;
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
    static final List<Var> XYZ = List.of(X, Y, Nodes.var("z"));
    static final double RELATIVE = 1e-9;
    /** Values of f, f' and f'' beyond this are ill-conditioned for a 1e-9 comparison: such points are skipped. */
    static final double HUGE = 1e6;
    /** Intermediate values beyond this make the oracle itself unreliable (see {@link DsOracle#largestIntermediate}). */
    static final double HUGE_INSIDE = 1e8;
    static final int POINTS = 3;
    static final int CANDIDATES = 30;

    private final Differentiator differentiator = Internals.differentiator(Engine.standard());

    @Provide
    Arbitrary<Node> expressions() {
        return DiffExprs.expressions(4);
    }

    @Property(tries = 3000)
    void firstAndSecondDerivativesMatchForwardModeAD(@ForAll("expressions") Node f) {
        int checked = checkAgainstAD(f, XY, true, random -> {
            Map<Var, Double> point = new HashMap<>();
            point.put(X, sample(random));
            point.put(Y, 0.5 + 2 * random.nextDouble());
            return point;
        });
        Statistics.label("checked at a point").collect(checked > 0);
        long size = f.treeSize();
        Statistics.label("tree size").collect(size < 5 ? "1-4" : size < 10 ? "5-9" : size < 20 ? "10-19" : "20+");
        Statistics.label("checked at a point").coverage(c -> c.check(true).count(n -> n >= 2000));
    }

    /** The same check over the shared generator of the project (x, y, z; log bases, negative bases, ...). */
    @Property(tries = 1000)
    void sameOverTheSharedRandomExpressions(@ForAll("shared") Node f) {
        int checked = checkAgainstAD(f, XYZ, false, random -> {
            Map<Var, Double> point = new HashMap<>();
            for (Var v : XYZ) point.put(v, sample(random));
            return point;
        });
        Statistics.label("checked at a point").collect(checked > 0);
    }

    @Provide
    Arbitrary<Node> shared() {
        return RandomExprs.exprs();
    }

    /**
     * Checks f' and f'' w.r.t. the first of {@code vars} by the forward rules, the gradient
     * by the reverse sweep and (when asked) the Hessian by two, against one forward-mode AD
     * pass over all of {@code vars}, at up to {@link #POINTS} points where everything is
     * defined and not huge. Returns how many points were checked.
     */
    private int checkAgainstAD(Node f, List<Var> vars, boolean withHessian,
                               java.util.function.Function<Random, Map<Var, Double>> points) {
        int n = vars.size();
        Var x = vars.get(0);
        List<String> what = new ArrayList<>();
        List<Node> symbolic = new ArrayList<>();
        List<int[]> orders = new ArrayList<>();
        Node d1 = differentiator.derivative(f, x);
        what.add("f'");
        symbolic.add(d1);
        orders.add(unit(n, 0, -1));
        what.add("f''");
        symbolic.add(differentiator.derivative(d1, x));
        orders.add(unit(n, 0, 0));
        List<Node> gradient = differentiator.gradient(f, vars);
        for (int i = 0; i < n; i++) {
            what.add("gradient " + vars.get(i));
            symbolic.add(gradient.get(i));
            orders.add(unit(n, i, -1));
        }
        if (withHessian) {
            List<List<Node>> hessian = differentiator.hessian(f, vars);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    what.add("hessian " + vars.get(i) + vars.get(j));
                    symbolic.add(hessian.get(i).get(j));
                    orders.add(unit(n, i, j));
                }
            }
        }
        Random random = new Random(f.hashCode());
        int checked = 0;
        for (int k = 0; k < CANDIDATES && checked < POINTS; k++) {
            Map<Var, Double> point = points.apply(random);
            // one forward-mode AD pass gives f and all its partial derivatives up to order 2
            DsOracle oracleAtPoint = new DsOracle(vars, point, 2);
            DerivativeStructure ad = oracleAtPoint.value(f);
            double[] ours = new double[symbolic.size()];
            double[] oracle = new double[symbolic.size()];
            for (int i = 0; i < ours.length; i++) {
                ours[i] = Interpreter.eval(symbolic.get(i), point);
                oracle[i] = ad.getPartialDerivative(orders.get(i));
            }
            if (!usable(ad.getValue()) || !usable(Interpreter.eval(f, point)) || !allUsable(ours)
                    || !allUsable(oracle) || !(oracleAtPoint.largestIntermediate() <= HUGE_INSIDE)
                    || nearTheEdgeOfADomain(f, point)) {
                continue;
            }
            for (int i = 0; i < ours.length; i++) {
                double scale = RoundingScale.of(symbolic.get(i), point);
                if (!Double.isFinite(scale)) continue; // overflow inside: no meaningful comparison
                if (!close(ours[i], oracle[i], scale, oracleAtPoint.largestIntermediate())) {
                    fail(what.get(i) + " of " + Internals.expr(f) + " at " + point + ": ours " + ours[i] + ", AD "
                            + oracle[i] + " (rounding scales: ours " + scale + ", AD "
                            + oracleAtPoint.largestIntermediate() + ")\n  ours = " + Internals.expr(symbolic.get(i))
                            + "\n  f as a tree: " + f);
                }
            }
            checked++;
        }
        return checked;
    }

    /**
     * Whether an inverse function's argument is within 1e-3 of the end of its domain
     * (atanh, asin, acos near ±1, acosh near 1): there AD multiplies the argument's rounding
     * by 1/(1 - t^2), so atanh(tanh(18/x)) came out 10% off while deriv's -18/x^2 was exact.
     * The oracle is no oracle there, and the point is skipped, as a huge or undefined one is.
     */
    private static boolean nearTheEdgeOfADomain(Node f, Map<Var, Double> point) {
        if (f instanceof Call c) {
            String name = c.function().name();
            if (EDGED.contains(name)) {
                double t = Interpreter.eval(c.arg(), point);
                double edge = name.equals("acosh") ? t - 1 : 1 - Math.abs(t);
                if (!(edge > 1e-3)) return true;
            }
        }
        for (Node child : f.children()) if (nearTheEdgeOfADomain(child, point)) return true;
        return false;
    }

    private static final java.util.Set<String> EDGED = java.util.Set.of("atanh", "asin", "acos", "acosh");

    /** Derivative orders: one more in variables i and j (j = -1 for none). */
    private static int[] unit(int n, int i, int j) {
        int[] o = new int[n];
        o[i]++;
        if (j >= 0) o[j]++;
        return o;
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
