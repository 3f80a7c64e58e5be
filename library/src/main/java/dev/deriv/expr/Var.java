package dev.deriv.expr;

import java.util.List;

/** A variable, named as the user wrote it. */
public final class Var implements Node {
    /** Every variable name seen gets a number, so that a node's variables are a bit set. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Integer> NUMBERS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();

    private final String name;
    private final int hash;
    private final int index;
    private final long[] bits;

    Var(String name) {
        this.name = name;
        this.hash = 0x5f3 ^ name.hashCode();
        this.index = NUMBERS.computeIfAbsent(name, k -> NEXT.getAndIncrement());
        this.bits = new long[(index >> 6) + 1];
        this.bits[index >> 6] = 1L << index;
    }

    public String name() { return name; }

    int index() { return index; }

    long[] bits() { return bits; }

    @Override public List<Node> children() { return List.of(); }
    @Override public long treeSize() { return 1; }
    @Override public boolean dependsOn(Var v) { return equals(v); }

    @Override public boolean equals(Object o) { return o == this || o instanceof Var v && name.equals(v.name); }
    @Override public int hashCode() { return hash; }
    @Override public String toString() { return name; }
}
