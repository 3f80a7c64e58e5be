package dev.deriv.compile;

import org.junit.jupiter.api.Test;

/**
 * The check of {@link CompiledVsInterpreterProperties} on a fixed set of seeds, as a
 * plain test: deterministic, and quick enough for mutation testing, which leaves the
 * property tests out (README, "Test strength"). 64 seeds, 8 trees each, both loops.
 */
class CompiledSeedsTest {
    @Test
    void scalarAndVectorLoopsAgreeWithTheInterpreterOnFixedSeeds() {
        for (long seed = 1; seed <= 64; seed++) {
            CompiledVsInterpreterProperties.check(seed * 7919, seed % 2 == 0);
        }
    }
}
