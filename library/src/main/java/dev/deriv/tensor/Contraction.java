package dev.deriv.tensor;

import java.util.List;

/**
 * The one contraction node: a chain of matrix products {@code F1*F2*...*Fk} of
 * factors that may be transposed, or, with {@code trace}, the cycle
 * {@code tr(F1*...*Fk)}. In index notation each is an einsum where every index is
 * shared by exactly two slots: matrix products, transposes ({@code A'} is a chain
 * of one transposed factor), traces, dot products ({@code u'*v}) and outer
 * products ({@code u*v'}). A vector is a column in a chain, a transposed vector
 * a row. Diagonals and elementwise products, where an index is shared by three
 * slots, are {@link Apply} ({@code diag}) and {@link Elementwise} nodes.
 */
public record Contraction(List<Factor> factors, boolean trace, Shape shape) implements TNode {
    /** A factor of the chain, transposed or not. */
    public record Factor(TNode node, boolean transposed) {
        public Dim rows() { return transposed ? node.shape().cols() : node.shape().rows(); }

        public Dim cols() { return transposed ? node.shape().rows() : node.shape().cols(); }

        public Factor flipped() { return new Factor(node, !transposed); }
    }

    public Contraction {
        factors = List.copyOf(factors);
    }

    @Override public <R> R accept(TVisitor<R> v) { return v.contraction(this); }
    @Override public List<TNode> children() { return factors.stream().map(Factor::node).toList(); }
}
