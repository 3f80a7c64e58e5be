package dev.deriv.simplify;

import dev.deriv.expr.DeepStack;
import dev.deriv.expr.Node;
import dev.deriv.rules.RuleBook;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Runs a {@link Strategy} under a budget and a {@link Cost}, and reports the
 * cheapest form found, how many steps it took, why it stopped and which
 * strategies and rules fired. The standard simplifier runs
 * {@link Strategies#standard}, which minimizes the printed size. Every strategy
 * proposes identities valid wherever the input is defined (README, "Domains"),
 * so the answer is never wrong, only possibly not minimal.
 */
public final class Simplifier {
    /** Limits of one simplification. */
    public record Budget(int steps, long millis) {
        public static final Budget DEFAULT = new Budget(20_000, 2_000);
    }

    /** Why a simplification stopped. */
    public enum Stop {
        /** Every proposal within the strategy's bounds was explored. */
        SATURATED,
        /** The step budget ran out: the answer is the best form found so far. */
        STEP_BUDGET,
        /** The time budget ran out: the answer is the best form found so far. */
        TIME_BUDGET
    }

    /**
     * The simplified form.
     *
     * @param steps  the candidate forms taken up
     * @param stop   why the search stopped
     * @param fired  for each strategy and rule ({@code rule:<name>}), how many forms it proposed other than its input
     */
    public record Result(Node node, int steps, Stop stop, Map<String, Integer> fired) {
        public Result {
            fired = Collections.unmodifiableMap(new TreeMap<>(fired));
        }

        /** True when a budget stopped the search early. */
        public boolean exhausted() {
            return stop != Stop.SATURATED;
        }
    }

    private final Strategy strategy;
    private final Supplier<Cost> cost;

    /** The standard simplifier with the book's simplification rules, minimizing the printed size. */
    public Simplifier(RuleBook book) {
        this(Strategies.standard(book.simplify()), Cost::printedSize);
    }

    /** A simplifier that runs {@code strategy}, minimizing a fresh {@code cost} in each run. */
    public Simplifier(Strategy strategy, Supplier<Cost> cost) {
        this.strategy = strategy;
        this.cost = cost;
    }

    /** The same strategy, minimizing another cost. */
    public Simplifier withCost(Supplier<Cost> other) {
        return new Simplifier(strategy, other);
    }

    public Result simplify(Node n) {
        return simplify(n, Budget.DEFAULT);
    }

    public Result simplify(Node n, Budget budget) {
        return DeepStack.callFor(n.depth(), () -> new Run(budget, cost.get()).apply(strategy, n));
    }

    /**
     * Several expressions that share subexpressions (the partials of a gradient)
     * in one run: what is found for a shared part is found once. One budget
     * covers them all.
     */
    public List<Node> simplifyAll(List<Node> nodes) {
        int depth = 0;
        for (Node n : nodes) depth = Math.max(depth, n.depth());
        return DeepStack.callFor(depth, () -> {
            Run run = new Run(Budget.DEFAULT, cost.get());
            List<Node> out = new ArrayList<>(nodes.size());
            for (Node n : nodes) out.add(run.apply(strategy, n).node());
            return out;
        });
    }
}
