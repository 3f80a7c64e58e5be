package dev.deriv.expr;

import java.util.List;

/**
 * A product of two or more factors, in canonical order; at most one factor is a
 * number (the coefficient), and it comes first. No two factors share a base.
 */
public final class Mul extends Compound implements Node {
    Mul(List<Node> factors) { super(0x3a1, factors); }

    public List<Node> factors() { return operands; }

    /** The numeric coefficient, 1 when there is none. */
    public Rational coefficient() {
        return operands.get(0) instanceof Num n ? n.value() : Rational.ONE;
    }

    /** The factors other than the coefficient. */
    public List<Node> nonNumericFactors() {
        return operands.get(0) instanceof Num ? operands.subList(1, operands.size()) : operands;
    }

    @Override public <R> R accept(NodeVisitor<R> v) { return v.mul(this); }
    @Override public boolean equals(Object o) { return o instanceof Mul m && sameOperands(m); }
    @Override public String toString() { return "Mul" + operands; }
}
