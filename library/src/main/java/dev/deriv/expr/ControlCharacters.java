package dev.deriv.expr;

/**
 * Makes user text safe to echo in a message: control characters are written as
 * escapes, a backslash, u and four hex digits (ESC as {@code \}{@code u001b}). Input such as {@code x<ESC>[2J} echoed raw in an
 * error message would clear the user's terminal (or rewrite what it shows); the
 * escaped form shows which character was there instead.
 */
public final class ControlCharacters {
    private ControlCharacters() {}

    /**
     * {@code text} with every control character (C0, DEL, C1) and every bidirectional
     * override or isolate (which reorder what a terminal shows) escaped as {@code \}{@code uXXXX}.
     */
    public static String escape(String text) {
        if (text == null || text.chars().noneMatch(ControlCharacters::isControl)) return text;
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
