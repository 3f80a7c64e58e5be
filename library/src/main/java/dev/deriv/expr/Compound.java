package dev.deriv.expr;

import java.util.List;

/** Shared state of the inner nodes: operands, a cached hash, size, depth and the set of variables. */
abstract class Compound {
    final List<Node> operands;
    final int hash;
    final long treeSize;
    final int depth;
    /** The variables that occur below, sorted and distinct (see {@link VariableSets}); often an operand's. */
    final Var[] variables;

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
        this.variables = VariableSets.union(this.operands);
    }

    static int depthOf(Node n) {
        return n instanceof Compound c ? c.depth : 0;
    }

    public List<Node> children() { return operands; }
    public int depth() { return depth; }
    public long treeSize() { return treeSize; }
    public boolean dependsOn(Var v) { return VariableSets.contains(variables, v); }
    @Override public int hashCode() { return hash; }

    boolean sameOperands(Compound o) {
        if (this == o) return true;
        if (hash != o.hash || depth != o.depth) return false;
        // equality recurses once per level: deep trees compare on a big stack, not the caller's
        if (depth >= DeepStack.SHALLOW_DEPTH) return DeepStack.callFor(depth, () -> operands.equals(o.operands));
        return operands.equals(o.operands);
    }
}
