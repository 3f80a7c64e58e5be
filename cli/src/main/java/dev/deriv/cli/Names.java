package dev.deriv.cli;

import dev.deriv.expr.VariableNames;
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
        String problem = VariableNames.problem(n, Internals.functions(engine));
        if (problem != null) throw new UsageException(option + ": " + problem);
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

    /** The identifier syntax of the grammar (see {@link VariableNames#isName}). */
    static boolean isName(String s) { return VariableNames.isName(s); }
}
