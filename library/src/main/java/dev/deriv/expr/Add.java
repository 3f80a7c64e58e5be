package dev.deriv.expr;

import java.util.List;

/** A sum of two or more terms, in canonical order; at most one term is a number, and it comes last. */
public final class Add extends Compound implements Node {
    Add(List<Node> terms) { super(0x4add, terms); }

    public List<Node> terms() { return operands; }

    @Override public <R> R accept(NodeVisitor<R> v) { return v.add(this); }
    @Override public boolean equals(Object o) { return o instanceof Add a && sameOperands(a); }
    @Override public String toString() { return "Add" + operands; }
}
