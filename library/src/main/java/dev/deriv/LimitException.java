package dev.deriv;

/**
 * A resource limit was hit: an expression nested too deeply, a number or a
 * derivative too large, a derivative order out of range, a time budget spent.
 * The message names the limit. Not a bug in the input's mathematics, but more
 * than deriv agrees to compute.
 */
public class LimitException extends RuntimeException {
    /**
     * An exception for a limit that was hit.
     *
     * @param message which limit, and its value
     */
    public LimitException(String message) {
        super(message, null, false, false);
    }
}
