package dev.deriv.expr;

import java.util.List;

/** Shared state of the inner nodes: operands, a cached hash, size and variable set. */
abstract class Compound {
    final List<Node> operands;
    final int hash;
    final long treeSize;
    final int depth;
    private final java.util.Set<Var> variables;

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
        this.variables = collectVariables(this.operands);
    }

    private static java.util.Set<Var> collectVariables(List<Node> operands) {
        java.util.Set<Var> only = null;
        java.util.HashSet<Var> union = null;
        for (Node n : operands) {
            java.util.Set<Var> vs = variablesOf(n);
            if (vs.isEmpty()) continue;
            if (only == null) {
                only = vs;
            } else if (union == null) {
                if (only.containsAll(vs)) continue;
                if (vs.containsAll(only)) { only = vs; continue; }
                union = new java.util.HashSet<>(only);
                union.addAll(vs);
            } else {
                union.addAll(vs);
            }
        }
        if (union != null) return java.util.Set.copyOf(union);
        return only == null ? java.util.Set.of() : only;
    }

    static java.util.Set<Var> variablesOf(Node n) {
        if (n instanceof Var v) return java.util.Set.of(v);
        if (n instanceof Compound c) return c.variables;
        return java.util.Set.of();
    }

    static int depthOf(Node n) {
        return n instanceof Compound c ? c.depth : 0;
    }

    public List<Node> children() { return operands; }
    public int depth() { return depth; }
    public long treeSize() { return treeSize; }
    public boolean dependsOn(Var v) { return variables.contains(v); }
    public java.util.Set<Var> variables() { return variables; }
    @Override public int hashCode() { return hash; }

    boolean sameOperands(Compound o) {
        if (this == o) return true;
        if (hash != o.hash || depth != o.depth) return false;
        // equality recurses once per level: deep trees compare on a big stack, not the caller's
        if (depth >= DeepStack.SHALLOW_DEPTH) return DeepStack.callFor(depth, () -> operands.equals(o.operands));
        return operands.equals(o.operands);
    }
}
