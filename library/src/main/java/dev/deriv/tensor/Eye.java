package dev.deriv.tensor;

import java.util.List;

/** The identity matrix {@code eye(n)}: the δ of index notation. */
public record Eye(Dim n) implements TNode {
    @Override public Shape shape() { return Shape.matrix(n, n); }
    @Override public <R> R accept(TVisitor<R> v) { return v.eye(this); }
    @Override public List<TNode> children() { return List.of(); }
}
