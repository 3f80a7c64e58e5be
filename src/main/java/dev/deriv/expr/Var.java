package dev.deriv.expr;

import java.util.List;

/** A variable, named as the user wrote it. */
public final class Var implements Node {
    private final String name;
    private final int hash;

    Var(String name) {
        this.name = name;
        this.hash = 0x5f3 ^ name.hashCode();
    }

    public String name() { return name; }

    @Override public List<Node> children() { return List.of(); }
    @Override public long treeSize() { return 1; }
    @Override public boolean dependsOn(Var v) { return equals(v); }

    @Override public boolean equals(Object o) { return o == this || o instanceof Var v && name.equals(v.name); }
    @Override public int hashCode() { return hash; }
    @Override public String toString() { return name; }
}
