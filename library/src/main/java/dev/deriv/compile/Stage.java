package dev.deriv.compile;

/**
 * What a generated class implements: evaluates its part of the program for
 * points {@code from <= i < to}. Values computed by one stage and needed by a
 * later one pass through {@code tmp[t][i - from]} (one array per crossing
 * value, as long as the block of points); stages run in order on each block.
 */
public interface Stage {
    void run(double[][] in, double[][] out, double[][] tmp, int from, int to);
}
