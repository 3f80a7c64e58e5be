package dev.deriv.expr;

import java.util.List;

/** Shared state of the inner nodes: operands, a cached hash, size, depth and the set of variables. */
abstract class Compound {
    final List<Node> operands;
    final int hash;
    final long treeSize;
    final int depth;
    private final long[] variables; // bit i set: the variable numbered i occurs (see Var.index)

    Compound(int salt, List<Node> operands) {
        Deadline.check(); // every rewriting and differentiating loop builds nodes: time budgets are watched here
        this.operands = List.copyOf(operands);
        int h = salt;
        long size = 1;
        int deepest = 0;
        for (Node n : this.operands) {
            h = 31 * h + n.hashCode();
            size = Math.min(Long.MAX_VALUE / 2, size + n.treeSize());
            deepest = Math.max(deepest, depthOf(n));
        }
        this.hash = h;
        this.treeSize = size;
        this.depth = deepest + 1;
        this.variables = unionOfVariables(this.operands);
    }

    private static final long[] NONE = new long[0];

    /** The union of the operands' variable sets: a bitwise or, cheap enough to keep for every node. */
    private static long[] unionOfVariables(List<Node> operands) {
        long[] widest = NONE;
        for (Node n : operands) {
            long[] bits = variableBits(n);
            if (bits.length == 0) continue;
            if (widest.length == 0) {
                widest = bits;
                continue;
            }
            if (covers(widest, bits)) continue;
            if (covers(bits, widest)) {
                widest = bits;
                continue;
            }
            long[] union = java.util.Arrays.copyOf(widest, Math.max(widest.length, bits.length));
            for (int i = 0; i < bits.length; i++) union[i] |= bits[i];
            widest = union;
        }
        return widest;
    }

    private static boolean covers(long[] a, long[] b) {
        if (b.length > a.length) return false;
        for (int i = 0; i < b.length; i++) if ((a[i] | b[i]) != a[i]) return false;
        return true;
    }

    static long[] variableBits(Node n) {
        if (n instanceof Var v) return v.bits();
        if (n instanceof Compound c) return c.variables;
        return NONE;
    }

    static int depthOf(Node n) {
        return n instanceof Compound c ? c.depth : 0;
    }

    public List<Node> children() { return operands; }
    public int depth() { return depth; }
    public long treeSize() { return treeSize; }
    public boolean dependsOn(Var v) {
        int i = v.index();
        return (i >> 6) < variables.length && (variables[i >> 6] & (1L << i)) != 0;
    }
    @Override public int hashCode() { return hash; }

    boolean sameOperands(Compound o) {
        if (this == o) return true;
        if (hash != o.hash || depth != o.depth) return false;
        // equality recurses once per level: deep trees compare on a big stack, not the caller's
        if (depth >= DeepStack.SHALLOW_DEPTH) return DeepStack.callFor(depth, () -> operands.equals(o.operands));
        return operands.equals(o.operands);
    }
}
