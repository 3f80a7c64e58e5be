package dev.deriv.tensor;

import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.tensor.Contraction.Factor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second oracle: a tensor expression written out in components as scalar
 * nodes of {@code dev.deriv.expr} (x becomes x_0, x_1, x_2; A becomes A_0_0, ...),
 * by the definitions of the operations, so that the scalar engine can
 * differentiate it exactly. Nothing here is shared with the tensor sweep.
 */
final class Scalarized implements TVisitor<Node[][]> {
    private final Map<String, Integer> sizes;

    Scalarized(Map<String, Integer> sizes) { this.sizes = sizes; }

    int size(Dim d) { return d.name() == null ? d.size() : sizes.get(d.name()); }

    /** The component variable of entry (i, j) of v (a symmetric matrix shares (i, j) and (j, i)). */
    static Var component(TVar v, int i, int j) {
        if (v.symmetric() && j < i) return component(v, j, i);
        if (v.shape().isScalar()) return Nodes.var(v.name());
        if (v.shape().isVector()) return Nodes.var(v.name() + "_" + i);
        return Nodes.var(v.name() + "_" + i + "_" + j);
    }

    Node[][] of(TNode n) { return n.accept(this); }

    /** Every node of a vector n counts as a column n×1, a scalar as 1×1. */
    private Node[][] sized(Shape s) { return new Node[size(s.rows())][size(s.cols())]; }

    @Override public Node[][] var(TVar v) {
        Node[][] out = sized(v.shape());
        for (int i = 0; i < out.length; i++) for (int j = 0; j < out[0].length; j++) out[i][j] = component(v, i, j);
        return out;
    }

    @Override public Node[][] scalar(Scalar s) { return new Node[][] {{s.value()}}; }

    @Override public Node[][] eye(Eye e) {
        int n = size(e.n());
        Node[][] out = new Node[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) out[i][j] = i == j ? Nodes.ONE : Nodes.ZERO;
        return out;
    }

    @Override public Node[][] fill(Fill f) {
        Node[][] out = sized(f.shape());
        for (Node[] row : out) java.util.Arrays.fill(row, Nodes.num(f.value()));
        return out;
    }

    @Override public Node[][] linear(Linear l) {
        Node[][] out = null;
        for (Linear.Term t : l.terms()) {
            Node[][] p = of(t.node());
            if (out == null) out = new Node[p.length][p[0].length];
            for (int i = 0; i < p.length; i++) {
                for (int j = 0; j < p[0].length; j++) {
                    Node term = Nodes.mul(Nodes.num(t.coefficient()), p[i][j]);
                    out[i][j] = out[i][j] == null ? term : Nodes.add(out[i][j], term);
                }
            }
        }
        return out;
    }

    @Override public Node[][] contraction(Contraction c) {
        Node[][] acc = null;
        for (Factor f : c.factors()) {
            Node[][] m = of(f.node());
            if (f.transposed()) m = transpose(m);
            acc = acc == null ? m : multiply(acc, m);
        }
        if (!c.trace()) return acc;
        Node t = Nodes.ZERO;
        for (int i = 0; i < acc.length; i++) t = Nodes.add(t, acc[i][i]);
        return new Node[][] {{t}};
    }

    @Override public Node[][] elementwise(Elementwise e) {
        List<Node[][]> args = e.args().stream().map(this::of).toList();
        Node[][] out = sized(e.shape());
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < out[0].length; j++) {
                Map<Var, Node> bind = new HashMap<>();
                for (int k = 0; k < args.size(); k++) {
                    Node[][] a = args.get(k);
                    bind.put(e.params().get(k), a.length == 1 && a[0].length == 1 ? a[0][0] : a[i][j]);
                }
                out[i][j] = Nodes.substitute(e.body(), bind);
            }
        }
        return out;
    }

    @Override public Node[][] apply(Apply a) {
        Node[][] u = of(a.arg());
        switch (a.op()) {
            case SUM: return one(sum(u, false));
            case NORM2: case FROBENIUS: return one(Nodes.sqrt(sum(u, true)));
            case DIAG: {
                Node[][] out = new Node[u.length][u.length];
                for (int i = 0; i < u.length; i++) for (int j = 0; j < u.length; j++) out[i][j] = i == j ? u[i][0] : Nodes.ZERO;
                return out;
            }
            case DIAG_OF: {
                Node[][] out = new Node[u.length][1];
                for (int i = 0; i < u.length; i++) out[i][0] = u[i][i];
                return out;
            }
            case INV: {
                Node d = det(u);
                Node[][] out = new Node[u.length][u.length];
                for (int i = 0; i < u.length; i++) {
                    for (int j = 0; j < u.length; j++) { // adjugate: the cofactor of (j, i)
                        Node cof = det(minor(u, j, i));
                        out[i][j] = Nodes.div((i + j) % 2 == 0 ? cof : Nodes.neg(cof), d);
                    }
                }
                return out;
            }
            case DET: return one(det(u));
            case LOGDET: return one(Nodes.ln(det(u)));
            case SOFTMAX: {
                Node s = Nodes.ZERO;
                for (Node[] r : u) s = Nodes.add(s, Nodes.exp(r[0]));
                Node[][] out = new Node[u.length][1];
                for (int i = 0; i < u.length; i++) out[i][0] = Nodes.div(Nodes.exp(u[i][0]), s);
                return out;
            }
            case LOGSUMEXP: {
                Node s = Nodes.ZERO;
                for (Node[] r : u) s = Nodes.add(s, Nodes.exp(r[0]));
                return one(Nodes.ln(s));
            }
            default: throw new AssertionError(a.op());
        }
    }

    private static Node[][] one(Node n) { return new Node[][] {{n}}; }

    private static Node sum(Node[][] u, boolean squares) {
        Node s = Nodes.ZERO;
        for (Node[] r : u) for (Node v : r) s = Nodes.add(s, squares ? Nodes.pow(v, Nodes.TWO) : v);
        return s;
    }

    static Node[][] transpose(Node[][] m) {
        Node[][] t = new Node[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) for (int j = 0; j < m[0].length; j++) t[j][i] = m[i][j];
        return t;
    }

    static Node[][] multiply(Node[][] a, Node[][] b) {
        if (a[0].length != b.length) throw new AssertionError("inner sizes " + a[0].length + " and " + b.length);
        Node[][] out = new Node[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b[0].length; j++) {
                Node s = Nodes.ZERO;
                for (int k = 0; k < b.length; k++) s = Nodes.add(s, Nodes.mul(a[i][k], b[k][j]));
                out[i][j] = s;
            }
        }
        return out;
    }

    /** Laplace expansion along the first row. */
    static Node det(Node[][] m) {
        if (m.length == 1) return m[0][0];
        Node d = Nodes.ZERO;
        for (int j = 0; j < m.length; j++) {
            Node term = Nodes.mul(m[0][j], det(minor(m, 0, j)));
            d = Nodes.add(d, j % 2 == 0 ? term : Nodes.neg(term));
        }
        return d;
    }

    static Node[][] minor(Node[][] m, int row, int col) {
        int n = m.length;
        Node[][] out = new Node[n - 1][n - 1];
        for (int i = 0, r = 0; i < n; i++) {
            if (i == row) continue;
            for (int j = 0, c = 0; j < n; j++) if (j != col) out[r][c++] = m[i][j];
            r++;
        }
        return out;
    }

}
