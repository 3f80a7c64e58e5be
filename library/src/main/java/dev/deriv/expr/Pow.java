package dev.deriv.expr;

import java.util.List;

/** {@code base ^ exponent}; {@code sqrt(u)} is {@code u^(1/2)} and {@code 1/u} is {@code u^-1}. */
public final class Pow extends Compound implements Node {
    Pow(Node base, Node exponent) { super(0x9e3, List.of(base, exponent)); }

    public Node base() { return operands.get(0); }
    public Node exponent() { return operands.get(1); }

    @Override public <R> R accept(NodeVisitor<R> v) { return v.pow(this); }
    @Override public boolean equals(Object o) { return o instanceof Pow p && sameOperands(p); }
    @Override public String toString() { return "Pow" + operands; }
}
