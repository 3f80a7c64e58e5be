package dev.deriv.compile;

/**
 * How to compile and run: SIMD on when available or off, how many threads
 * {@code eval} may use over large inputs, and whether to skip compilation
 * altogether (the reference interpreter, for comparisons).
 *
 * @param simd        use the Vector API when the JVM has it ({@link Simd#available()})
 * @param threads     threads for large inputs; 1 evaluates on the caller's thread only
 * @param interpret   evaluate with the tree-walking interpreter instead of compiling
 */
public record CompileOptions(boolean simd, int threads, boolean interpret) {
    public CompileOptions {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }

    /** SIMD when available, all cores. */
    public static CompileOptions defaults() {
        return new CompileOptions(true, Runtime.getRuntime().availableProcessors(), false);
    }

    public CompileOptions withSimd(boolean on) { return new CompileOptions(on, threads, interpret); }

    public CompileOptions withThreads(int n) { return new CompileOptions(simd, n, interpret); }

    public CompileOptions interpreted() { return new CompileOptions(simd, threads, true); }
}
