package dev.deriv;

/**
 * How {@link Evaluator} compiles and runs: SIMD on (when available) or off, how
 * many threads {@code eval} may use over large inputs, whether to skip
 * compilation altogether, and whether a failed compilation may fall back to the
 * interpreter. Immutable; start from {@link #defaults()}.
 *
 * @param simd                 use the Vector API when the JVM has it ({@link Evaluator#simdAvailable()})
 * @param threads              threads for large inputs; 1 evaluates on the caller's thread only
 * @param interpret            evaluate with the tree-walking interpreter instead of compiling
 *                             (about 60 to 5,000 times slower; for comparisons)
 * @param interpreterFallback  when compilation fails, evaluate with the interpreter
 *                             ({@link Evaluator#isCompiled()} false) instead of throwing
 *                             {@link CompilationException}
 */
public record CompileOptions(boolean simd, int threads, boolean interpret, boolean interpreterFallback) {
    /**
     * Checks the thread count.
     *
     * @param simd                use the Vector API when the JVM has it
     * @param threads             threads for large inputs, at least 1
     * @param interpret           evaluate with the interpreter instead of compiling
     * @param interpreterFallback evaluate with the interpreter when compilation fails
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public CompileOptions {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }

    /**
     * SIMD when available, all cores, compiled, no fallback.
     *
     * @return the default options
     */
    public static CompileOptions defaults() {
        return new CompileOptions(true, Runtime.getRuntime().availableProcessors(), false, false);
    }

    /**
     * These options with SIMD on or off.
     *
     * @param on whether to use the Vector API when the JVM has it
     * @return the new options
     */
    public CompileOptions withSimd(boolean on) { return new CompileOptions(on, threads, interpret, interpreterFallback); }

    /**
     * These options with another thread count.
     *
     * @param n threads for large inputs, at least 1
     * @return the new options
     */
    public CompileOptions withThreads(int n) { return new CompileOptions(simd, n, interpret, interpreterFallback); }

    /**
     * These options, evaluating with the interpreter instead of compiling.
     *
     * @return the new options
     */
    public CompileOptions interpreted() { return new CompileOptions(simd, threads, true, interpreterFallback); }

    /**
     * These options, falling back to the interpreter when compilation fails; the
     * caller then checks {@link Evaluator#isCompiled()} and
     * {@link Evaluator#fallbackReason()}.
     *
     * @return the new options
     */
    public CompileOptions withInterpreterFallback() { return new CompileOptions(simd, threads, interpret, true); }
}
