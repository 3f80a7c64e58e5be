package dev.deriv.tensor;

import java.util.List;
import java.util.Set;

/** A declared tensor variable: {@code x} of shape {@code n}, {@code A} of shape {@code m×n}, maybe symmetric. */
public record TVar(String name, Shape shape, Set<Property> properties) implements TNode {
    public TVar {
        properties = Set.copyOf(properties);
        if (!properties.isEmpty() && !(shape.isMatrix() && shape.rows().equals(shape.cols()))) {
            throw new ShapeException(name + " (" + shape + ") is declared " + properties.iterator().next().spelled()
                    + " but is not a square matrix");
        }
    }

    public boolean symmetric() { return Property.symmetric(properties); }

    @Override public <R> R accept(TVisitor<R> v) { return v.var(this); }
    @Override public List<TNode> children() { return List.of(); }
}
