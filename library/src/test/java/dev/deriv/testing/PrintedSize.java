package dev.deriv.testing;

/**
 * The size of printed expression text as test-expressions/README.md (and
 * shared/README.md) define it: every number, variable, constant, operator
 * (binary or unary minus) and function call counts 1; parentheses and commas 0.
 * For printed output, where every operator is written, that is the number of
 * tokens other than parentheses and commas.
 */
public final class PrintedSize {
    private PrintedSize() {}

    public static int of(String text) {
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == ',') {
                i += Character.charCount(c);
            } else if (Character.isDigit(c) || c == '.') {
                while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) i++;
                if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')
                        && i + 1 < text.length() && (Character.isDigit(text.charAt(i + 1))
                        || text.charAt(i + 1) == '+' || text.charAt(i + 1) == '-')) {
                    i += 2;
                    while (i < text.length() && Character.isDigit(text.charAt(i))) i++;
                }
                count++;
            } else if (Character.isLetter(c)) {
                while (i < text.length()) {
                    int d = text.codePointAt(i);
                    if (!Character.isLetterOrDigit(d) && d != '_') break;
                    i += Character.charCount(d);
                }
                count++;
            } else if (text.startsWith("**", i)) {
                i += 2;
                count++;
            } else {
                i += Character.charCount(c);
                count++;
            }
        }
        return count;
    }
}
