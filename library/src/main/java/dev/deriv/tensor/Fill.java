package dev.deriv.tensor;

import dev.deriv.expr.Rational;
import java.util.List;

/** A tensor with every entry equal to one number: {@code ones(n)}, the zero matrix. */
public record Fill(Shape shape, Rational value) implements TNode {
    @Override public <R> R accept(TVisitor<R> v) { return v.fill(this); }
    @Override public List<TNode> children() { return List.of(); }
    public boolean isZero() { return value.isZero(); }
}
