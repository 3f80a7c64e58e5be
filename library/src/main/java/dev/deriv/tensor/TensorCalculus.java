package dev.deriv.tensor;

import dev.deriv.MathException;
import dev.deriv.diff.Differentiator;
import dev.deriv.expr.Function;
import dev.deriv.rules.RuleBook;
import dev.deriv.simplify.Simplifier;
import java.util.Map;

/**
 * Derivatives of tensor expressions, with the layouts fixed: the gradient of a
 * scalar has the shape of the variable; the Jacobian of a vector expression (m)
 * with respect to a vector (n) is m×n ({@code A} for {@code A*x}), and its
 * gradient is the transpose, n×m ({@code A'}, the course's ∇ₓ Ax = Aᵀ); the
 * Hessian is the Jacobian of the gradient.
 */
public final class TensorCalculus {
    private final RuleBook book;
    private final Bodies bodies;

    public TensorCalculus(RuleBook book) {
        this.book = book;
        this.bodies = new Bodies(new Differentiator(book), new Simplifier(book));
    }

    /** A function of the rule book ({@code sigmoid}, {@code softplus}, the built-ins), to map entry by entry. */
    public Function function(String name) {
        return book.functions().lookup(name).orElseThrow(() -> new IllegalArgumentException("no function '" + name + "'"));
    }

    /** ∇ₓ f for a scalar f: a tensor of x's shape. */
    public TNode gradient(TNode f, TVar x) { return new ReverseSweep(bodies, x).gradient(f); }

    /** The m×n Jacobian of a vector f (m) with respect to a vector x (n). */
    public TNode jacobian(TNode f, TVar x) { return new Jacobian(bodies, x).of(f); }

    /** ∇ₓ f for a vector f: the n×m transpose of the Jacobian. */
    public TNode vectorGradient(TNode f, TVar x) { return T.transpose(jacobian(f, x)); }

    /** The n×n Hessian of a scalar f with respect to a vector x: the Jacobian of the gradient. */
    public TNode hessian(TNode f, TVar x) { return jacobian(gradient(f, x), x); }

    /**
     * The gradient at a point, or a MathException that says why it does not exist
     * there: {@code norm(x)} has no derivative where x = 0.
     */
    public TensorValue gradientAt(TNode f, TVar x, Map<String, TensorValue> values) {
        requireDifferentiable(f, values);
        return TensorInterpreter.eval(gradient(f, x), values, f);
    }

    /** Throws when f contains a norm whose argument is zero at the point (a kink, like abs at 0). */
    public static void requireDifferentiable(TNode f, Map<String, TensorValue> values) {
        walk(f, new java.util.HashSet<>(), values);
    }

    private static void walk(TNode n, java.util.Set<TNode> seen, Map<String, TensorValue> values) {
        if (!seen.add(n)) return;
        for (TNode c : n.children()) walk(c, seen, values);
        if (n instanceof Apply a && (a.op() == Op.NORM2 || a.op() == Op.FROBENIUS)) {
            TensorValue v = TensorInterpreter.eval(a.arg(), values);
            boolean zero = true;
            for (double d : v.data()) zero &= d == 0;
            if (zero) {
                String u = Printer.infix(a.arg());
                String norm = a.op().spelled + "(" + u + ")";
                throw new MathException(norm + " is not differentiable where " + u
                        + " = 0: the norm has a kink there (its gradient " + u + "/" + norm + " divides by zero)");
            }
        }
    }
}
