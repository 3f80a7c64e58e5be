package dev.deriv.expr;

import java.util.Comparator;
import java.util.List;

/**
 * The deterministic total order of canonical forms.
 * <ul>
 *   <li>{@link #FACTORS}: factors sort by base, then exponent, so {@code x*y^2*sin(x)}
 *       reads as written: numbers, constants, variables (by name), calls (by name), products, sums.</li>
 *   <li>{@link #TERMS}: terms of a sum sort by polynomial degree, highest first, then by
 *       the factor order of what remains without the coefficient: {@code 4*x^3 - 10*x + 1}.</li>
 * </ul>
 */
public final class Order {
    private Order() {}

    public static final Comparator<Node> FACTORS = Order::compare;

    public static final Comparator<Node> TERMS = (a, b) -> {
        if (a == b) return 0;
        return SortKey.of(a).compareTo(SortKey.of(b));
    };

    /** Sorts the terms of a sum, computing each term's key once rather than at every comparison. */
    static void sortTerms(List<Node> terms) {
        if (terms.size() < 2) return;
        SortKey[] keys = new SortKey[terms.size()];
        for (int i = 0; i < keys.length; i++) keys[i] = SortKey.of(terms.get(i));
        java.util.Arrays.sort(keys);
        for (int i = 0; i < keys.length; i++) terms.set(i, keys[i].term);
    }

    /** What terms sort by: degree (highest first), the rest without its coefficient, the coefficient. */
    private static final class SortKey implements Comparable<SortKey> {
        final Node term;
        final Rational degree;
        final Node rest;

        private SortKey(Node term) {
            this.term = term;
            this.degree = degree(term);
            this.rest = Nodes.withoutCoefficient(term);
        }

        static SortKey of(Node term) { return new SortKey(term); }

        @Override
        public int compareTo(SortKey o) {
            int c = o.degree.compareTo(degree);
            if (c != 0) return c;
            c = compare(rest, o.rest);
            if (c != 0) return c;
            return Nodes.coefficientOf(term).compareTo(Nodes.coefficientOf(o.term));
        }
    }

    /** Degree of a term in its variables: 2 for {@code 3*x*y}, 3/2 for {@code x^(3/2)}, 0 for {@code sin(x)}. */
    static Rational degree(Node term) {
        if (term instanceof Mul m) {
            Rational d = Rational.ZERO;
            for (Node f : m.factors()) d = d.add(degreeOfFactor(f));
            return d;
        }
        return degreeOfFactor(term);
    }

    private static Rational degreeOfFactor(Node f) {
        if (f instanceof Var) return Rational.ONE;
        if (f instanceof Pow p && p.base() instanceof Var && p.exponent() instanceof Num n) return n.value();
        return Rational.ZERO;
    }

    private static int rank(Node n) {
        if (n instanceof Num) return 0;
        if (n instanceof Const) return 1;
        if (n instanceof Var) return 2;
        if (n instanceof Call) return 3;
        if (n instanceof Pow) return 4;
        if (n instanceof Mul) return 5;
        return 6;
    }

    public static int compare(Node a, Node b) {
        if (a == b) return 0;
        Node baseA = a instanceof Pow p ? p.base() : a;
        Node baseB = b instanceof Pow p ? p.base() : b;
        if (baseA != a || baseB != b) {
            int c = compare(baseA, baseB);
            if (c != 0) return c;
            Node expA = a instanceof Pow p ? p.exponent() : Nodes.ONE;
            Node expB = b instanceof Pow p ? p.exponent() : Nodes.ONE;
            c = compare(expA, expB);
            if (c != 0) return c;
            return Integer.compare(rank(a), rank(b));
        }
        int c = Integer.compare(rank(a), rank(b));
        if (c != 0) return c;
        if (a instanceof Num x) return x.value().compareTo(((Num) b).value());
        if (a instanceof Const x) return x.kind().compareTo(((Const) b).kind());
        if (a instanceof Var x) return x.name().compareTo(((Var) b).name());
        if (a instanceof Call x) {
            int byName = x.name().compareTo(((Call) b).name());
            if (byName != 0) return byName;
        }
        return compareLists(a.children(), b.children());
    }

    private static int compareLists(List<Node> a, List<Node> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = compare(a.get(i), b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }
}
