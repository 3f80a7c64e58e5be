package dev.deriv.simplify;

import dev.deriv.expr.Add;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.Num;
import dev.deriv.expr.Var;
import dev.deriv.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The simplifier's strategies as values, and the standard composition of them.
 * Each proposes forms for an expression as a whole (its operands are the
 * search's business); see the classes they come from for what each does.
 */
public final class Strategies {
    private Strategies() {}

    /** How many proposals may follow one another on one expression in the standard search. */
    public static final int STANDARD_DEPTH = 3;

    /**
     * The costliest expression (printed size) whose own alternatives the standard search
     * looks at. Larger ones are rebuilt from their simplified operands only, so a product
     * rule's answer for n factors (n nested levels of n factors) costs about n^2, not n^3
     * and a time budget. Every answer of the derivative corpus is far below it.
     */
    public static final long STANDARD_LARGEST = 300;

    /** Multiplying out products and powers of sums ({@link Expand}). */
    public static final Strategy EXPAND = Strategy.named("expand", n -> optional(Expand.expand(n)));

    /** Pulling common factors out of a sum: out of all its terms, then out of the terms sharing a base ({@link Factor}). */
    public static final Strategy FACTOR = Strategy.named("factor", n -> {
        if (!(n instanceof Add a)) return List.of();
        List<Node> out = new ArrayList<>(optional(Factor.common(a)));
        out.addAll(Factor.partial(a));
        return out;
    });

    /**
     * Rational-function forms ({@link Fractions}): a sum over a common denominator;
     * a product with polynomial GCDs cancelled, its sums put over common
     * denominators, or their numeric content taken out.
     */
    public static final Strategy FRACTIONS = Strategy.named("fractions", n -> {
        if (n instanceof Add a) return optional(Fractions.together(a));
        if (!(n instanceof Mul m)) return List.of();
        List<Node> out = new ArrayList<>(optional(Fractions.cancel(m)));
        out.addAll(optional(Fractions.togetherFactors(m)));
        out.addAll(optional(Fractions.extractContent(m)));
        return out;
    });

    /** An exponential factor moved into a power of a sum, where exponents can cancel ({@link Exponentials}). */
    public static final Strategy EXPONENTIALS = Strategy.named("exponentials",
            n -> n instanceof Mul m ? optional(Exponentials.intoPower(m)) : List.of());

    /** Everything in sines and cosines ({@link Trig}). */
    public static final Strategy TRIG = Strategy.named("trig", n -> optional(Trig.inSinesAndCosines(n)));

    /** The rewrite rules, each match one proposal, counted by rule name as {@code rule:<name>}. */
    public static Strategy rules(List<Rule> rules) {
        return new Rewriter(rules);
    }

    /** Every strategy's proposals, for expressions that are not monomials. */
    public static Strategy all(List<Rule> rules) {
        return Strategy.when(Predicate.not(Strategies::isMonomial),
                Strategy.alternatives(rules(rules), EXPAND, FACTOR, FRACTIONS, EXPONENTIALS, TRIG));
    }

    /** The standard simplifier: the cost-driven search over all the strategies. */
    public static Strategy standard(List<Rule> rules) {
        return Strategy.search(all(rules), STANDARD_DEPTH, STANDARD_LARGEST);
    }

    /** {@code 3*x^2*y}: no strategy can shrink a product of powers of variables. */
    static boolean isMonomial(Node n) {
        for (Node f : n instanceof Mul m ? m.factors() : List.of(n)) {
            if (!(f instanceof Num) && !(Factor.base(f) instanceof Var && Factor.exponent(f) instanceof Num)) return false;
        }
        return true;
    }

    private static List<Node> optional(Node n) {
        return n == null ? List.of() : List.of(n);
    }
}
