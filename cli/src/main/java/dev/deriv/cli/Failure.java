package dev.deriv.cli;

import dev.deriv.LimitException;
import dev.deriv.MathException;
import dev.deriv.ParseException;
import dev.deriv.RuleFileException;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Limits;

/**
 * What went wrong, as the user sees it: the exit code of SPEC section 2 and a
 * one-line message (plus, for syntax errors, the input and a caret line).
 * Every throwable maps to one; none ever reaches the user as a stack trace.
 */
final class Failure {
    static final int BAD_INPUT = 2;
    static final int MATH = 3;

    final int exitCode;
    /** One line, without the "error: " prefix. */
    final String message;
    /** The message as printed on standard error: for a syntax error, with the input and a caret line. */
    final String detailed;
    /** 1-based column of a syntax error, 0 when there is none. */
    final int column;

    private Failure(int exitCode, String message, String detailed, int column) {
        this.exitCode = exitCode;
        this.message = message;
        this.detailed = detailed;
        this.column = column;
    }

    private static Failure of(int exitCode, String message) {
        String line = oneLine(message);
        return new Failure(exitCode, line, line, 0);
    }

    static Failure of(Throwable t) {
        if (t instanceof ParseException) {
            ParseException p = (ParseException) t;
            return new Failure(BAD_INPUT, oneLine(p.getMessage()), p.withCaret(), p.column());
        }
        if (t instanceof MathException) return of(MATH, t.getMessage());
        if (t instanceof UsageException || t instanceof LimitException || t instanceof RuleFileException
                || t instanceof Interpreter.UnboundVariableException) {
            return of(BAD_INPUT, t.getMessage());
        }
        if (t instanceof dev.deriv.check.InputException) return of(BAD_INPUT, t.getMessage());
        if (t instanceof UnsupportedOperationException) {
            return of(BAD_INPUT, t.getMessage() == null ? "not available yet" : t.getMessage());
        }
        if (t instanceof StackOverflowError) {
            return of(BAD_INPUT, "expression nested too deeply (limit: " + Limits.MAX_NESTING_DEPTH + " levels)");
        }
        if (t instanceof OutOfMemoryError) {
            return of(BAD_INPUT, "out of memory: the expression or its result is too large for the "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB heap (give java more with -Xmx, "
                    + "e.g. JAVA_OPTS=-Xmx4g)");
        }
        if (t instanceof ArithmeticException) { // from BigInteger: a number beyond its range, or x/0
            String m = String.valueOf(t.getMessage());
            if (m.toLowerCase(java.util.Locale.ROOT).contains("zero")) return of(MATH, "division by zero");
            return of(BAD_INPUT, "number too large: " + m);
        }
        return of(BAD_INPUT, "internal error, please report it: " + t.getClass().getName()
                + (t.getMessage() == null ? "" : ": " + t.getMessage()));
    }

    private static String oneLine(String s) {
        if (s == null) return "unknown error";
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
