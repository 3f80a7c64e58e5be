package dev.deriv.tensor;

import java.util.List;

/** A tensor function of one tensor: {@code sum(x)}, {@code norm(x)}, {@code inv(A)}, {@code softmax(z)}. */
public record Apply(Op op, TNode arg, Shape shape) implements TNode {
    @Override public <R> R accept(TVisitor<R> v) { return v.apply(this); }
    @Override public List<TNode> children() { return List.of(arg); }
}
