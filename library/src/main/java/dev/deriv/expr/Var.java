package dev.deriv.expr;

import java.util.List;

/**
 * A variable, named as the user wrote it. Variables are equal by name; nothing
 * global numbers or keeps them, so a process that sees ever new names (a server,
 * a Spark executor) holds only the variables of the expressions still alive.
 */
public final class Var implements Node {
    private final String name;
    private final int hash;
    /** This variable as a one-element variable set, shared by every node whose only variable it is. */
    private final Var[] alone;

    Var(String name) {
        this.name = name;
        this.hash = 0x5f3 ^ name.hashCode();
        this.alone = new Var[] {this};
    }

    public String name() { return name; }

    Var[] asVariableSet() { return alone; }

    @Override public List<Node> children() { return List.of(); }
    @Override public long treeSize() { return 1; }
    @Override public boolean dependsOn(Var v) { return equals(v); }

    @Override public <R> R accept(NodeVisitor<R> v) { return v.var(this); }
    @Override public boolean equals(Object o) {
        return o == this || o instanceof Var v && hash == v.hash && name.equals(v.name);
    }
    @Override public int hashCode() { return hash; }
    @Override public String toString() { return name; }
}
