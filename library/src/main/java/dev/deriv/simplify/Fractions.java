package dev.deriv.simplify;

import dev.deriv.expr.Add;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Num;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Rational;
import dev.deriv.expr.Var;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rational-function forms: a sum of fractions over one common denominator
 * ({@link #together}), and a fraction with the polynomial GCD of numerator and
 * denominator cancelled ({@link #cancel}).
 */
final class Fractions {
    private Fractions() {}

    /** {@code a/b + c/d = (a*d + c*b)/(b*d)} with the least common denominator, or null when no term has one. */
    static Node together(Add sum) {
        Map<Node, Rational> denominator = new LinkedHashMap<>();
        for (Node t : sum.terms()) {
            for (Node f : Factor.factors(t)) {
                if (f instanceof Pow p && p.exponent() instanceof Num e && e.value().signum() < 0) {
                    denominator.merge(p.base(), e.value().negate(), (x, y) -> x.compareTo(y) >= 0 ? x : y);
                }
            }
        }
        if (denominator.isEmpty()) return null;
        List<Node> dFactors = new ArrayList<>();
        denominator.forEach((b, e) -> dFactors.add(Nodes.pow(b, Nodes.num(e))));
        Node d = Nodes.mul(dFactors);
        List<Node> scaled = new ArrayList<>();
        for (Node t : sum.terms()) scaled.add(Nodes.mul(t, d));
        Node numerator = Nodes.add(scaled);
        Node expanded = Expand.expand(numerator);
        if (expanded != null) numerator = expanded;
        return Nodes.mul(numerator, Nodes.pow(d, Nodes.MINUS_ONE));
    }

    /**
     * A product with each sum among its factors put over a common denominator, so
     * that denominators can cancel across factors:
     * {@code x^-2*(x^-2 + 1)^-1 = x^-2*(x^2/(x^2 + 1)) = 1/(x^2 + 1)}. Null when no factor has a fraction.
     */
    static Node togetherFactors(Mul m) {
        List<Node> factors = new ArrayList<>();
        boolean changed = false;
        for (Node f : m.factors()) {
            Node base = Factor.base(f);
            Node combined = base instanceof Add a ? together(a) : null;
            if (combined != null && Factor.exponent(f) instanceof Num e && e.value().isInteger()) {
                factors.add(Nodes.pow(combined, e));
                changed = true;
            } else {
                factors.add(f);
            }
        }
        return changed ? Nodes.mul(factors) : null;
    }

    /**
     * A product with the numeric content of each sum among its factors taken out:
     * {@code 2*sqrt(1 - x^2/4) = 2*(1/4)^(1/2)*sqrt(4 - x^2) = sqrt(4 - x^2)}. The
     * content is positive, so any power of it is real. Null when no sum has content.
     */
    static Node extractContent(Mul m) {
        List<Node> factors = new ArrayList<>();
        boolean changed = false;
        for (Node f : m.factors()) {
            if (Factor.base(f) instanceof Add a && Factor.exponent(f) instanceof Num e) {
                Node content = Factor.commonFactor(a.terms());
                if (content instanceof Num c && c.value().signum() > 0) {
                    Node primitive = Nodes.mul(Nodes.num(c.value().reciprocal()), a);
                    factors.add(Nodes.pow(c, e));
                    factors.add(Nodes.pow(primitive, e));
                    changed = true;
                    continue;
                }
            }
            factors.add(f);
        }
        return changed ? Nodes.mul(factors) : null;
    }

    /** The fraction with common polynomial factors of numerator and denominator cancelled, or null. */
    static Node cancel(Mul m) {
        List<Node> numerator = new ArrayList<>();
        List<Node[]> denominator = new ArrayList<>(); // {base, positive integer exponent}
        for (Node f : m.factors()) {
            if (f instanceof Pow p && p.exponent() instanceof Num e && e.value().signum() < 0 && e.value().isInteger()
                    && p.base() instanceof Add) {
                denominator.add(new Node[] {p.base(), Nodes.num(e.value().negate())});
            } else {
                numerator.add(f);
            }
        }
        if (denominator.isEmpty()) return null;
        Node top = Nodes.mul(numerator);
        Node expandedTop = Expand.expand(top);
        if (expandedTop != null) top = expandedTop;
        boolean changed = false;
        List<Node> rest = new ArrayList<>();
        for (Node[] d : denominator) {
            Node base = d[0];
            int k = ((Num) d[1]).value().intValueExact();
            Var g = singleVariable(base, top);
            while (g != null && k > 0) {
                Poly pt = Poly.of(top, g);
                Poly pb = Poly.of(base, g);
                if (pt == null || pb == null || pt.isZero()) break;
                Poly common = Poly.gcd(pt, pb);
                if (common.degree() < 1) break;
                top = pt.divide(common)[0].toNode(g);
                Node reduced = pb.divide(common)[0].toNode(g);
                rest.add(Nodes.pow(reduced, Nodes.MINUS_ONE));
                k--;
                changed = true;
                if (!reduced.isOne()) break;
            }
            if (k > 0) rest.add(Nodes.pow(base, Nodes.num(-k)));
        }
        if (!changed) return null;
        rest.add(top);
        return Nodes.mul(rest);
    }

    /** The one variable both expressions are polynomials in, or null. */
    private static Var singleVariable(Node a, Node b) {
        Set<Var> vs = Nodes.variables(a);
        if (vs.size() != 1) return null;
        Var g = vs.iterator().next();
        Set<Var> vb = Nodes.variables(b);
        return vb.isEmpty() || vb.equals(vs) ? g : null;
    }
}
