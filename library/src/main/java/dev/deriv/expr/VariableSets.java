package dev.deriv.expr;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The variables that occur in a node, as an immutable sorted array of distinct
 * {@link Var}s: its size is the node's own count of variables, whatever names
 * the process has seen before. A node whose operands' variables are all among
 * one operand's shares that operand's array, so a chain of nodes over the same
 * variables holds one array. The sort key (hash, then name) depends only on the
 * names, so membership tests are deterministic and mostly compare ints.
 * The arrays are never modified once built.
 */
final class VariableSets {
    private VariableSets() {}

    static final Var[] NONE = new Var[0];

    /** Below this size a linear scan beats a binary search. */
    private static final int SCAN_BELOW = 8;

    private static final Comparator<Var> BY_HASH_THEN_NAME = (a, b) -> {
        int c = Integer.compare(a.hashCode(), b.hashCode());
        return c != 0 ? c : a.name().compareTo(b.name());
    };

    static Var[] of(Node n) {
        if (n instanceof Var v) return v.asVariableSet();
        if (n instanceof Compound c) return c.variables;
        return NONE;
    }

    /** Whether the sorted set contains {@code v}: the hot "does this subtree depend on x" test. */
    static boolean contains(Var[] set, Var v) {
        if (set.length < SCAN_BELOW) {
            for (Var w : set) if (w.equals(v)) return true;
            return false;
        }
        return Arrays.binarySearch(set, v, BY_HASH_THEN_NAME) >= 0;
    }

    /** The union of the operands' sets; one of theirs when it holds all the others (the usual case). */
    static Var[] union(List<Node> operands) {
        Var[] widest = NONE;
        for (Node n : operands) {
            Var[] s = of(n);
            if (s.length > widest.length) widest = s;
        }
        if (widest.length == 0) return NONE;
        int total = 0;
        boolean covered = true;
        for (Node n : operands) {
            Var[] s = of(n);
            total += s.length;
            if (covered && s != widest && !containsAll(widest, s)) covered = false;
        }
        if (covered) return widest;
        return sortedDistinct(operands, total);
    }

    private static boolean containsAll(Var[] set, Var[] subset) {
        for (Var v : subset) if (!contains(set, v)) return false;
        return true;
    }

    private static Var[] sortedDistinct(List<Node> operands, int total) {
        Var[] all = new Var[total];
        int k = 0;
        for (Node n : operands) {
            Var[] s = of(n);
            System.arraycopy(s, 0, all, k, s.length);
            k += s.length;
        }
        Arrays.sort(all, BY_HASH_THEN_NAME);
        int distinct = 0;
        for (Var v : all) if (distinct == 0 || !all[distinct - 1].equals(v)) all[distinct++] = v;
        return distinct == all.length ? all : Arrays.copyOf(all, distinct);
    }
}
