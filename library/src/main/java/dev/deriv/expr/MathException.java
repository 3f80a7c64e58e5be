package dev.deriv.expr;

/**
 * A mathematical error the user should hear about (SPEC exit code 3): division
 * by zero, a point outside a function's domain, a derivative that does not
 * exist at the requested point.
 */
public class MathException extends RuntimeException {
    public MathException(String message) {
        super(message, null, false, false);
    }
}
