package dev.deriv;

/**
 * A mathematical error the user should hear about: division by zero, a point
 * outside a function's domain, a derivative that does not exist at the
 * requested point.
 */
public class MathException extends RuntimeException {
    /**
     * An exception for a mathematical error.
     *
     * @param message what is undefined, and where
     */
    public MathException(String message) {
        super(message, null, false, false);
    }
}
