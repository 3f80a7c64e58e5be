package dev.deriv.rules;

import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether one derivative rule pre-empts another everywhere. The later rule's pattern
 * is read as a generic expression, its pattern variables standing for any expression
 * that meets its own conditions; the earlier rule covers it when it matches that
 * generic expression as a whole and its conditions hold whatever the variables stand for.
 * Conservative: "covers" is only said when it holds for every instance.
 */
final class Shadowing {
    private static final Var X = Nodes.var("x");

    private Shadowing() {}

    /** True when {@code earlier} matches every expression {@code later} matches. */
    static boolean covers(Rule earlier, Rule later) {
        Set<Var> variables = new HashSet<>(earlier.variables());
        variables.add(X);
        return new Matcher(variables).match(earlier.lhs(), later.lhs(), Bindings.EMPTY.with(X, X),
                (b, rest) -> rest.isEmpty() && conditionsAlwaysHold(earlier, b, later));
    }

    private static boolean conditionsAlwaysHold(Rule earlier, Bindings b, Rule later) {
        for (Condition c : earlier.conditions()) {
            if (!alwaysHolds(c, b.get(c.variable()), later)) return false;
        }
        return true;
    }

    /** The condition holds for {@code value} whatever the later rule's pattern variables in it stand for. */
    private static boolean alwaysHolds(Condition c, Node value, Rule later) {
        Set<Var> unknowns = new HashSet<>(Nodes.variables(value));
        unknowns.retainAll(later.variables());
        if (unknowns.isEmpty()) return c.holds(Bindings.EMPTY.with(c.variable(), value), X);
        if (c.predicate().equals("free")) {
            // free of x when x does not occur and each unknown is itself required to be free
            return value.freeOf(X) && unknowns.stream().allMatch(u -> assumed(later, "free", u));
        }
        // a numeric condition on a lone unknown: guaranteed by the same condition of the later rule
        return value instanceof Var u && unknowns.contains(u) && assumed(later, c.predicate(), u);
    }

    private static boolean assumed(Rule later, String predicate, Var u) {
        List<Condition> cs = later.conditions();
        return cs.stream().anyMatch(c -> c.variable().equals(u) && c.predicate().equals(predicate));
    }
}
