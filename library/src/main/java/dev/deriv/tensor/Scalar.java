package dev.deriv.tensor;

import dev.deriv.expr.Node;
import java.util.List;

/** A scalar expression of the scalar engine (a number, a scalar variable, {@code 2*c}) used as a tensor of shape []. */
public record Scalar(Node value) implements TNode {
    @Override public Shape shape() { return Shape.SCALAR; }
    @Override public <R> R accept(TVisitor<R> v) { return v.scalar(this); }
    @Override public List<TNode> children() { return List.of(); }
}
