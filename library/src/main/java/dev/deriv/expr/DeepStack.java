package dev.deriv.expr;

import dev.deriv.LimitException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Runs recursive work on a thread with a large stack, so that deeply nested
 * input (10,000 parentheses, 3,000-long power towers) is processed rather than
 * ending in StackOverflowError. Should the stack still run out, the error
 * becomes a {@link LimitException} that names the nesting limit.
 */
public final class DeepStack {
    private DeepStack() {}

    /** Stack reserved for one request; only the part actually used is committed. */
    public static final long STACK_BYTES = 1L << 30;

    /** Below this depth the caller's own stack is certainly enough. */
    public static final int SHALLOW_DEPTH = 300;

    private static final ThreadLocal<Boolean> ON_DEEP_STACK = ThreadLocal.withInitial(() -> false);

    public static <T> T call(Callable<T> work) {
        if (ON_DEEP_STACK.get()) return guarded(work);
        Deadline budgets = Deadline.current(); // the caller's time budgets hold on the big stack too
        FutureTask<T> task = new FutureTask<>(() -> {
            ON_DEEP_STACK.set(true);
            Deadline.adopt(budgets);
            return guarded(work);
        });
        Thread t = new Thread(null, task, "deriv-deep-stack", STACK_BYTES);
        t.setDaemon(true);
        t.start();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LimitException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    /** Runs {@code work} here when {@code depth} is small, else on a big stack. */
    public static <T> T callFor(int depth, Callable<T> work) {
        return depth < SHALLOW_DEPTH ? guarded(work) : call(work);
    }

    private static <T> T guarded(Callable<T> work) {
        try {
            return work.call();
        } catch (StackOverflowError e) {
            throw new LimitException("expression nested too deeply (limit: "
                    + Limits.MAX_NESTING_DEPTH + " levels)");
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
