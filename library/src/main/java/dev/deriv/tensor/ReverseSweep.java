package dev.deriv.tensor;

import dev.deriv.tensor.Contraction.Factor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gradient of a scalar tensor expression by one reverse sweep over its DAG:
 * each node, in reverse topological order, passes its adjoint (a tensor of its
 * own shape) to the operands that depend on the variable, and a shared operand
 * sums what it receives. The gradient has the shape of the variable.
 */
final class ReverseSweep {
    private final Bodies bodies;
    private final TVar x;
    private final Map<TNode, Boolean> depends = new HashMap<>();
    private final Map<TNode, TNode> adjoints = new HashMap<>();

    ReverseSweep(Bodies bodies, TVar x) {
        this.bodies = bodies;
        this.x = x;
    }

    TNode gradient(TNode f) {
        if (!f.shape().isScalar()) {
            throw new ShapeException("a gradient is taken of a scalar expression, and " + T.describe(f)
                    + " is not one: take its Jacobian");
        }
        List<TNode> order = new ArrayList<>();
        if (dependsOnX(f)) postOrder(f, new HashSet<>(), order);
        adjoints.put(f, T.ONE);
        for (int i = order.size() - 1; i >= 0; i--) {
            TNode n = order.get(i);
            TNode g = adjoints.get(n);
            if (g != null && !n.equals(x)) n.accept(new Propagate(g));
        }
        TNode r = adjoints.get(x);
        return r == null ? T.zeros(x.shape()) : r;
    }

    boolean dependsOnX(TNode n) {
        Boolean known = depends.get(n);
        if (known != null) return known;
        boolean d = n.equals(x);
        for (TNode c : n.children()) d |= dependsOnX(c);
        depends.put(n, d);
        return d;
    }

    private void postOrder(TNode n, Set<TNode> seen, List<TNode> out) {
        if (!seen.add(n)) return;
        for (TNode c : n.children()) if (dependsOnX(c)) postOrder(c, seen, out);
        out.add(n);
    }

    private void give(TNode operand, TNode contribution) {
        if (dependsOnX(operand)) adjoints.merge(operand, contribution, T::add);
    }

    /** Passes the adjoint {@code g} of one node to its operands. */
    private final class Propagate implements TVisitor<Void> {
        private final TNode g;

        Propagate(TNode g) { this.g = g; }

        @Override public Void var(TVar v) { return null; }
        @Override public Void scalar(Scalar s) { return null; }
        @Override public Void eye(Eye e) { return null; }
        @Override public Void fill(Fill f) { return null; }

        @Override public Void linear(Linear l) {
            for (Linear.Term t : l.terms()) give(t.node(), T.scale(t.coefficient(), g));
            return null;
        }

        @Override public Void contraction(Contraction c) {
            List<Factor> fs = c.factors();
            for (int k = 0; k < fs.size(); k++) {
                Factor f = fs.get(k);
                if (!dependsOnX(f.node())) continue;
                TNode adj;
                if (c.trace()) { // d tr(F1..Fn) = tr(F(k+1)..Fn F1..F(k-1) dFk)
                    List<Factor> rest = new ArrayList<>(fs.subList(k + 1, fs.size()));
                    rest.addAll(fs.subList(0, k));
                    adj = T.scaleBy(g, rest.isEmpty() ? T.eye(f.rows()) : T.chain(T.reversedFlipped(rest), false));
                } else { // the adjoint of Fk is (F1..F(k-1))' G (F(k+1)..Fn)'
                    List<Factor> chain = new ArrayList<>(T.reversedFlipped(fs.subList(0, k)));
                    chain.add(new Factor(g, false));
                    chain.addAll(T.reversedFlipped(fs.subList(k + 1, fs.size())));
                    adj = T.chain(chain, false);
                }
                give(f.node(), f.transposed() ? T.transpose(adj) : adj);
            }
            return null;
        }

        @Override public Void elementwise(Elementwise e) {
            for (int i = 0; i < e.args().size(); i++) {
                TNode arg = e.args().get(i);
                if (!dependsOnX(arg)) continue;
                TNode local = T.elementwise(e.params(), bodies.partial(e.body(), e.params().get(i)), e.args());
                TNode contribution = T.hadamard(g, local);
                give(arg, arg.shape().isScalar() && !e.shape().isScalar() ? T.sumOf(contribution) : contribution);
            }
            return null;
        }

        @Override public Void apply(Apply a) {
            TNode u = a.arg();
            switch (a.op()) {
                case SUM: give(u, T.scaleBy(g, T.ones(u.shape()))); break;
                case NORM2: case FROBENIUS: give(u, T.scaleBy(g, T.divide(u, a))); break;
                case DIAG: give(u, T.apply(Op.DIAG_OF, g)); break;
                case DIAG_OF: give(u, T.apply(Op.DIAG, g)); break;
                case INV: give(u, T.neg(T.chain(List.of(new Factor(a, true), new Factor(g, false), new Factor(a, true)), false))); break;
                case DET: give(u, T.scaleBy(g, T.scaleBy(a, T.transpose(T.inv(u))))); break;
                case LOGDET: give(u, T.scaleBy(g, T.transpose(T.inv(u)))); break;
                case SOFTMAX: give(u, T.sub(T.hadamard(a, g), T.times(a, T.dot(a, g)))); break;
                case LOGSUMEXP: give(u, T.scaleBy(g, T.softmax(u))); break;
                default: throw new AssertionError(a.op());
            }
            return null;
        }
    }
}
