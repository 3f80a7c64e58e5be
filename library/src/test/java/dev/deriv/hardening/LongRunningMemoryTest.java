package dev.deriv.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Engine;
import dev.deriv.Expr;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A server or a Spark executor runs for days and sees ever new variable names:
 * the engine's memory must be bounded by the expressions still alive, not by
 * every name it has ever seen.
 */
class LongRunningMemoryTest {
    private static final int EXPRESSIONS = 1_000_000;
    /** Honest slack for what the JIT, class loading and GC bookkeeping add meanwhile. */
    private static final long TOLERANCE_BYTES = 20L << 20;

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) { // a few rounds: finalizable and weakly held objects go in later rounds
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    @Test
    void aMillionDistinctVariableNamesLeaveNothingBehind() {
        Engine engine = Engine.standard();
        // warm up what is loaded once (rule tables, parser, JIT) before the baseline
        for (int i = 0; i < 1_000; i++) engine.parse("y*w" + i + "^3").diff("w" + i);
        long before = usedHeapAfterGc();

        // on every core, as an executor's worker threads would: names must not collide or pile up there either
        long checksum = IntStream.range(0, EXPRESSIONS).parallel().mapToLong(i -> {
            String name = "v" + i;
            Expr d = engine.parse("y*" + name + "^3").diff(name); // 3*y*v^2
            return d.variables().contains(name) ? d.variables().size() : 0;
        }).sum();
        long after = usedHeapAfterGc();

        assertEquals(2L * EXPRESSIONS, checksum);
        System.out.printf("LongRunningMemoryTest: used heap after GC %.1f MB before, %.1f MB after %,d names%n",
                before / 1e6, after / 1e6, EXPRESSIONS);
        assertTrue(after - before < TOLERANCE_BYTES, () -> String.format(
                "heap grew by %.1f MB over %,d distinct variable names (%.1f -> %.1f MB)",
                (after - before) / 1e6, EXPRESSIONS, before / 1e6, after / 1e6));
    }
}
