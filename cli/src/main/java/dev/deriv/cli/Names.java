package dev.deriv.cli;

import dev.deriv.Engine;
import dev.deriv.internal.Internals;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Variable names given on the command line (--wrt, --vars, --at), checked against the expression syntax. */
final class Names {
    private Names() {}

    /** {@code name}, trimmed, when it is a variable name; a usage error that says why otherwise. */
    static String variable(Engine engine, String name, String option) {
        String n = name.strip();
        if (n.isEmpty()) throw new UsageException(option + " needs a variable name");
        if (n.equals("pi") || n.equals("π") || n.equals("e")) {
            throw new UsageException(option + ": '" + n + "' is a constant, not a variable");
        }
        if (Internals.functions(engine).isKnown(n)) {
            throw new UsageException(option + ": '" + n + "' is a function, not a variable");
        }
        if (!isName(n)) {
            throw new UsageException(option + ": '" + n + "' is not a variable name (a letter, then letters, digits or _)");
        }
        return n;
    }

    /** A comma-separated list of distinct variable names, in the order given. */
    static List<String> variables(Engine engine, String list, String option) {
        Set<String> names = new LinkedHashSet<>();
        for (String part : list.split(",", -1)) {
            String n = variable(engine, part, option);
            if (!names.add(n)) throw new UsageException(option + ": '" + n + "' is listed twice");
        }
        return new ArrayList<>(names);
    }

    /** The identifier syntax of the grammar: a letter, then letters, ASCII digits or underscores. */
    static boolean isName(String s) {
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
