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

    private static int rank(Node n) { return n.accept(RANK); }

    /** The order of kinds among the factors and terms of a canonical product or sum. */
    private static final NodeVisitor<Integer> RANK = new NodeVisitor<>() {
        @Override public Integer num(Num n) { return 0; }
        @Override public Integer constant(Const c) { return 1; }
        @Override public Integer var(Var v) { return 2; }
        @Override public Integer call(Call c) { return 3; }
        @Override public Integer pow(Pow p) { return 4; }
        @Override public Integer mul(Mul m) { return 5; }
        @Override public Integer add(Add a) { return 6; }
    };

    /**
     * What orders two nodes of one kind before their operands do: a number's value, a
     * constant's kind, a name; none (null) for sums, products and powers. Every key is a
     * field of the node, so that comparing allocates nothing.
     */
    private static final NodeVisitor<Comparable<?>> OWN_KEY = new NodeVisitor<>() {
        @Override public Comparable<?> num(Num n) { return n.value(); }
        @Override public Comparable<?> constant(Const c) { return c.kind(); }
        @Override public Comparable<?> var(Var v) { return v.name(); }
        @Override public Comparable<?> call(Call c) { return c.name(); }
        @Override public Comparable<?> pow(Pow p) { return null; }
        @Override public Comparable<?> mul(Mul m) { return null; }
        @Override public Comparable<?> add(Add a) { return null; }
    };

    /** Compares the own keys of two nodes of one kind (see {@link #OWN_KEY}). */
    @SuppressWarnings("unchecked")
    private static int compareOwnKeys(Node a, Node b) {
        Comparable<Object> keyA = (Comparable<Object>) a.accept(OWN_KEY);
        return keyA == null ? 0 : keyA.compareTo(b.accept(OWN_KEY));
    }

    public static int compare(Node a, Node b) {
        if (a == b) return 0;
        if (a.depth() >= ComparisonCache.MIN_DEPTH && b.depth() >= ComparisonCache.MIN_DEPTH) {
            ComparisonCache cache = Deadline.comparisons();
            if (cache != null) return cache.compare(a, b);
        }
        return compareUncached(a, b);
    }

    /** {@link #compare} without the request's {@link ComparisonCache} on the way in (it calls back here). */
    static int compareUncached(Node a, Node b) {
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
        c = compareOwnKeys(a, b);
        if (c != 0) return c;
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
