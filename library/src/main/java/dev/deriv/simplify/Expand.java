package dev.deriv.simplify;

import dev.deriv.expr.Add;
import dev.deriv.expr.Limits;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Num;
import dev.deriv.expr.Pow;
import java.util.ArrayList;
import java.util.List;

/**
 * Multiplies out products of sums and small integer powers of sums
 * ({@code (x-1)*(x-2) = x^2 - 3*x + 2}); the canonical constructors then collect
 * like terms. Function arguments are left alone (they are simplified on their
 * own). Refuses (returns null) when the result would exceed {@link #MAX_TERMS} terms.
 */
final class Expand {
    private Expand() {}

    static final int MAX_TERMS = 120;

    /** The expanded form, or null when there is nothing to expand or it would be too large. */
    static Node expand(Node n) {
        if (!expandable(n)) return null;
        List<Node> terms = terms(n);
        return terms == null ? null : Nodes.add(terms);
    }

    private static boolean expandable(Node n) {
        if (n instanceof Add a) {
            for (Node t : a.terms()) if (expandable(t)) return true;
            return false;
        }
        if (n instanceof Mul m) {
            for (Node f : m.factors()) if (f instanceof Add || isPowerOfSum(f) || expandable(f)) return true;
            return false;
        }
        return isPowerOfSum(n);
    }

    private static boolean isPowerOfSum(Node n) {
        return n instanceof Pow p && p.base() instanceof Add && p.exponent() instanceof Num k
                && k.value().isInteger() && k.value().signum() > 0
                && k.value().compareTo(dev.deriv.expr.Rational.of(Limits.MAX_EXPAND_POWER)) <= 0;
    }

    /** The terms of the expanded form, or null when too many. */
    private static List<Node> terms(Node n) {
        if (n instanceof Add a) {
            List<Node> out = new ArrayList<>();
            for (Node t : a.terms()) {
                List<Node> ts = terms(t);
                if (ts == null || out.size() + ts.size() > MAX_TERMS) return null;
                out.addAll(ts);
            }
            return out;
        }
        if (n instanceof Mul m) {
            List<Node> product = List.of(Nodes.ONE);
            for (Node f : m.factors()) {
                product = multiply(product, terms(f));
                if (product == null) return null;
            }
            return product;
        }
        if (isPowerOfSum(n)) {
            Pow p = (Pow) n;
            int k = ((Num) p.exponent()).value().intValueExact();
            List<Node> base = ((Add) p.base()).terms();
            List<Node> product = List.of(Nodes.ONE);
            for (int i = 0; i < k; i++) {
                product = multiply(product, base);
                if (product == null) return null;
            }
            return product;
        }
        return List.of(n);
    }

    /** Pairwise products, like terms collected, or null when too many. */
    private static List<Node> multiply(List<Node> a, List<Node> b) {
        if (a == null || b == null || (long) a.size() * b.size() > MAX_TERMS * 4L) return null;
        List<Node> out = new ArrayList<>(a.size() * b.size());
        for (Node x : a) for (Node y : b) out.add(Nodes.mul(x, y));
        Node sum = Nodes.add(out);
        List<Node> collected = sum instanceof Add s ? s.terms() : List.of(sum);
        return collected.size() > MAX_TERMS ? null : collected;
    }
}
