package dev.deriv.cli;

import dev.deriv.expr.VariableNames;
import dev.deriv.parse.Suggestions;
import java.util.List;

/**
 * The names of deriv's commands, in the order the help lists them, and what to say
 * about a word that is not one: {@code deriv gard x} is a mistyped command, not the
 * product of two variables to differentiate.
 */
final class Commands {
    private Commands() {}

    static final List<String> NAMES = List.of("grad", "hessian", "simplify", "eval", "check", "minimize", "plot", "limit");

    /** Commands whose answer is not one line per expression: a file, a table, an iteration log. */
    static String whyNoBatch(Options.Command command) {
        switch (command) {
            case MINIMIZE: return "minimize prints its iterations and needs --from for each expression";
            case PLOT: return "plot writes one image file";
            case LIMIT: return "limit prints a table of several lines";
            default: return null;
        }
    }

    /**
     * The refusal of a word where a command's name is expected (before the expression),
     * with the commands and the nearest one: {@code unknown command 'gard' (did you mean grad?)}.
     */
    static UsageException unknown(String word) {
        String near = Suggestions.closest(word, NAMES);
        return new UsageException("unknown command '" + word + "'" + (near == null ? "" : " (did you mean " + near + "?)")
                + "; the commands are " + String.join(", ", NAMES)
                + ", and without a command deriv differentiates: deriv EXPR (see deriv --help)");
    }

    /** A bare name in the place of the command (letters, digits, _): {@code gard}, {@code solve}. */
    static boolean looksLikeCommand(String word) {
        return VariableNames.isName(word) && word.codePointCount(0, word.length()) > 1;
    }

    /**
     * A lone word close to a command's name but not one ({@code deriv gard}): a mistyped command,
     * refused, though it would parse as a variable. Other lone words are expressions
     * ({@code deriv rate} is 1); {@code deriv -- gard} differentiates the variable gard.
     */
    static boolean isNearCommand(String word) {
        return looksLikeCommand(word) && !NAMES.contains(word) && Suggestions.closest(word, NAMES) != null;
    }
}
