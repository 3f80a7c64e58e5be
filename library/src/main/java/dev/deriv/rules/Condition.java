package dev.deriv.rules;

import dev.deriv.expr.Node;
import dev.deriv.expr.Num;
import dev.deriv.expr.Rational;
import dev.deriv.expr.Var;
import java.util.List;
import java.util.function.Predicate;

/**
 * A side condition on a pattern variable, written {@code if free(c)} after a rule.
 *
 * @param predicate one of {@link #PREDICATES}
 * @param variable  the pattern variable it constrains
 */
public record Condition(String predicate, Var variable) {
    /** free: no occurrence of the variable of differentiation; the others constrain numbers. */
    public static final List<String> PREDICATES =
            List.of("free", "depends", "number", "integer", "positive", "negative", "nonzero", "even", "odd");

    /** @param wrt the variable of differentiation, or null outside derivative rules */
    public boolean holds(Bindings b, Var wrt) {
        return holdsFor(b, wrt == null ? n -> false : n -> n.dependsOn(wrt));
    }

    /**
     * @param varies whether an expression depends on what is differentiated by: one variable
     *               (forward), or any of several (a gradient's reverse sweep)
     */
    public boolean holdsFor(Bindings b, Predicate<Node> varies) {
        Node n = b.get(variable);
        switch (predicate) {
            case "free": return !varies.test(n);
            case "depends": return varies.test(n);
            case "number": return n instanceof Num;
            default: break;
        }
        if (!(n instanceof Num k)) return false;
        Rational r = k.value();
        switch (predicate) {
            case "integer": return r.isInteger();
            case "positive": return r.signum() > 0;
            case "negative": return r.signum() < 0;
            case "nonzero": return r.signum() != 0;
            case "even": return r.isInteger() && !r.numerator().testBit(0);
            case "odd": return r.isInteger() && r.numerator().testBit(0);
            default: return false;
        }
    }

    @Override
    public String toString() { return predicate + "(" + variable.name() + ")"; }
}
