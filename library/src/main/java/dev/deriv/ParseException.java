package dev.deriv;


/**
 * A syntax error: what is wrong and where. {@link #getMessage()} is one line
 * ("unexpected ')' at column 6"); {@link #withCaret()} adds the input and a caret
 * under the column, as the CLI prints it.
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
        super(column > 0 ? message + " at column " + column : message, null, false, false);
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
        return getMessage() + "\n  " + input + "\n  " + " ".repeat(column - 1) + "^";
    }
}
