package dev.deriv;

import dev.deriv.expr.ControlCharacters;

/**
 * A syntax error: what is wrong and where. {@link #getMessage()} is one line
 * ("unexpected ')' at column 6"); {@link #withCaret()} adds the input and a caret
 * under the column, as the CLI prints it. Control characters of the input are escaped in
 * both (ESC as {@code \}{@code u001b}): the message echoes user text, which must not drive the terminal.
 */
public class ParseException extends RuntimeException {
    /** The text parsed. */
    private final String input;
    /** The 1-based column of the error, 0 when it has no single place. */
    private final int column;

    /**
     * An exception for a syntax error.
     *
     * @param message what is wrong
     * @param input   the text parsed
     * @param column  1-based column of the offending character; 0 when the error has no single place
     */
    public ParseException(String message, String input, int column) {
        super(ControlCharacters.escape(column > 0 ? message + " at column " + column : message), null, false, false);
        this.input = input;
        this.column = column;
    }

    /**
     * Where the error is.
     *
     * @return the 1-based column of the offending character; 0 when the error has no single place
     */
    public int column() { return column; }

    /**
     * What was parsed.
     *
     * @return the input text
     */
    public String input() { return input; }

    /**
     * The error as the command line prints it.
     *
     * @return the message, then the input line and a caret under the column (when the line is short enough to show)
     */
    public String withCaret() {
        if (column <= 0 || input == null || input.length() > 200 || input.contains("\n")) return getMessage();
        // the caret goes under the column as shown: after the escapes of the characters before it
        int before = input.offsetByCodePoints(0, Math.min(column - 1, input.codePointCount(0, input.length())));
        String shownBefore = ControlCharacters.escape(input.substring(0, before));
        return getMessage() + "\n  " + ControlCharacters.escape(input) + "\n  "
                + " ".repeat(shownBefore.codePointCount(0, shownBefore.length())) + "^";
    }
}
