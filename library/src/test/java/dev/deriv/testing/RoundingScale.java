package dev.deriv.testing;

import dev.deriv.expr.Add;
import dev.deriv.expr.Call;
import dev.deriv.expr.Const;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.Num;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Var;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A first-order estimate of how large the rounding error of evaluating an
 * expression in doubles can be, in units of the machine epsilon: the magnitude
 * of what the sums add up before they cancel, carried through products, powers
 * and calls by their condition numbers. {@code 2*x - 2*x*(1 + 1e-12)} has a tiny
 * value but a scale near |4x|: a 1e-9 relative comparison of such a value needs
 * an absolute floor proportional to this scale, not to the value.
 */
public final class RoundingScale {
    private final Map<Var, Double> point;
    private final Map<Node, double[]> memo = new IdentityHashMap<>();

    private RoundingScale(Map<Var, Double> point) { this.point = point; }

    /** The error scale S: |computed - exact| is about eps * S, for a modest multiple. */
    public static double of(Node n, Map<Var, Double> point) {
        return new RoundingScale(point).scale(n)[1];
    }

    /** {value, scale}. */
    private double[] scale(Node n) {
        if (n instanceof Num || n instanceof Const || n instanceof Var) {
            double v = Interpreter.eval(n, point);
            return new double[] {v, Math.abs(v)};
        }
        double[] known = memo.get(n);
        if (known != null) return known;
        double[] r = compute(n);
        memo.put(n, r);
        return r;
    }

    private double[] compute(Node n) {
        if (n instanceof Add a) {
            double v = 0;
            double s = 0;
            for (Node t : a.terms()) {
                double[] ts = scale(t);
                v += ts[0];
                s += ts[1];
            }
            return new double[] {v, s + Math.abs(v)};
        }
        if (n instanceof Mul m) {
            // S = sum over i of S(f_i) * product of |f_j|, j != i
            int k = m.factors().size();
            double[][] fs = new double[k][];
            double v = 1;
            for (int i = 0; i < k; i++) {
                fs[i] = scale(m.factors().get(i));
                v *= fs[i][0];
            }
            double s = Math.abs(v);
            for (int i = 0; i < k; i++) {
                double others = 1;
                for (int j = 0; j < k; j++) if (j != i) others *= Math.abs(fs[j][0]);
                s += fs[i][1] * others;
            }
            return new double[] {v, s};
        }
        if (n instanceof Pow p) {
            double[] b = scale(p.base());
            double[] e = scale(p.exponent());
            double v = Interpreter.power(b[0], e[0]);
            double s = Math.abs(v) + Math.abs(e[0]) * Math.pow(Math.abs(b[0]), e[0] - 1) * b[1];
            if (!(p.exponent() instanceof Num)) s += Math.abs(v * Math.log(Math.abs(b[0]))) * e[1];
            return new double[] {v, s};
        }
        Call c = (Call) n;
        if (c.function().isDefined()) return scale(c.function().expand(c.arg()));
        double[] u = scale(c.arg());
        double v = c.function().apply(u[0]);
        // |f'(u)| * S(u), with f' by a central difference: only its magnitude matters
        double h = 1e-6 * Math.max(1, Math.abs(u[0]));
        double slope = Math.abs((c.function().apply(u[0] + h) - c.function().apply(u[0] - h)) / (2 * h));
        if (!Double.isFinite(slope)) slope = Math.abs(v / Math.max(Math.abs(u[0]), 1e-300));
        return new double[] {v, slope * u[1] + Math.abs(v)};
    }
}
