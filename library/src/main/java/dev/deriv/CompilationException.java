package dev.deriv;

/**
 * Compilation to JVM bytecode failed (a bug in deriv, or a JVM that refuses the
 * generated class). {@link Evaluator} throws it rather than silently evaluating
 * with the much slower interpreter; {@link CompileOptions#withInterpreterFallback()}
 * allows the interpreter instead.
 */
public class CompilationException extends RuntimeException {
    /**
     * An exception for a failed compilation.
     *
     * @param message what failed
     * @param cause   the error that stopped code generation or class definition
     */
    public CompilationException(String message, Throwable cause) {
        super(message, cause);
    }
}
