package dev.deriv.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Engine;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, "Hangs": a rule file of 100,000 {@code define} lines loaded in over a minute,
 * growing faster than linearly (10k: 4 s, 20k: 37 s), because each definition copied the
 * whole function table. Loading is linear now.
 */
class ManyDefinitionsTest {

    private static String definitions(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append("define f").append(i).append("(u) = u^2 + ").append(i).append("*u\n");
        return b.toString();
    }

    /** The best of two loads, in milliseconds (the shared machine's noise only ever adds time). */
    private static long loadMillis(String text) {
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            Engine e = Engine.standard().withRules("many.rules", text);
            best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
            assertEquals("2*x", e.parse("f0(x)").diff("x").toString());
        }
        return best;
    }

    @Test
    void aHundredThousandDefinitionsLoadInSeconds() {
        String text = definitions(100_000);
        Engine e = assertTimeoutPreemptively(Duration.ofSeconds(40), () -> Engine.standard().withRules("many.rules", text));
        assertEquals("2*x + 99999", e.parse("f99999(x)").diff("x").toString());
    }

    @Test
    void doublingTheDefinitionsRoughlyDoublesTheTime() {
        // bounded as a whole: the quadratic loader took minutes here, and must fail, not block the build
        assertTimeoutPreemptively(Duration.ofSeconds(90), ManyDefinitionsTest::measureDoubling);
    }

    private static void measureDoubling() {
        loadMillis(definitions(5_000)); // warm up the parser and the JIT
        long half = loadMillis(definitions(40_000));
        long full = loadMillis(definitions(80_000));
        System.out.println("40,000 definitions: " + half + " ms, 80,000: " + full + " ms");
        // linear: about 2; the quadratic loader was 4 and more (9 from 10k to 20k)
        assertTrue(full < 3.5 * Math.max(half, 50), "40,000: " + half + " ms, 80,000: " + full + " ms");
    }
}
