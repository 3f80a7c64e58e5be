package dev.deriv.expr;

import dev.deriv.LimitException;
import java.util.concurrent.Callable;

/**
 * Cooperative wall-clock budgets. {@link #call(long, String, Callable)} runs work
 * with a deadline; the engine's long-running loops (building nodes, the
 * simplifier's search, big exact arithmetic) call {@link #check()}, which throws
 * {@link Exceeded} once a deadline of the calling thread has passed. Nothing is
 * interrupted or abandoned: the work stops itself, on the thread that runs it,
 * within a few microseconds of the deadline, and leaves nothing behind.
 *
 * <p>Budgets nest: an inner budget (the simplifier's time budget) and an outer
 * one (the CLI's per-line budget in {@code --batch}) are both watched, and the
 * {@link Exceeded} thrown says which one ran out, so that the simplifier can keep
 * its best form when its own budget ends, while a request budget ends the request.
 * {@link DeepStack} carries the budgets of the calling thread over to its
 * big-stack thread. Without a budget, {@link #check()} costs one thread-local read.
 *
 * <p>The outermost budget is also the request's scope for what may be remembered
 * only while the request runs: the {@link ComparisonCache} of deep comparisons.
 */
public final class Deadline {
    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    /** How many {@link #check()} calls go by between two reads of the clock. */
    private static final int CLOCK_EVERY = 32;

    private final long endNanos;
    private final long millis;
    private final String what;
    private final String howToRaise; // null, or how the caller raises this limit, for the message
    private final Deadline outer;
    /** The request's memory of deep comparisons: one per outermost budget, dropped with it. */
    private final ComparisonCache comparisons;
    private boolean armed = true;
    private int countdown = CLOCK_EVERY;

    private Deadline(long millis, String what, String howToRaise, Deadline outer) {
        this.millis = millis;
        this.what = what;
        this.howToRaise = howToRaise;
        this.outer = outer;
        this.comparisons = outer == null ? new ComparisonCache() : outer.comparisons;
        this.endNanos = System.nanoTime() + Math.max(0, millis) * 1_000_000L;
    }

    /** A deadline ran out; {@link #deadline()} says which. The message names the budget. */
    public static final class Exceeded extends LimitException {
        private final transient Deadline deadline;

        Exceeded(Deadline deadline) {
            super(deadline.what + " took longer than its time limit of " + deadline.millis + " ms"
                    + (deadline.howToRaise == null ? "" : " (" + deadline.howToRaise + ")"));
            this.deadline = deadline;
        }

        public Deadline deadline() { return deadline; }
    }

    /**
     * Runs {@code work} with a budget of {@code millis} milliseconds on this thread
     * (and the big-stack threads it uses). {@code what} names the work in the message
     * of {@link Exceeded}, e.g. "the request" gives "the request took longer than
     * its time limit of 5000 ms".
     */
    public static <T> T call(long millis, String what, Callable<T> work) {
        return call(millis, what, null, work);
    }

    /**
     * As {@link #call(long, String, Callable)}; the message of {@link Exceeded} ends
     * with {@code howToRaise} in parentheses, e.g. "raise it with Engine.withTimeLimit".
     */
    public static <T> T call(long millis, String what, String howToRaise, Callable<T> work) {
        Deadline d = new Deadline(millis, what, howToRaise, CURRENT.get());
        CURRENT.set(d);
        try {
            return work.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            d.close();
        }
    }

    /** Starts a budget on this thread; {@link #close()} it in a finally block. */
    public static Deadline open(long millis, String what) {
        Deadline d = new Deadline(millis, what, null, CURRENT.get());
        CURRENT.set(d);
        return d;
    }

    /** Ends this budget; the enclosing one (if any) is watched again alone. */
    public void close() {
        if (CURRENT.get() == this) CURRENT.set(outer);
    }

    /** Stops watching this budget (it stays open): the simplifier disarms its own once it has run out. */
    public void disarm() { armed = false; }

    /** Whether this budget's time is up. */
    public boolean expired() { return System.nanoTime() - endNanos > 0; }

    /** The budget in milliseconds. */
    public long millis() { return millis; }

    /** Throws {@link Exceeded} when a budget of this thread has run out; cheap enough for inner loops. */
    public static void check() {
        Deadline d = CURRENT.get();
        if (d == null || --d.countdown > 0) return;
        d.countdown = CLOCK_EVERY;
        checkNow(d);
    }

    /** As {@link #check()}, reading the clock every time: for loops whose steps are slow. */
    public static void checkNow() {
        Deadline d = CURRENT.get();
        if (d != null) checkNow(d);
    }

    private static void checkNow(Deadline innermost) {
        long now = System.nanoTime();
        for (Deadline d = innermost; d != null; d = d.outer) {
            if (d.armed && now - d.endNanos > 0) throw new Exceeded(d);
        }
    }

    /** The comparison cache of the request running on this thread, or null outside any budget. */
    static ComparisonCache comparisons() {
        Deadline d = CURRENT.get();
        return d == null ? null : d.comparisons;
    }

    /** The budgets of this thread, to carry to another thread with {@link #adopt}. */
    static Deadline current() { return CURRENT.get(); }

    /** Makes {@code d} (from {@link #current()} on another thread) the budgets of this thread. */
    static void adopt(Deadline d) {
        if (d == null) CURRENT.remove();
        else CURRENT.set(d);
    }
}
