package dev.deriv.tensor;

import dev.deriv.tensor.Contraction.Factor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Jacobian (m×n) of a vector expression (m) with respect to a vector variable
 * (n), accumulated forward over the DAG: J(x) = I, J(M*v) = M*J(v),
 * J(f(u)) = diag(f'(u))*J(u), J(softmax(u)) = (diag(s) - s*s')*J(u); a scalar
 * operand contributes the outer product of its local derivative with its
 * gradient (from {@link ReverseSweep}). The Hessian is the Jacobian of the gradient,
 * so it comes out as one closed form ({@code 2*A'*A}), not column by column.
 * Paths through a matrix that depends on x would need tensors of order 3 and are
 * refused with a message.
 */
final class Jacobian {
    private final Bodies bodies;
    private final TVar x;
    private final ReverseSweep dependence;
    private final Map<TNode, TNode> memo = new HashMap<>();

    Jacobian(Bodies bodies, TVar x) {
        if (!x.shape().isVector()) {
            throw new ShapeException("a Jacobian or Hessian is taken with respect to a vector, and " + T.describe(x)
                    + " is not one (a matrix variable needs tensors of order 4, not supported yet)");
        }
        this.bodies = bodies;
        this.x = x;
        this.dependence = new ReverseSweep(bodies, x);
    }

    TNode of(TNode f) {
        if (!f.shape().isVector()) {
            throw new ShapeException("a Jacobian is taken of a vector expression, and " + T.describe(f) + " is not one");
        }
        return j(f);
    }

    private TNode j(TNode f) {
        Shape shape = Shape.matrix(f.shape().dim(0), x.shape().dim(0));
        if (!dependence.dependsOnX(f)) return T.zeros(shape);
        TNode known = memo.get(f);
        if (known != null) return known;
        if (!f.shape().isVector()) throw orderThree(f);
        TNode r = f.accept(forward);
        memo.put(f, r);
        return r;
    }

    private ShapeException orderThree(TNode f) {
        return new ShapeException("the Jacobian passes through " + T.describe(f)
                + ", which depends on " + x.name() + " and is not a vector: that needs tensors of order 3, not supported yet");
    }

    private TNode gradientOf(TNode scalar) { return new ReverseSweep(bodies, x).gradient(scalar); }

    private final TVisitor<TNode> forward = new TVisitor<>() {
        @Override public TNode var(TVar v) { return T.eye(x.shape().dim(0)); }
        @Override public TNode scalar(Scalar s) { throw new AssertionError("a scalar does not depend on x"); }
        @Override public TNode eye(Eye e) { throw new AssertionError("eye does not depend on x"); }
        @Override public TNode fill(Fill f) { throw new AssertionError("a fill does not depend on x"); }

        @Override public TNode linear(Linear l) {
            List<Linear.Term> ts = new ArrayList<>();
            for (Linear.Term t : l.terms()) ts.add(new Linear.Term(t.coefficient(), j(t.node())));
            return T.linear(ts);
        }

        @Override public TNode contraction(Contraction c) {
            if (c.trace()) throw orderThree(c);
            List<Factor> fs = c.factors();
            for (int k = 0; k < fs.size(); k++) {
                Factor f = fs.get(k);
                if (f.node() instanceof Linear sum && f.node().shape().isMatrix() && dependence.dependsOnX(sum)) {
                    // (A + B(x))*v: distribute, so that each product has only vector factors that depend on x
                    List<Linear.Term> ts = new ArrayList<>();
                    for (Linear.Term t : sum.terms()) {
                        List<Factor> chain = new ArrayList<>(fs);
                        chain.set(k, new Factor(t.node(), f.transposed()));
                        ts.add(new Linear.Term(t.coefficient(), j(T.chain(chain, false))));
                    }
                    return T.linear(ts);
                }
            }
            List<TNode> parts = new ArrayList<>();
            for (int k = 0; k < fs.size(); k++) {
                Factor f = fs.get(k);
                if (!dependence.dependsOnX(f.node())) continue;
                if (f.node() instanceof Apply d && d.op() == Op.DIAG && k < fs.size() - 1) {
                    // L*diag(u)*R = L*(u .* R) = L*diag(R)*u with R a column: L*diag(R)*J(u)
                    List<Factor> chain = new ArrayList<>(fs.subList(0, k));
                    chain.add(new Factor(T.diag(T.chain(fs.subList(k + 1, fs.size()), false)), false));
                    chain.add(new Factor(j(d.arg()), false));
                    parts.add(T.chain(chain, false));
                    continue;
                }
                if (!f.node().shape().isVector()) throw orderThree(f.node());
                List<Factor> chain = new ArrayList<>(fs.subList(0, k));
                if (f.transposed()) { // L * v' * R with R a column: v'R = R'v, so L * R' * J(v)
                    chain.addAll(T.reversedFlipped(fs.subList(k + 1, fs.size())));
                } else if (k != fs.size() - 1) {
                    throw orderThree(c);
                }
                chain.add(new Factor(j(f.node()), false));
                parts.add(T.chain(chain, false));
            }
            return T.sum(parts);
        }

        @Override public TNode elementwise(Elementwise e) {
            List<TNode> parts = new ArrayList<>();
            for (int i = 0; i < e.args().size(); i++) {
                TNode arg = e.args().get(i);
                if (!dependence.dependsOnX(arg)) continue;
                TNode local = T.elementwise(e.params(), bodies.partial(e.body(), e.params().get(i)), e.args());
                if (local.shape().isScalar()) local = T.scaleBy(local, T.ones(e.shape())); // a derivative the same for every entry
                parts.add(arg.shape().isScalar()
                        ? T.chain(List.of(new Factor(local, false), new Factor(gradientOf(arg), true)), false)
                        : T.times(T.diag(local), j(arg)));
            }
            return T.sum(parts);
        }

        @Override public TNode apply(Apply a) {
            if (a.op() != Op.SOFTMAX) throw orderThree(a.arg());
            TNode s = a;
            return T.times(T.sub(T.diag(s), T.outer(s, s)), j(a.arg()));
        }
    };
}
