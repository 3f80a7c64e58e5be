package dev.deriv;

/**
 * The simplifier's full answer ({@link Expr#simplifyReport()}).
 *
 * @param result    the smallest equivalent form found
 * @param steps     the rewriting steps the search took
 * @param exhausted true when a step or time budget stopped the search before it
 *                  finished: a smaller form may exist
 */
public record SimplifyReport(Expr result, int steps, boolean exhausted) {}
