package dev.deriv.testing;

import dev.deriv.expr.Add;
import dev.deriv.expr.Call;
import dev.deriv.expr.Const;
import dev.deriv.expr.DeepStack;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Num;
import dev.deriv.expr.Order;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Var;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The invariants of canonical form, checked on every node of an expression, for
 * tests of anything that builds expressions (parser, differentiation, simplifier):
 * <ul>
 *   <li>rebuilding a node through {@link Nodes} from its own operands gives it back (idempotence);</li>
 *   <li>sums and products are flat, have at least two operands, in {@link Order} order,
 *       at most one number (last in a sum, first in a product, never 0 or 1 there);</li>
 *   <li>no two terms of a sum differ only by their coefficient, no two factors of a product share a base;</li>
 *   <li>a number times a lone sum is distributed; powers have exponents other than 0 and 1.</li>
 * </ul>
 * {@link #violation(Node)} names the first broken invariant, or returns null.
 */
public final class CanonicalChecks {
    private CanonicalChecks() {}

    /** Throws an AssertionError naming the first broken invariant. */
    public static void assertCanonical(Node n) {
        String v = violation(n);
        if (v != null) throw new AssertionError(v);
    }

    /** The first broken invariant of {@code n} or one of its subexpressions, or null when canonical. */
    public static String violation(Node n) {
        return DeepStack.callFor(n.depth(), () -> check(n, new IdentityHashMap<>()));
    }

    private static String check(Node n, Map<Node, Boolean> seen) {
        if (seen.put(n, Boolean.TRUE) != null) return null;
        for (Node c : n.children()) {
            String v = check(c, seen);
            if (v != null) return v;
        }
        String v = local(n);
        if (v != null) return v + ": " + n;
        return null;
    }

    private static String local(Node n) {
        if (n instanceof Num || n instanceof Var || n instanceof Const) return null;
        Node again;
        try {
            again = Nodes.rebuild(n, new ArrayList<>(n.children()));
        } catch (RuntimeException e) {
            return "rebuilding throws " + e;
        }
        if (!again.equals(n)) return "not idempotent: rebuilt as " + again;
        if (n instanceof Add a) return sum(a.terms());
        if (n instanceof Mul m) return product(m.factors());
        if (n instanceof Pow p) {
            if (p.exponent().isZero() || p.exponent().isOne()) return "power with exponent 0 or 1";
            if (p.base().isOne()) return "power of 1";
            return null;
        }
        if (n instanceof Call c && c.args().isEmpty()) return "call without argument";
        return null;
    }

    private static String sum(List<Node> terms) {
        if (terms.size() < 2) return "sum of fewer than two terms";
        Set<Node> rests = new HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            Node t = terms.get(i);
            if (t instanceof Add) return "nested sum";
            if (t.isZero()) return "zero term";
            if (t instanceof Num && i != terms.size() - 1) return "number not last in a sum";
            if (!(t instanceof Num) && !rests.add(Nodes.withoutCoefficient(t))) return "like terms not collected";
            if (i > 0 && !(t instanceof Num) && Order.TERMS.compare(terms.get(i - 1), t) >= 0) {
                return "terms out of order";
            }
        }
        return null;
    }

    private static String product(List<Node> factors) {
        if (factors.size() < 2) return "product of fewer than two factors";
        Set<Node> bases = new HashSet<>();
        for (int i = 0; i < factors.size(); i++) {
            Node f = factors.get(i);
            if (f instanceof Mul) return "nested product";
            if (f instanceof Num k) {
                if (i != 0) return "number not first in a product";
                if (k.isOne() || k.isZero()) return "coefficient 0 or 1";
                if (factors.size() == 2 && factors.get(1) instanceof Add) return "number times a sum not distributed";
                continue;
            }
            Node base = f instanceof Pow p ? p.base() : f;
            if (!bases.add(base)) return "two factors with the base " + base;
            if (i > 0 && !(factors.get(i - 1) instanceof Num) && Order.FACTORS.compare(factors.get(i - 1), f) >= 0) {
                return "factors out of order";
            }
        }
        return null;
    }
}
