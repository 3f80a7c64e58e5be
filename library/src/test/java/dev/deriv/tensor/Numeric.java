package dev.deriv.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * The finite-difference oracle: central differences of the reference interpreter's
 * values, which share no code with the derivative sweep. Sizes are distinct and
 * non-square (m = 4, n = 3, k = 2), so a missing transpose is a shape error.
 */
final class Numeric {
    private Numeric() {}

    static final Map<String, Integer> SIZES = Map.of("m", 4, "n", 3, "k", 2);

    static int size(Dim d) { return d.name() == null ? d.size() : SIZES.get(d.name()); }

    /** Random values in [-1, 1] for the variables; a positive definite value for those declared so, a symmetric one for symmetric ones. */
    static Map<String, TensorValue> randomValues(Random rnd, TVar... vars) {
        Map<String, TensorValue> out = new HashMap<>();
        for (TVar v : vars) out.put(v.name(), random(rnd, v));
        return out;
    }

    static TensorValue random(Random rnd, TVar v) {
        Shape s = v.shape();
        int[] sizes = new int[s.order()];
        for (int i = 0; i < sizes.length; i++) sizes[i] = size(s.dim(i));
        int count = 1;
        for (int x : sizes) count *= x;
        double[] d = new double[count];
        for (int i = 0; i < count; i++) d[i] = 2 * rnd.nextDouble() - 1;
        if (v.properties().contains(Property.POSITIVE_DEFINITE)) { // M*M' + n*I
            int n = sizes[0];
            double[] pd = new double[count];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double s2 = i == j ? n : 0;
                    for (int k = 0; k < n; k++) s2 += d[i * n + k] * d[j * n + k];
                    pd[i * n + j] = s2;
                }
            }
            d = pd;
        } else if (v.symmetric()) {
            int n = sizes[0];
            for (int i = 0; i < n; i++) for (int j = 0; j < i; j++) d[i * n + j] = d[j * n + i];
        }
        return new TensorValue(sizes, d);
    }

    /** A matrix that is not symmetric but has a positive determinant: positive definite plus skew-symmetric. */
    static TensorValue positiveDeterminant(Random rnd, int n) {
        TensorValue pd = random(rnd, T.var("P", Shape.matrix(Dim.of(n), Dim.of(n)), java.util.Set.of(Property.POSITIVE_DEFINITE)));
        double[] d = pd.data().clone();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double k = 2 * rnd.nextDouble() - 1;
                d[i * n + j] += k;
                d[j * n + i] -= k;
            }
        }
        return new TensorValue(pd.sizes(), d);
    }

    static double value(TNode f, Map<String, TensorValue> values) {
        return TensorInterpreter.eval(f, values).scalar();
    }

    /** Central differences of a scalar f in every entry of x (symmetric perturbations for a symmetric x). */
    static double[] gradient(TNode f, TVar x, Map<String, TensorValue> values) {
        TensorValue at = values.get(x.name());
        double[] g = new double[at.data().length];
        for (int i = 0; i < g.length; i++) {
            double h = 1e-5 * Math.max(1, Math.abs(at.data()[i]));
            double up = value(f, with(values, x.name(), at, i, h));
            double down = value(f, with(values, x.name(), at, i, -h));
            g[i] = (up - down) / (2 * h);
        }
        return g;
    }

    /** Central differences of a tensor-valued f in the direction v of x. */
    static double[] directional(TNode f, TVar x, Map<String, TensorValue> values, double[] v) {
        TensorValue at = values.get(x.name());
        double h = 1e-5;
        double[] plus = at.data().clone(), minus = at.data().clone();
        for (int i = 0; i < v.length; i++) {
            plus[i] += h * v[i];
            minus[i] -= h * v[i];
        }
        Map<String, TensorValue> up = new HashMap<>(values), down = new HashMap<>(values);
        up.put(x.name(), new TensorValue(at.sizes(), plus));
        down.put(x.name(), new TensorValue(at.sizes(), minus));
        double[] a = TensorInterpreter.eval(f, up, x).data(), b = TensorInterpreter.eval(f, down, x).data();
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = (a[i] - b[i]) / (2 * h);
        return out;
    }

    private static Map<String, TensorValue> with(Map<String, TensorValue> values, String name, TensorValue at, int i, double h) {
        double[] d = at.data().clone();
        d[i] += h;
        Map<String, TensorValue> out = new HashMap<>(values);
        out.put(name, new TensorValue(at.sizes(), d));
        return out;
    }

    static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": sizes");
        double scale = 1;
        for (double e : expected) scale = Math.max(scale, Math.abs(e));
        for (int i = 0; i < expected.length; i++) {
            assertTrue(Math.abs(expected[i] - actual[i]) <= 1e-5 * scale,
                    what + ": entry " + i + " is " + actual[i] + ", finite differences give " + expected[i]);
        }
    }

    /** H*v from the closed-form Hessian, against the directional derivative of the gradient. */
    static double[] times(TensorValue matrix, double[] v) {
        double[] out = new double[matrix.rows()];
        for (int i = 0; i < out.length; i++) for (int j = 0; j < v.length; j++) out[i] += matrix.get(i, j) * v[j];
        return out;
    }

    static double[] randomDirection(Random rnd, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = 2 * rnd.nextDouble() - 1;
        return v;
    }

    /**
     * Checks the gradient of f with respect to x against finite differences (every entry
     * and one direction), and when the Hessian is given, H*v against the directional
     * derivative of the gradient.
     */
    static void check(TensorCalculus calc, TNode f, TVar x, Map<String, TensorValue> values, Random rnd) {
        TNode g = calc.gradient(f, x);
        assertEquals(x.shape(), g.shape(), "the gradient has the shape of " + x.name());
        double[] symbolic = TensorInterpreter.eval(g, values, f).data();
        double[] numeric = gradient(f, x, values);
        assertClose(numeric, symbolic, "gradient of " + Printer.infix(f) + " = " + Printer.infix(g));
        if (!x.shape().isVector()) return;
        TNode h = calc.hessian(f, x);
        double[] v = randomDirection(rnd, symbolic.length);
        double[] hv = times(TensorInterpreter.eval(h, values, f), v);
        assertClose(directional(g, x, values, v), hv, "Hessian-vector product of " + Printer.infix(f) + ", H = " + Printer.infix(h));
    }
}
