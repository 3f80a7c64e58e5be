package dev.deriv;

import java.util.Map;

/**
 * The simplifier's full answer ({@link Expr#simplifyReport()}).
 *
 * @param result  the smallest equivalent form found
 * @param steps   the rewriting steps the search took
 * @param stop    why the search stopped
 * @param fired   for each strategy and rule ({@code rule:<name>}), how many forms it
 *                proposed other than its input; sorted by name
 */
public record SimplifyReport(Expr result, int steps, Stop stop, Map<String, Integer> fired) {

    /** Why a simplification stopped. */
    public enum Stop {
        /** Nothing smaller was found: the search ran to its end. */
        SATURATED,
        /** The step budget ran out: a smaller form may exist. */
        STEP_BUDGET,
        /** The simplifier's time budget ran out: a smaller form may exist. */
        TIME_BUDGET
    }

    /**
     * Whether a budget stopped the search before it finished.
     *
     * @return true unless the search saturated
     */
    public boolean exhausted() { return stop != Stop.SATURATED; }
}
