package dev.deriv;

/**
 * A malformed rule file ({@link Engine#withRules(java.nio.file.Path)}): the
 * message starts with {@code file:line:}.
 */
public class RuleFileException extends RuntimeException {
    /**
     * An exception for a malformed line of a rule file.
     *
     * @param file    the file's name
     * @param line    the 1-based line number
     * @param message what is wrong there
     */
    public RuleFileException(String file, int line, String message) {
        super(file + ":" + line + ": " + message, null, false, false);
    }
}
