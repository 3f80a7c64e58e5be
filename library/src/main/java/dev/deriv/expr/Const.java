package dev.deriv.expr;

import java.util.List;

/** A named mathematical constant: {@code pi} or {@code e}. */
public final class Const implements Node {
    public enum Kind {
        PI("pi", Math.PI), E("e", Math.E);

        public final String symbol;
        public final double value;

        Kind(String symbol, double value) {
            this.symbol = symbol;
            this.value = value;
        }
    }

    private final Kind kind;

    Const(Kind kind) { this.kind = kind; }

    public Kind kind() { return kind; }
    public double value() { return kind.value; }

    @Override public List<Node> children() { return List.of(); }
    @Override public long treeSize() { return 1; }
    @Override public boolean dependsOn(Var v) { return false; }

    @Override public <R> R accept(NodeVisitor<R> v) { return v.constant(this); }
    @Override public boolean equals(Object o) { return o instanceof Const c && c.kind == kind; }
    @Override public int hashCode() { return kind.hashCode(); }
    @Override public String toString() { return kind.symbol; }
}
