package dev.deriv.expr;

import java.util.List;

/** A function applied to its arguments: {@code sin(u)}, {@code sigmoid(u)}. */
public final class Call extends Compound implements Node {
    private final Function function;

    Call(Function function, List<Node> args) {
        super(0xca11 ^ function.name().hashCode(), args);
        this.function = function;
    }

    public Function function() { return function; }
    public String name() { return function.name(); }
    public List<Node> args() { return operands; }
    public Node arg() { return operands.get(0); }

    @Override public <R> R accept(NodeVisitor<R> v) { return v.call(this); }
    @Override public boolean equals(Object o) {
        return o instanceof Call c && c.function.name().equals(function.name()) && sameOperands(c);
    }
    @Override public String toString() { return function.name() + operands; }
}
