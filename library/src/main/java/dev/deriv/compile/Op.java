package dev.deriv.compile;

/**
 * The instructions of the compiler's linear IR. Each has one or two operands
 * (earlier instructions) and a scalar meaning given by {@link #apply}, which
 * is also how constant operands are folded at compile time.
 */
enum Op {
    /** Input variable number {@code k}. */
    INPUT(0, null, null),
    /** The constant {@code k}. */
    CONST(0, null, null),
    ADD(2, null, "add"),
    SUB(2, null, "sub"),
    MUL(2, null, "mul"),
    DIV(2, null, "div"),
    NEG(1, null, "neg"),
    ABS(1, "abs", "abs"),
    SQRT(1, "sqrt", "sqrt"),
    /** A function of the registry ({@link Program#fn} says which): its static method, its Vector API form if any. */
    CALL(1, null, null),
    POW(2, "pow", "POW");

    /** Number of operands. */
    final int arity;
    /** The {@code java.lang.Math} method of the scalar code, or null for an arithmetic opcode. */
    final String mathMethod;
    /**
     * The vector form: a DoubleVector method name (lower case: add, neg, sqrt...)
     * or a {@code VectorOperators} constant used with {@code lanewise} (upper case).
     */
    final String vectorName;

    Op(int arity, String mathMethod, String vectorName) {
        this.arity = arity;
        this.mathMethod = mathMethod;
        this.vectorName = vectorName;
    }

    boolean commutative() { return this == ADD || this == MUL; }

    /** True when the vector form is {@code lanewise(VectorOperators.NAME, ...)}. */
    boolean isLanewise() { return vectorName != null && Character.isUpperCase(vectorName.charAt(0)); }

    /** The scalar meaning of an arithmetic instruction; the generated scalar code computes exactly this. */
    double apply(double a, double b) {
        switch (this) {
            case ADD: return a + b;
            case SUB: return a - b;
            case MUL: return a * b;
            case DIV: return a / b;
            case NEG: return -a;
            case ABS: return Math.abs(a);
            case SQRT: return Math.sqrt(a);
            case POW: return Math.pow(a, b);
            default: throw new IllegalStateException(name() + " has no scalar meaning of its own");
        }
    }
}
