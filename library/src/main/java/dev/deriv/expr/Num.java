package dev.deriv.expr;

import java.util.List;

/** An exact rational constant. */
public final class Num implements Node {
    private final Rational value;

    Num(Rational value) { this.value = value; }

    public Rational value() { return value; }

    @Override public List<Node> children() { return List.of(); }
    @Override public long treeSize() { return 1; }
    @Override public boolean dependsOn(Var v) { return false; }

    @Override public <R> R accept(NodeVisitor<R> v) { return v.num(this); }
    @Override public boolean equals(Object o) { return o instanceof Num n && value.equals(n.value); }
    @Override public int hashCode() { return value.hashCode(); }
    @Override public String toString() { return value.toString(); }
}
