package dev.deriv.tensor;

import dev.deriv.expr.Node;
import dev.deriv.expr.Var;
import java.util.List;

/**
 * A scalar expression applied entry by entry: {@code body} is a scalar node over
 * {@code params}, each bound to the tensor of the same position in {@code args}
 * (all of one shape, or scalars, which broadcast). {@code tanh(W*x + b)},
 * {@code y .* (X*w)} and {@code x/norm(x)} are elementwise maps; their derivatives
 * are the derivatives of the body, taken by the scalar engine from the rule table.
 */
public record Elementwise(List<Var> params, Node body, List<TNode> args, Shape shape) implements TNode {
    public Elementwise {
        params = List.copyOf(params);
        args = List.copyOf(args);
    }

    @Override public <R> R accept(TVisitor<R> v) { return v.elementwise(this); }
    @Override public List<TNode> children() { return args; }
}
