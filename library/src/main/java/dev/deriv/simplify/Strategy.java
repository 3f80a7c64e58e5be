package dev.deriv.simplify;

import dev.deriv.expr.Node;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One way to simplify: given an expression, the other forms of it that are worth
 * a look (none when it has nothing to offer). A strategy that rewrites proposes
 * one form; a search proposes its best. Every form must equal the input wherever
 * the input is defined (README, "Domains"). Strategies are values that combine,
 * in the manner of SymbolicUtils.jl's rewriters and egg's runner: the standard
 * simplifier ({@link Strategies#standard}) is one composition of the strategies
 * in {@link Strategies} and the combinators below; a {@link Simplifier} runs a
 * composition under a budget and a {@link Cost}.
 */
@FunctionalInterface
public interface Strategy {
    /** Forms of n other than n (a form equal to n is ignored); {@code run} holds the cost, budget and counts. */
    List<Node> propose(Node n, Run run);

    /** A leaf strategy whose proposals count, under {@code name}, in the result's fire counts. */
    static Strategy named(String name, Function<Node, List<Node>> proposals) {
        return new Combinators.Named(name, proposals);
    }

    /** The proposals of every strategy, in order. */
    static Strategy alternatives(Strategy... strategies) {
        return new Combinators.Alternatives(List.of(strategies));
    }

    /**
     * Each strategy applied to the forms the one before proposed; a strategy that
     * proposes nothing for a form lets it through unchanged.
     */
    static Strategy chain(Strategy... strategies) {
        return new Combinators.Chain(List.of(strategies));
    }

    /** The strategy's proposals for the expressions that pass {@code test}, nothing for the others. */
    static Strategy when(Predicate<Node> test, Strategy strategy) {
        return new Combinators.When(test, strategy);
    }

    /**
     * Takes the cheapest proposal as long as it is cheaper than the form before,
     * and proposes where that ends. The cost makes it end: each form is cheaper
     * than the one before (or, as cheap, a smaller tree).
     */
    static Strategy fixpoint(Strategy strategy) {
        return new Combinators.Fixpoint(strategy);
    }

    /**
     * Bottom-up over the expression: rebuilds each node from its rewritten
     * operands and takes the strategy's cheapest proposal for it when that is cheaper.
     */
    static Strategy postwalk(Strategy strategy) {
        return new Combinators.Postwalk(strategy);
    }

    /**
     * The cost-driven search of the standard simplifier ({@link CostSearch}): bottom-up,
     * every proposal for a node searched in turn, up to {@code depth} proposals in a row.
     */
    static Strategy search(Strategy strategy, int depth) {
        return new CostSearch(strategy, depth, Long.MAX_VALUE);
    }

    /**
     * The cost-driven search, proposing alternatives only for expressions that cost at
     * most {@code largest}; costlier ones are rebuilt from their simplified operands.
     */
    static Strategy search(Strategy strategy, int depth, long largest) {
        return new CostSearch(strategy, depth, largest);
    }
}
