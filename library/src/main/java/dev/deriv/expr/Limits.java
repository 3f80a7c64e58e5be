package dev.deriv.expr;

/**
 * The resource limits of the engine, in one place so that README and the error
 * messages name the same numbers.
 */
public final class Limits {
    private Limits() {}

    /** Longest input accepted by the parser, in characters. */
    public static final int MAX_INPUT_LENGTH = 4_000_000;
    /** Largest rule file read ({@code Engine.withRules}, {@code --rules}), in bytes. */
    public static final int MAX_RULE_FILE_BYTES = 10_000_000;
    /** Longest line of a {@code --csv} file, in characters. */
    public static final int MAX_CSV_LINE_LENGTH = 1_000_000;
    /**
     * Most values of a {@code --csv} file: points times the variables read from each (at
     * least one), held in memory as doubles (400 MB) until the whole file is checked.
     */
    public static final long MAX_CSV_VALUES = 50_000_000;
    /** Deepest nesting of parentheses, calls, powers and signs the parser accepts. */
    public static final int MAX_NESTING_DEPTH = 20_000;
    /** Largest exact integer (numerator or denominator) the engine builds, in bits. */
    public static final long MAX_INTEGER_BITS = 100_000;
    /** Largest integer power expanded by the simplifier, e.g. (x+1)^n. */
    public static final int MAX_EXPAND_POWER = 64;
    /** Highest derivative order accepted by --order. */
    public static final int MAX_DERIVATIVE_ORDER = 1_000;
    /**
     * Largest expression one differentiation (or one reverse sweep) builds, in nodes
     * written out as a tree. The derivative of a product of n factors has about n^2/2
     * of them, so a product of more than about 1,400 factors that depend on the
     * variable is refused.
     */
    public static final int MAX_EXPRESSION_SIZE = 1_000_000;
    /**
     * Largest expression printed (infix, LaTeX or JSON), in {@link dev.deriv.print.PrintedSize}
     * units: the numbers, variables, operators and calls of the printed form, one to three
     * characters each (10 to 30 MB of text). An expression is a DAG whose shared parts print once per use, so
     * its printed form can be exponentially larger than its nodes (the derivative of a 10 KB
     * tower x^x^...^x prints 50 MB): the size is computed from the DAG and a larger
     * expression is refused before any text is built.
     */
    public static final long MAX_PRINTED_SIZE = 10_000_000;
    /**
     * Default wall-clock budget of one library call: a whole {@code Expr.diff(v, n)} (all n
     * orders), gradient, Hessian, simplification or parse; set per engine with
     * {@code Engine.withTimeLimit}. A minute is far above what any legitimate call in the
     * test corpus takes (milliseconds to a few seconds: each simplification stops itself
     * after 2 s) and bounds a runaway call, such as a high order of a swelling expression,
     * that would otherwise hold a server thread for hours.
     */
    public static final long CALL_MILLIS = 60_000;
    /** Wall-clock budget of one request: one line of {@code --batch} (see {@link Deadline}). */
    public static final long REQUEST_MILLIS = 10_000;
    /**
     * Decimal exponent range of the high-precision numbers (commons-math Dfp: 10^-131072 to
     * 10^131072) that values at a point ({@code --at}) fall back on where doubles overflow or
     * cancel. A point coordinate beyond it ({@code x=exp(-10^6)}) is refused with this limit.
     */
    public static final int HIGH_PRECISION_DECIMAL_EXPONENT = 131_072;
    /**
     * Most threads one compiled evaluator may use ({@code CompileOptions.withThreads}): a pool
     * is kept per thread count, and a ForkJoinPool cannot have more than 32,767 threads anyway.
     */
    public static final int MAX_THREADS = 1_024;
    /**
     * Largest decimal exponent of a trigonometric argument evaluated in high precision
     * (check, exact points): sin(x) needs x minus a multiple of 2 pi, with as many more
     * digits of pi as x has integer digits. Beyond 1e1000 the command says so.
     */
    public static final int MAX_PRECISE_TRIG_EXPONENT = 1_000;
    /**
     * Most decimal digits {@code check} evaluates a point at (after 30 and 60): where a value is
     * still uncertain at it (1 + tanh(-200) is 2e-174, 0 at 120 digits), the point is left out as
     * ill-conditioned and others decide. Higher would cost seconds at the first use in a process:
     * commons-math computes the constants of a new precision anew (1.5 s for 120 digits, 7 s for 240).
     */
    public static final int CHECK_MAX_DIGITS = 120;
}
