package dev.deriv.tensor;

/**
 * The tensor functions of one argument, with their names and the shapes they
 * take and give. Their values are in {@link TensorInterpreter}, their adjoints in
 * {@link ReverseSweep}.
 */
public enum Op {
    /** Sum of all entries. */
    SUM("sum", "\\operatorname{sum}"),
    /** Euclidean norm of a vector (for a matrix, norm would be ambiguous: spectral or Frobenius). */
    NORM2("norm", "\\operatorname{norm}"),
    /** Frobenius norm of a matrix: the Euclidean norm of its entries. */
    FROBENIUS("frobenius", "\\operatorname{frobenius}"),
    /** The diagonal matrix with a vector on its diagonal. */
    DIAG("diag", "\\operatorname{diag}"),
    /** The diagonal of a square matrix, as a vector. */
    DIAG_OF("diag", "\\operatorname{diag}"),
    INV("inv", "\\operatorname{inv}"),
    DET("det", "\\det"),
    LOGDET("logdet", "\\log\\det"),
    SOFTMAX("softmax", "\\operatorname{softmax}"),
    LOGSUMEXP("logsumexp", "\\operatorname{logsumexp}");

    public final String spelled;
    public final String latex;

    Op(String spelled, String latex) {
        this.spelled = spelled;
        this.latex = latex;
    }

    /** The shape of {@code op(arg)}; a ShapeException that names {@code what} when arg does not fit. */
    public Shape shapeOf(Shape arg, String what) {
        switch (this) {
            case SUM:
                return Shape.SCALAR;
            case NORM2:
                if (arg.isMatrix()) {
                    throw new ShapeException("norm of a matrix is ambiguous (the spectral norm in MATLAB, the Frobenius norm"
                            + " elsewhere): write frobenius(" + what + ") for the Frobenius norm; the spectral norm is not supported");
                }
                need(arg.isVector(), "a vector", arg, what);
                return Shape.SCALAR;
            case FROBENIUS:
                need(arg.isMatrix(), "a matrix", arg, what);
                return Shape.SCALAR;
            case DIAG:
                need(arg.isVector(), "a vector", arg, what);
                return Shape.matrix(arg.dim(0), arg.dim(0));
            case DIAG_OF:
                need(square(arg), "a square matrix", arg, what);
                return Shape.vector(arg.dim(0));
            case INV:
                need(square(arg), "a square matrix", arg, what);
                return arg;
            case DET: case LOGDET:
                need(square(arg), "a square matrix", arg, what);
                return Shape.SCALAR;
            case SOFTMAX:
                need(arg.isVector(), "a vector", arg, what);
                return arg;
            case LOGSUMEXP:
                need(arg.isVector(), "a vector", arg, what);
                return Shape.SCALAR;
            default:
                throw new AssertionError(this);
        }
    }

    static boolean square(Shape s) { return s.isMatrix() && s.rows().equals(s.cols()); }

    private void need(boolean ok, String kind, Shape arg, String what) {
        if (!ok) throw new ShapeException(spelled + " needs " + kind + ", not " + what + " (" + arg + ")");
    }
}
