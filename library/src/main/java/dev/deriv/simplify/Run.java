package dev.deriv.simplify;

import dev.deriv.expr.Deadline;
import dev.deriv.expr.Node;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One simplification under way, what egg calls the runner's state: the cost it
 * minimizes, its step and time budget and why it stopped, how often each
 * strategy and rule fired, and the memory strategies keep between the
 * expressions of one run (a search's memo). Strategies are stateless values;
 * everything that changes during a run lives here.
 */
public final class Run {
    private final Simplifier.Budget budget;
    private final long endNanos;
    private final Cost cost;
    private final Map<String, Integer> fired = new HashMap<>();
    private final Map<Strategy, Object> memory = new IdentityHashMap<>();
    private Deadline clock; // the time budget, watched wherever nodes are built (Expand, Fractions, ...)
    private int steps;
    private Simplifier.Stop stop; // null while the budget lasts

    Run(Simplifier.Budget budget, Cost cost) {
        this.budget = budget;
        this.cost = cost;
        this.endNanos = System.nanoTime() + budget.millis() * 1_000_000L;
    }

    /** The run's cost of n. */
    public long cost(Node n) {
        return cost.of(n);
    }

    /** The cheaper of a and b, then the one with the smaller tree; a tie keeps {@code a}. */
    public Node cheaper(Node a, Node b) {
        long ca = cost.of(a);
        long cb = cost.of(b);
        if (cb != ca) return cb < ca ? b : a;
        return b.treeSize() < a.treeSize() ? b : a;
    }

    /** True once a budget has run out; the run then winds up with the best forms it has. */
    public boolean outOfBudget() {
        if (stop != null) return true;
        if (steps >= budget.steps()) stop = Simplifier.Stop.STEP_BUDGET;
        else if (clock.expired()) stop = Simplifier.Stop.TIME_BUDGET;
        return stop != null;
    }

    /** One candidate form taken up: the unit of the step budget. */
    public void step() {
        steps++;
    }

    /** A strategy or rule ({@code name}) proposed a form other than its input. */
    public void fired(String name) {
        fired.merge(name, 1, Integer::sum);
    }

    /** What {@code owner} remembers during this run, made by {@code init} on first use. */
    @SuppressWarnings("unchecked")
    <T> T memory(Strategy owner, Supplier<T> init) {
        return (T) memory.computeIfAbsent(owner, k -> init.get());
    }

    /**
     * When the time budget ran out in the middle of a step (one expansion can take
     * seconds), that step is abandoned and the run winds up with what it has; an
     * outer budget (a request's) ends the simplification.
     */
    void stoppedBy(Deadline.Exceeded e) {
        if (e.deadline() != clock) throw e;
        clock.disarm();
        stop = Simplifier.Stop.TIME_BUDGET;
    }

    /** Applies {@code strategy} to n, within what is left of the budget, and reports the best form. */
    Simplifier.Result apply(Strategy strategy, Node n) {
        // one budget for all the expressions of a run (simplifyAll): each gets what is left
        clock = Deadline.open(Math.max(0, (endNanos - System.nanoTime()) / 1_000_000L), "simplification");
        if (stop != null) clock.disarm();
        try {
            Node best = n;
            for (Node candidate : Combinators.propose(strategy, n, this)) best = cheaper(best, candidate);
            return result(best);
        } catch (Deadline.Exceeded e) {
            stoppedBy(e);
            return result(n);
        } finally {
            clock.close();
        }
    }

    /** What {@code strategy} proposes for n, within what is left of the budget. */
    List<Node> proposals(Strategy strategy, Node n) {
        clock = Deadline.open(Math.max(0, (endNanos - System.nanoTime()) / 1_000_000L), "simplification");
        try {
            return Combinators.propose(strategy, n, this);
        } finally {
            clock.close();
        }
    }

    private Simplifier.Result result(Node best) {
        Simplifier.Stop why = stop != null ? stop : Simplifier.Stop.SATURATED;
        return new Simplifier.Result(best, steps, why, fired);
    }
}
