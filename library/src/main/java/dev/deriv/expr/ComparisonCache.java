package dev.deriv.expr;

/**
 * Remembered results of {@link Order#compare} on deep nodes, for one request.
 *
 * <p>Comparing two unequal deep nodes walks down them until they differ: two
 * towers {@code x^x^...^x} of 2,999 and 3,000 levels compare in 2,999 steps. The
 * derivatives of such nodes are sums whose terms hold many of them, sorted again
 * each time a sum is built, so the same pairs are compared over and over (the
 * Hessian of a 1,000-level tower spent 14 s of CPU here, of 3,000 levels minutes).
 * Nodes are immutable, so a pair's result never changes: a small direct-mapped
 * table keyed by the two nodes' identities answers repeats in one step, and each
 * walk stops at the first pair it has seen before. The canonical order is the same
 * with or without it.
 *
 * <p>The table belongs to the outermost {@link Deadline} of the request, so it
 * holds nodes only while the request runs (a long-running process keeps nothing),
 * and it is never shared between threads running at once.
 */
final class ComparisonCache {
    /** Below this depth a walk is short: comparing directly is cheaper than hashing. */
    static final int MIN_DEPTH = 12;
    private static final int SLOTS = 1 << 14;

    private Node[] left;
    private Node[] right;
    private byte[] results;
    private long walks;

    int compare(Node a, Node b) {
        if (left == null) { // most requests never compare deep nodes: allocate on first use
            left = new Node[SLOTS];
            right = new Node[SLOTS];
            results = new byte[SLOTS];
        }
        int slot = (System.identityHashCode(a) * 31 + System.identityHashCode(b)) & (SLOTS - 1);
        if (left[slot] == a && right[slot] == b) return results[slot];
        walks++;
        int c = Integer.signum(Order.compareUncached(a, b));
        left[slot] = a;
        right[slot] = b;
        results[slot] = (byte) c;
        return c;
    }

    /** How many comparisons of deep pairs this request has walked rather than remembered (for tests). */
    long walks() { return walks; }
}
