package dev.deriv.tensor;

import dev.deriv.MathException;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.tensor.Contraction.Factor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The reference interpreter of the shaped IR over double arrays: plain loops,
 * each node once (shared nodes are remembered), LU decomposition from
 * commons-math3 for {@code inv}, {@code det} and {@code logdet}. Named dimensions
 * are bound by the values given ({@link Unifier}); a value of the wrong size is a
 * {@link ShapeException}, a point outside a domain a {@link MathException} that
 * says why.
 */
public final class TensorInterpreter {
    private final Map<String, TensorValue> values;
    private final Map<Var, Double> scalars = new HashMap<>();
    private final Unifier dims = new Unifier();
    private final Map<TNode, TensorValue> memo = new HashMap<>();

    private TensorInterpreter(Map<String, TensorValue> values) {
        this.values = values;
        for (Map.Entry<String, TensorValue> e : values.entrySet()) {
            if (e.getValue().sizes().length == 0) scalars.put(Nodes.var(e.getKey()), e.getValue().scalar());
        }
    }

    /** The value of {@code n} with the variables bound by name. */
    public static TensorValue eval(TNode n, Map<String, TensorValue> values) {
        return new TensorInterpreter(values).value(n);
    }

    /**
     * The value of {@code n}, with the sizes of named dimensions taken from the values of
     * the variables of {@code context} (the expression n was derived from): a derivative
     * such as {@code 2*eye(n)} has no variable of its own to bind n.
     */
    public static TensorValue eval(TNode n, Map<String, TensorValue> values, TNode context) {
        TensorInterpreter in = new TensorInterpreter(values);
        in.bindVariables(context, new java.util.HashSet<>());
        return in.value(n);
    }

    private void bindVariables(TNode n, java.util.Set<TNode> seen) {
        if (!seen.add(n)) return;
        if (n instanceof TVar v && values.containsKey(v.name())) value(v);
        for (TNode c : n.children()) bindVariables(c, seen);
    }

    private TensorValue value(TNode n) {
        TensorValue v = memo.get(n);
        if (v == null) {
            v = n.accept(step);
            memo.put(n, v);
        }
        return v;
    }

    private int[] sizes(Shape s) {
        int[] out = new int[s.order()];
        for (int i = 0; i < out.length; i++) out[i] = dims.size(s.dim(i));
        return out;
    }

    private static int count(int[] sizes) {
        int c = 1;
        for (int s : sizes) c *= s;
        return c;
    }

    private final TVisitor<TensorValue> step = new TVisitor<>() {
        @Override public TensorValue var(TVar v) {
            TensorValue given = values.get(v.name());
            if (given == null) throw new ShapeException("no value for " + v.name() + " (" + v.shape() + ")");
            if (given.sizes().length != v.shape().order()) {
                throw new ShapeException("the value of " + v.name() + " has " + given.sizes().length
                        + " dimensions where its shape " + v.shape() + " has " + v.shape().order());
            }
            for (int i = 0; i < given.sizes().length; i++) dims.bind(v.shape().dim(i), given.sizes()[i], "the value of " + v.name());
            return given;
        }

        @Override public TensorValue scalar(Scalar s) { return TensorValue.scalar(Interpreter.evalStrict(s.value(), scalars)); }

        @Override public TensorValue eye(Eye e) {
            int n = dims.size(e.n());
            double[] d = new double[n * n];
            for (int i = 0; i < n; i++) d[i * n + i] = 1;
            return new TensorValue(new int[] {n, n}, d);
        }

        @Override public TensorValue fill(Fill f) {
            int[] s = sizes(f.shape());
            double[] d = new double[count(s)];
            java.util.Arrays.fill(d, f.value().doubleValue());
            return new TensorValue(s, d);
        }

        @Override public TensorValue linear(Linear l) {
            List<TensorValue> parts = l.terms().stream().map(t -> value(t.node())).toList();
            double[] d = new double[parts.get(0).data().length];
            for (int k = 0; k < parts.size(); k++) {
                double c = l.terms().get(k).coefficient().doubleValue();
                double[] p = parts.get(k).data();
                for (int i = 0; i < d.length; i++) d[i] += c * p[i];
            }
            return new TensorValue(parts.get(0).sizes(), d);
        }

        @Override public TensorValue contraction(Contraction c) {
            double[][] acc = null;
            for (Factor f : c.factors()) {
                double[][] m = asMatrix(value(f.node()), f.transposed());
                acc = acc == null ? m : multiply(acc, m);
            }
            if (c.trace()) {
                double t = 0;
                for (int i = 0; i < acc.length; i++) t += acc[i][i];
                return TensorValue.scalar(t);
            }
            int[] s = sizes(c.shape());
            double[] d = new double[count(s)];
            int cols = acc[0].length;
            for (int i = 0; i < acc.length; i++) for (int j = 0; j < cols; j++) d[i * cols + j] = acc[i][j];
            return new TensorValue(s, d);
        }

        @Override public TensorValue elementwise(Elementwise e) {
            List<TensorValue> args = e.args().stream().map(TensorInterpreter.this::value).toList();
            int[] s = sizes(e.shape());
            double[] d = new double[count(s)];
            Map<Var, Double> point = new HashMap<>(scalars);
            for (int i = 0; i < d.length; i++) {
                for (int k = 0; k < args.size(); k++) {
                    double[] a = args.get(k).data();
                    point.put(e.params().get(k), a.length == 1 ? a[0] : a[i]);
                }
                try {
                    d[i] = Interpreter.evalStrict(e.body(), point);
                } catch (MathException undefined) {
                    throw new MathException(inTermsOfArguments(undefined.getMessage(), e)
                            + " (entry " + i + " of " + Printer.infix(e) + ")");
                }
            }
            return new TensorValue(s, d);
        }

        @Override public TensorValue apply(Apply a) {
            TensorValue u = value(a.arg());
            double[] x = u.data();
            switch (a.op()) {
                case SUM: {
                    double s = 0;
                    for (double v : x) s += v;
                    return TensorValue.scalar(s);
                }
                case NORM2: case FROBENIUS: {
                    double s = 0;
                    for (double v : x) s += v * v;
                    return TensorValue.scalar(Math.sqrt(s));
                }
                case DIAG: {
                    int n = x.length;
                    double[] d = new double[n * n];
                    for (int i = 0; i < n; i++) d[i * n + i] = x[i];
                    return new TensorValue(new int[] {n, n}, d);
                }
                case DIAG_OF: {
                    int n = u.rows();
                    double[] d = new double[n];
                    for (int i = 0; i < n; i++) d[i] = u.get(i, i);
                    return TensorValue.vector(d);
                }
                case INV: return inverse(a, u);
                case DET: return TensorValue.scalar(lu(u).getDeterminant());
                case LOGDET: {
                    double det = lu(u).getDeterminant();
                    if (!(det > 0)) {
                        throw new MathException("logdet(" + Printer.infix(a.arg()) + ") needs a positive determinant, not " + det);
                    }
                    return TensorValue.scalar(Math.log(det));
                }
                case SOFTMAX: return TensorValue.vector(softmax(x));
                case LOGSUMEXP: {
                    double max = max(x), s = 0;
                    for (double v : x) s += Math.exp(v - max);
                    return TensorValue.scalar(max + Math.log(s));
                }
                default: throw new AssertionError(a.op());
            }
        }
    };

    /** A message of the scalar interpreter with the parameters #0, #1, ... named by the tensors they stand for. */
    private static String inTermsOfArguments(String message, Elementwise e) {
        String out = message;
        for (int k = e.params().size() - 1; k >= 0; k--) {
            out = out.replace(e.params().get(k).name(), Printer.infix(e.args().get(k)));
        }
        return out;
    }

    private static double max(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : x) m = Math.max(m, v);
        return m;
    }

    private static double[] softmax(double[] x) {
        double max = max(x), s = 0;
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) s += out[i] = Math.exp(x[i] - max);
        for (int i = 0; i < x.length; i++) out[i] /= s;
        return out;
    }

    private static LUDecomposition lu(TensorValue u) {
        return new LUDecomposition(new Array2DRowRealMatrix(asMatrix(u, false), false));
    }

    private static TensorValue inverse(Apply a, TensorValue u) {
        LUDecomposition lu = lu(u);
        if (!lu.getSolver().isNonSingular()) {
            throw new MathException("inv(" + Printer.infix(a.arg()) + ") does not exist: the matrix is singular");
        }
        RealMatrix m = lu.getSolver().getInverse();
        return TensorValue.matrix(m.getData());
    }

    private static double[][] asMatrix(TensorValue v, boolean transposed) {
        int r = v.rows(), c = v.cols();
        double[][] m = transposed ? new double[c][r] : new double[r][c];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                if (transposed) m[j][i] = v.get(i, j); else m[i][j] = v.get(i, j);
            }
        }
        return m;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length, k = b.length, m = b[0].length;
        double[][] out = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < k; p++) {
                double aip = a[i][p];
                for (int j = 0; j < m; j++) out[i][j] += aip * b[p][j];
            }
        }
        return out;
    }
}
