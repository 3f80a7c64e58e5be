package dev.deriv.rules;

import dev.deriv.expr.Node;
import dev.deriv.expr.Var;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One line of a rule file: {@code name: lhs => rhs if conditions}.
 *
 * @param name        the rule's name, as a textbook names it ("product", "chain")
 * @param lhs         the pattern; its variables other than {@code x} (in derivative rules) match anything
 * @param rhs         the replacement; in derivative rules {@code D(w)} stands for the derivative of w
 * @param conditions  side conditions on pattern variables
 * @param variables   the pattern variables
 * @param source      file:line, for messages
 */
public record Rule(String name, Section section, Node lhs, Node rhs, List<Condition> conditions,
                   Set<Var> variables, String source) {

    public boolean conditionsHold(Bindings b, Var wrt) {
        for (Condition c : conditions) {
            if (!c.holds(b, wrt)) return false;
        }
        return true;
    }

    /** As {@link #conditionsHold(Bindings, Var)}, with "depends on what is differentiated by" given as a test. */
    public boolean conditionsHoldFor(Bindings b, Predicate<Node> varies) {
        for (Condition c : conditions) {
            if (!c.holdsFor(b, varies)) return false;
        }
        return true;
    }

    @Override
    public String toString() { return name + " (" + source + ")"; }
}
