package dev.deriv.cli;

import java.util.ArrayList;
import java.util.List;

/** The command line, parsed: which command, on what, with which options. */
final class Options {
    enum Command {
        DERIVATIVE("derivative"), GRAD("grad"), HESSIAN("hessian"), SIMPLIFY("simplify"), EVAL("eval"), CHECK("check"),
        MINIMIZE("minimize"), PLOT("plot"), LIMIT("limit");

        final String word;

        Command(String word) { this.word = word; }

        static Command named(String word) {
            for (Command c : values()) if (c.word.equals(word)) return c;
            return DERIVATIVE;
        }
    }

    enum Format {
        INFIX, LATEX, JSON;

        static Format parse(String s) {
            switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "infix": return INFIX;
                case "latex": case "tex": return LATEX;
                case "json": return JSON;
                default: throw new UsageException("--format must be infix, latex or json, not '" + s + "'");
            }
        }
    }

    Command command = Command.DERIVATIVE;
    /** The expression, or null when none was given (as with --batch). */
    String expression;
    String wrt;
    String order;
    final List<String> at = new ArrayList<>();
    String vars;
    String answer;
    boolean batch;
    boolean steps;
    Format format = Format.INFIX;
    String rules;
    /** --input as given (auto, plain, latex), or null for auto. */
    String input;
    /** --show-input: print how the expression was read before the answer. */
    boolean showInput;
    /** --timeout as given (seconds), or null for the default budget (see {@link Timeout}). */
    String timeout;
    /** eval and grad: the CSV file of points ("-" for standard input), or null. */
    String csv;
    /** minimize: the starting point, NAME=VALUE lists as for --at. */
    final List<String> from = new ArrayList<>();
    /** minimize: --max-iterations and --tolerance as given, or null. */
    String maxIterations;
    String tolerance;
    /** limit: the number of rows (its --steps N) as given, or null. */
    String limitRows;
    /** plot: --tangent-at, --range, --size, --title and --output as given, or null; --also, in order. */
    String tangentAt;
    String range;
    String size;
    String title;
    String output;
    final List<String> also = new ArrayList<>();
}
