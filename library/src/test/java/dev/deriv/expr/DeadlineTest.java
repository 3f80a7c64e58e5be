package dev.deriv.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.LimitException;
import org.junit.jupiter.api.Test;

/** The cooperative time budgets: who sees them, which one is reported, and that they end. */
class DeadlineTest {
    private static void spin(long millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < end) Thread.onSpinWait();
    }

    @Test
    void withoutABudgetCheckNeverThrows() {
        for (int i = 0; i < 1_000; i++) Deadline.check();
        Deadline.checkNow();
    }

    @Test
    void workWithinItsBudgetReturnsItsResult() {
        assertEquals(42, Deadline.call(10_000, "the request", () -> 42));
        Deadline.checkNow(); // closed: nothing left behind on this thread
    }

    @Test
    void anExpiredBudgetIsReportedByName() {
        Deadline.Exceeded e = assertThrows(Deadline.Exceeded.class, () -> Deadline.call(5, "the line", () -> {
            spin(20);
            Deadline.checkNow();
            return null;
        }));
        assertEquals("the line took longer than its time limit of 5 ms", e.getMessage());
        assertTrue(e instanceof LimitException);
        Deadline.checkNow(); // the budget ended with the call
    }

    @Test
    void checkReadsTheClockEveryFewCalls() {
        assertThrows(Deadline.Exceeded.class, () -> Deadline.call(1, "loop", () -> {
            spin(5);
            for (int i = 0; i < 1_000; i++) Deadline.check();
            return null;
        }));
    }

    @Test
    void buildingNodesWatchesTheBudget() {
        // a runaway rewriting loop stops by itself: every node built checks the clock
        Var x = Nodes.var("x");
        assertThrows(Deadline.Exceeded.class, () -> Deadline.call(20, "rewriting", () -> {
            Node n = x;
            while (true) n = Nodes.call(Function.SIN, Nodes.add(n, Nodes.ONE));
        }));
    }

    @Test
    void theInnerBudgetIsReportedWhenItEndsFirst() {
        Deadline outer = Deadline.open(60_000, "outer");
        try {
            Deadline inner = Deadline.open(1, "inner");
            try {
                spin(5);
                Deadline.Exceeded e = assertThrows(Deadline.Exceeded.class, Deadline::checkNow);
                assertSame(inner, e.deadline());
                inner.disarm(); // the simplifier stops watching its own budget once it has run out
                Deadline.checkNow();
                assertTrue(inner.expired());
                assertFalse(outer.expired());
            } finally {
                inner.close();
            }
        } finally {
            outer.close();
        }
    }

    @Test
    void theOuterBudgetStillHoldsInsideALongerInnerOne() {
        Deadline.Exceeded e = assertThrows(Deadline.Exceeded.class, () -> Deadline.call(1, "request", () ->
                Deadline.call(60_000, "simplification", () -> {
                    spin(5);
                    Deadline.checkNow();
                    return null;
                })));
        assertEquals("request", e.getMessage().substring(0, "request".length()));
        assertEquals(1, e.deadline().millis());
    }

    @Test
    void theBigStackThreadWorksUnderTheCallersBudget() {
        assertThrows(Deadline.Exceeded.class, () -> Deadline.call(1, "deep work", () -> DeepStack.call(() -> {
            spin(5);
            Deadline.checkNow();
            return null;
        })));
        // and a budget does not outlive its call on the big stack either
        assertEquals(1, (int) DeepStack.call(() -> {
            Deadline.checkNow();
            return 1;
        }));
    }
}
