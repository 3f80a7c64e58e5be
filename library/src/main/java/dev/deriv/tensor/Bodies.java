package dev.deriv.tensor;

import dev.deriv.diff.Differentiator;
import dev.deriv.expr.Node;
import dev.deriv.expr.Var;
import dev.deriv.simplify.Simplifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Partial derivatives of the scalar bodies of elementwise maps, taken by the
 * scalar engine (its rule table, so {@code tanh}, {@code sigmoid} and every other
 * function are differentiated as they are for scalars) and simplified by the
 * scalar simplifier within its budget. Remembered per body and parameter.
 */
final class Bodies {
    private final Differentiator differentiator;
    private final Simplifier simplifier;
    private final Map<List<Node>, Node> memo = new HashMap<>();

    Bodies(Differentiator differentiator, Simplifier simplifier) {
        this.differentiator = differentiator;
        this.simplifier = simplifier;
    }

    Node partial(Node body, Var p) {
        return memo.computeIfAbsent(List.of(body, p), k -> simplifier.simplify(differentiator.derivative(body, p)).node());
    }
}
