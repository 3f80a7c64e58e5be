package dev.deriv.tensor;

import java.util.List;

/**
 * An immutable node of the shaped IR that sits beside the scalar nodes of
 * {@code dev.deriv.expr}. Nodes are records, equal when their structure is equal,
 * and are built only through {@link T}, whose constructors check shapes and keep
 * the canonical form (transposes at the leaves, flat products, like terms
 * collected, fused elementwise maps). Scalar arithmetic inside an elementwise map
 * stays a scalar {@code dev.deriv.expr.Node}, so its derivative comes from the
 * rule table and it is simplified by the scalar simplifier.
 */
public sealed interface TNode permits TVar, Scalar, Eye, Fill, Linear, Contraction, Elementwise, Apply {

    Shape shape();

    /** Calls the method of {@code visitor} for this node's kind (the one way to choose among kinds). */
    <R> R accept(TVisitor<R> visitor);

    /** The tensor operands. */
    List<TNode> children();
}
