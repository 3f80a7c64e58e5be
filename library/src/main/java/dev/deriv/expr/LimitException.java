package dev.deriv.expr;

/** A resource limit was hit; the message names the limit (see {@link Limits}). */
public class LimitException extends RuntimeException {
    public LimitException(String message) {
        super(message, null, false, false);
    }
}
