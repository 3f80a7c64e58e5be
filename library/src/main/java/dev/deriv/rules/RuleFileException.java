package dev.deriv.rules;

/** A malformed rule file: the message starts with {@code file:line:}. */
public class RuleFileException extends RuntimeException {
    public RuleFileException(String file, int line, String message) {
        super(file + ":" + line + ": " + message, null, false, false);
    }
}
