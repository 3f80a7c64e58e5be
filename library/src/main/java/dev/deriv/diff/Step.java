package dev.deriv.diff;

import dev.deriv.expr.Node;
import dev.deriv.rules.Bindings;
import dev.deriv.rules.Rule;

/**
 * One application of a derivative rule: d/dx of {@code expression} by {@code rule}
 * gives {@code result}. Kept apart from the code that prints it, so that one
 * derivation serves both the answer and the step-by-step explanation.
 *
 * @param rule       the rule's name from the table ("product", "sin", ...)
 * @param expression what was differentiated
 * @param bindings   what the rule's pattern variables matched (u, v, n, ...)
 * @param result     its derivative, in canonical form
 * @param depth      nesting: steps taken to compute the D(...) of this step's replacement are deeper
 * @param applied    the rule itself, as read from its file
 */
public record Step(String rule, Node expression, Bindings bindings, Node result, int depth, Rule applied) {

    /** A step whose rule needs no further derivative (the constant and variable rules): its result is final. */
    public boolean isFinal() {
        return !LinearForm.hasD(applied.rhs());
    }
}
