package dev.deriv.expr;

/**
 * What may name a variable: the grammar's identifier (a letter, then letters, ASCII digits
 * or underscores) that is neither a constant ({@code pi}, {@code e}) nor a known function.
 * One home for the rule: the library's {@code Expr.diff} and the CLI's options read it.
 */
public final class VariableNames {
    private VariableNames() {}

    /**
     * Why {@code name} cannot name a variable, or null when it can.
     *
     * @param functions the engine's known functions (built-in and defined)
     */
    public static String problem(String name, Functions functions) {
        if (name == null || name.isEmpty()) return "an empty name is not a variable name";
        if (name.equals("pi") || name.equals("π") || name.equals("e")) return "'" + name + "' is a constant, not a variable";
        if (functions.isKnown(name)) return "'" + name + "' is a function, not a variable";
        if (!isName(name)) return "'" + name + "' is not a variable name (a letter, then letters, digits or _)";
        return null;
    }

    /** The identifier syntax of the grammar: a letter, then letters, ASCII digits or underscores. */
    public static boolean isName(String s) {
        if (s.isEmpty()) return false;
        int first = s.codePointAt(0);
        if (!Character.isLetter(first)) return false;
        for (int i = Character.charCount(first); i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!(Character.isLetter(c) || c >= '0' && c <= '9' || c == '_')) return false;
            i += Character.charCount(c);
        }
        return true;
    }
}
