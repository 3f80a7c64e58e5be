package dev.deriv.check;

/**
 * The request cannot be answered as asked: a variable is ambiguous or has no
 * value, a range is empty, a file type is unknown (SPEC exit code 2: bad usage
 * or bad input). Math that fails at a point is a {@link dev.deriv.MathException} (exit 3).
 */
public class InputException extends IllegalArgumentException {
    public InputException(String message) {
        super(message);
    }
}
