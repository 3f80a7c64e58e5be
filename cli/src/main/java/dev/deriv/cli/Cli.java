package dev.deriv.cli;

import dev.deriv.expr.Limits;
import dev.deriv.check.LimitTable;
import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command-line grammar, built with picocli's programmatic API (no
 * annotation scanning, no reflection: start-up stays short). One root command,
 * the derivative, and the sub-commands of SPEC section 2.
 */
final class Cli {
    private Cli() {}

    static final String[] COMMON = {"--format", "--steps", "--rules"};

    /**
     * {@code -h} alone means {@code --help}. It is not declared as a picocli short
     * option, so that picocli never reads {@code -hx} as {@code -h} with something
     * attached: an argument beginning with '-' that is not exactly an option is an expression.
     */
    static String[] helpAlias(String[] args) {
        String[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i].equals("--")) break;
            if (out[i].equals("-h")) out[i] = "--help";
        }
        return out;
    }

    static CommandLine build() {
        // picocli would register converters for java.sql and java.time types by reflection,
        // loading a few dozen classes that deriv never uses
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", ".*");
        }
        CommandSpec root = command("deriv",
                "Symbolic differentiation: prints the simplified derivative of EXPR with respect to its only "
                        + "variable, or the one named with --wrt.");
        root.usageMessage().synopsisHeading("").descriptionHeading("%n").customSynopsis(
                "Usage: deriv [OPTIONS] EXPR",
                "       deriv grad|hessian|simplify|eval|check [OPTIONS] EXPR",
                "       deriv eval|grad EXPR --csv FILE",
                "       deriv minimize EXPR --from POINT [OPTIONS]",
                "       deriv plot EXPR --tangent-at x=VALUE -o FILE [OPTIONS]",
                "       deriv limit EXPR --at POINT [OPTIONS]",
                "       deriv [COMMAND] --batch [OPTIONS] < FILE");
        root.usageMessage().commandListHeading("%nCommands:%n");
        expression(root);
        root.addOption(option("--wrt", "VAR", "the variable to differentiate with respect to "
                + "(needed when EXPR has several)"));
        root.addOption(option("--order", "N", "the order of the derivative (default 1)"));
        at(root);
        batch(root);
        common(root);
        root.usageMessage().footerHeading("%nExamples:%n").footer(
                "  deriv \"3*x^2-4*x\"                      6*x - 4",
                "  deriv \"x^2*y + y^3\" --wrt y            the partial derivative w.r.t. y",
                "  deriv \"sin(x)\" --order 3               the third derivative",
                "  deriv \"3*x^2-4*x\" --at x=1             2",
                "  deriv grad \"x^2*y\" --at x=1,y=2",
                "  deriv simplify \"2^3^2\"                 512",
                "  deriv eval \"2x(x+1)\" --at x=2          12",
                "  deriv eval \"sin(x)\" --at x=pi/2        1",
                "  deriv simplify \"x*x\" --format json",
                "  printf 'x^3\\nsin(x)\\n' | deriv --batch",
                "  deriv eval \"x^2*y\" --csv points.csv      one value per point of the CSV file",
                "  deriv minimize \"(1-x)^2 + 100*(y-x^2)^2\" --from x=-1.2,y=1",
                "",
                "An EXPR that begins with '-' is an expression (deriv \"-x^2\"); '--' ends the options.",
                "Exit codes: 0 done, 1 check found the answer incorrect, 2 bad usage or bad input,",
                "3 a math error at the requested point (e.g. division by zero).");

        CommandSpec grad = command("grad", "The gradient: one line per variable, 'x: <partial derivative>', "
                + "or its value with --at.");
        expression(grad);
        grad.addOption(option("--vars", "VARS", "the variables, comma-separated, in the order to print "
                + "(default: all, sorted by name)"));
        at(grad);
        csv(grad, "a header line 'df/dx,df/dy,...', then the partial derivatives at each point");
        batch(grad);
        common(grad);
        grad.usageMessage().footerHeading("%nExamples:%n").footer(
                "  deriv grad \"x^2*y + y^3\"",
                "  deriv grad \"ln(exp(x) + exp(y))\" --at x=0,y=ln(2)",
                "  deriv grad \"w*x*y*z\" --vars z,y,x,w",
                "  deriv grad \"ln(exp(x) + exp(y))\" --csv points.csv",
                "",
                "With --csv, the first line of FILE names the columns (any order; columns that are not",
                "variables of EXPR are ignored) and every other line is a point; the gradient is evaluated",
                "by compiled code, NaN where it does not exist.");

        CommandSpec hessian = command("hessian", "The Hessian matrix, one row per line: '[d2f/dx2, d2f/dxdy]'.");
        expression(hessian);
        hessian.addOption(option("--vars", "VARS", "the variables, comma-separated, in row order "
                + "(default: all, sorted by name)"));
        at(hessian);
        batch(hessian);
        common(hessian);
        hessian.usageMessage().footerHeading("%nExamples:%n").footer(
                "  deriv hessian \"x^2*y + y^3\"",
                "  deriv hessian \"x^2*y + y^3\" --at x=1,y=2");

        CommandSpec simplify = command("simplify", "The simplified expression.");
        expression(simplify);
        batch(simplify);
        common(simplify);
        simplify.usageMessage().footerHeading("%nExamples:%n").footer(
                "  deriv simplify \"2^3^2\"                 512",
                "  deriv simplify \"x*x + 0\"               x^2",
                "  deriv simplify \"x/x\" --format json");

        CommandSpec eval = command("eval", "The value of EXPR at a point (values may be constant expressions: "
                + "x=pi/2), or at every point of a CSV file.");
        expression(eval);
        at(eval);
        csv(eval, "a header line 'value', then the value at each point");
        batch(eval);
        common(eval);
        eval.usageMessage().footerHeading("%nExamples:%n").footer(
                "  deriv eval \"2x(x+1)\" --at x=2          12",
                "  deriv eval \"-3^2\"                      -9",
                "  deriv eval \"x/y\" --at x=1,y=3          0.3333333333333333",
                "  deriv eval \"x^2*y\" --csv points.csv",
                "  ... | deriv eval \"x^2*y\" --csv -",
                "",
                "With --csv, the first line of FILE names the columns (any order; columns that are not",
                "variables of EXPR are ignored) and every other line is a point; the values are computed",
                "by compiled code in double precision, NaN where EXPR is undefined. --at values are exact",
                "until the end and a point where EXPR is undefined is an error (exit 3).");

        CommandSpec check = command("check", "Checks ANSWER as the derivative of EXPR: prints 'correct', or "
                + "'incorrect' with a point where they differ (exit 1).");
        expression(check);
        check.addOption(option("--answer", "ANSWER", "the proposed derivative"));
        check.addOption(option("--wrt", "VAR", "the variable (needed when EXPR has several)"));
        batch(check);
        common(check);

        CommandSpec minimize = command("minimize", "Minimizes EXPR from a starting point (conjugate gradient "
                + "on the compiled gradient): the loss as it goes, then the minimum found.");
        expression(minimize);
        minimize.addOption(OptionSpec.builder("--from").paramLabel("POINT").arity("1").type(String[].class)
                .description("the starting point, a value for every variable: x=-1.2,y=1 (values may be "
                        + "constant expressions, as with --at)").build());
        minimize.addOption(option("--max-iterations", "N", "give up after N iterations (default "
                + Minimize.DEFAULT_MAX_ITERATIONS + ")"));
        minimize.addOption(option("--tolerance", "T", "converged when every partial derivative is at most T "
                + "in absolute value (default " + Minimize.DEFAULT_TOLERANCE + ")"));
        minimize.addOption(option("--format", "FORMAT", "infix (default) or json: one JSON object, with the "
                + "point in full precision"));
        rulesAndHelp(minimize);
        minimize.usageMessage().footerHeading("%nExamples:%n").footer(
                "  deriv minimize \"(1-x)^2 + 100*(y-x^2)^2\" --from x=-1.2,y=1",
                "  deriv minimize \"x - ln(x)\" --from x=3 --format json",
                "",
                "One line per iteration up to 10, then every 10th up to 100, every 100th up to 1000, ...,",
                "and the last; then 'minimum: loss=... at x=..., y=...' and whether it converged.",
                "|grad| is the largest partial derivative in absolute value. The loss and |grad| are",
                "printed to 6 significant digits, the point to 10 (all digits with --format json).",
                "Exit codes: 0 done (converged or not: see the last line), 2 bad usage or input, 3 the",
                "loss or its gradient is not finite at a point reached, or the loss is unbounded below.");

        root.addSubcommand("grad", grad);
        root.addSubcommand("hessian", hessian);
        root.addSubcommand("simplify", simplify);
        root.addSubcommand("eval", eval);
        root.addSubcommand("check", check);
        root.addSubcommand("minimize", minimize);
        root.addSubcommand("plot", plot());
        root.addSubcommand("limit", limit());

        CommandLine cl = new CommandLine(root);
        cl.setUnmatchedOptionsArePositionalParams(true);
        cl.setOverwrittenOptionsAllowed(false); // --wrt x --wrt y is an error, not the last one silently
        cl.setExpandAtFiles(false); // "@x" is not a file of arguments
        cl.setUsageHelpWidth(100);
        return cl;
    }

    private static CommandSpec plot() {
        CommandSpec plot = command("plot", "Draws EXPR and its tangent line at a point (PNG or SVG, by the file name).");
        expression(plot);
        plot.addOption(option("--tangent-at", "x=VALUE", "draw the tangent line at this point (x=1, x=pi/4, "
                + "x=log(8, 2): a constant expression, as with --at)"));
        plot.addOption(option("--range", "A:B", "the x range (default: 3 either side of the tangent point, "
                + "else -5:5)"));
        plot.addOption(OptionSpec.builder("--also").paramLabel("EXPR").arity("1").type(String[].class)
                .description("another curve in the same plot, e.g. \"2*x-3\" (repeatable)").build());
        plot.addOption(option("--size", "WxH", "image size in pixels (default 800x600)"));
        plot.addOption(option("--title", "TEXT", "the title (default: the function and its tangent)"));
        plot.addOption(OptionSpec.builder("-o", "--output").paramLabel("FILE").arity("1").type(String.class)
                .required(true).description("the image file to write: NAME.png or NAME.svg").build());
        rulesAndHelp(plot);
        plot.usageMessage().footerHeading("%nExamples:%n").footer(
                "  deriv plot \"3*x^2-4*x\" --tangent-at x=1 --range -1:3 -o tangent.png",
                "  deriv plot \"sin(x)\" --tangent-at x=pi/4 --also \"cos(x)\" -o sin.svg");
        return plot;
    }

    private static CommandSpec limit() {
        CommandSpec limit = command("limit", "The derivative as a limit: the difference quotient "
                + "(f(x+h) - f(x))/h for h = 10^-1 ... 10^-N in double precision, next to the exact derivative.");
        expression(limit);
        at(limit);
        limit.addOption(option("--wrt", "VAR", "the variable (needed when EXPR has several)"));
        // not the --steps flag of the other commands: here it takes a number
        limit.addOption(option("--steps", "N", "rows: h = 10^-1 ... 10^-N (default "
                + LimitTable.DEFAULT_ROWS + ", at most " + LimitTable.MAX_ROWS + ")"));
        rulesAndHelp(limit);
        limit.usageMessage().footerHeading("%nExamples:%n").footer(
                "  deriv limit \"3*x^2-4*x\" --at x=1",
                "  deriv limit \"sin(x)\" --at x=1 --steps 14     where double precision stops it");
        return limit;
    }

    private static CommandSpec command(String name, String description) {
        CommandSpec spec = CommandSpec.create().name(name);
        spec.usageMessage().description(description).sortOptions(false)
                .parameterListHeading("%n").optionListHeading("%nOptions:%n");
        return spec;
    }

    private static void expression(CommandSpec spec) {
        spec.addPositional(PositionalParamSpec.builder().paramLabel("EXPR").arity("0..*").type(String[].class)
                .hideParamSyntax(true)
                .description("the expression, e.g. \"3*x^2-4*x\" (quote it for the shell)").build());
    }

    private static void at(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("--at").paramLabel("POINT").arity("1").type(String[].class)
                .description("a point, e.g. x=1,y=-2 or x=pi/2: print the value there").build());
    }

    private static void csv(CommandSpec spec, String what) {
        spec.addOption(option("--csv", "FILE", "evaluate at every point of a CSV file ('-': standard input) whose "
                + "first line names the variables; prints CSV: " + what));
    }

    private static void batch(CommandSpec spec) {
        spec.addOption(flag("--batch", "read one expression per line from standard input and write one line "
                + "per input line: the result, or 'error: <message>'"));
    }

    private static void common(CommandSpec spec) {
        spec.addOption(option("--format", "FORMAT", "infix (default), latex or json"));
        spec.addOption(flag("--steps", "show the derivation rule by rule"));
        rulesAndHelp(spec);
    }

    private static void rulesAndHelp(CommandSpec spec) {
        spec.addOption(option("--input", "NOTATION", "how the expression is written: auto (default: LaTeX when it has"
                + " a backslash or a brace), plain or latex"));
        spec.addOption(flag("--show-input", "print how the expression was read first (read as: ...)"));
        spec.addOption(option("--rules", "FILE", "add the rules of FILE to the standard ones"));
        spec.addOption(option("--timeout", "SECONDS", "give up after SECONDS seconds of wall-clock time (default "
                + Limits.REQUEST_MILLIS / 1000 + "; with --batch, per line)"));
        spec.addOption(OptionSpec.builder("--help").usageHelp(true).description("show this help (also -h)").build());
        spec.addOption(OptionSpec.builder("--version").versionHelp(true).description("print the version").build());
    }

    private static OptionSpec option(String name, String label, String description) {
        return OptionSpec.builder(name).paramLabel(label).arity("1").type(String.class).description(description).build();
    }

    private static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).arity("0").type(boolean.class).description(description).build();
    }

    /**
     * Reads the arguments with picocli. Prints the help or the version when asked
     * for them and returns null; otherwise returns the options. A usage error is
     * a {@link UsageException} with picocli's message.
     */
    static Options parse(String[] args, PrintStream out) {
        ParseResult parsed;
        try {
            parsed = build().parseArgs(helpAlias(args));
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(usageMessage(e));
        }
        CommandLine help = helpRequested(parsed);
        if (help != null) {
            out.print(help.getUsageMessage(CommandLine.Help.Ansi.OFF));
            out.flush();
            return null;
        }
        if (versionRequested(parsed)) {
            out.print("deriv " + Main.version() + "\n");
            out.flush();
            return null;
        }
        return options(parsed);
    }

    /** picocli's message, lower-cased to match ours, with a pointer to the help. */
    private static String usageMessage(CommandLine.ParameterException e) {
        String m = e.getMessage() == null ? "bad usage" : e.getMessage().strip();
        if (!m.isEmpty()) m = Character.toLowerCase(m.charAt(0)) + m.substring(1);
        String name = e.getCommandLine() == null ? "deriv" : e.getCommandLine().getCommandSpec().qualifiedName();
        return m + " (see " + name + " --help)";
    }

    /** The parsed command line as {@link Options}; options before a sub-command's name count for it too. */
    static Options options(ParseResult root) {
        Options o = new Options();
        ParseResult leaf = root;
        if (root.hasSubcommand()) {
            leaf = root.subcommand();
            o.command = Options.Command.named(leaf.commandSpec().name());
            for (OptionSpec opt : root.matchedOptions()) {
                if (!isCommon(opt.longestName()) || !declaresAlike(leaf.commandSpec(), opt)) {
                    throw new UsageException(opt.longestName() + " does not apply to 'deriv " + o.command.word
                            + "' (see deriv " + o.command.word + " --help)");
                }
                if (leaf.hasMatchedOption(opt.longestName())) { // before and after the command's name
                    throw new UsageException("option '" + opt.longestName() + "' should be specified only once");
                }
            }
            if (!root.matchedPositionals().isEmpty()) {
                throw new UsageException("put the expression after the command: deriv " + o.command.word + " EXPR");
            }
        }
        String[] words = leaf.matchedPositionalValue(0, null);
        if (words != null && !root.originalArgs().contains("--")) {
            for (String w : words) refuseOptionLike(w, o.command, leaf.commandSpec());
        }
        boolean endOfOptions = root.originalArgs().contains("--");
        if (words != null && words.length > 1) throw tooManyWords(o.command, words, leaf.commandSpec(), endOfOptions);
        if (words != null && words.length == 1) {
            // deriv gard: a mistyped command, though gard would parse as a variable (deriv -- gard takes it so)
            if (o.command == Options.Command.DERIVATIVE && !endOfOptions && Commands.isNearCommand(words[0])) {
                throw Commands.unknown(words[0]);
            }
            o.expression = words[0];
        }
        o.wrt = leaf.matchedOptionValue("--wrt", null);
        o.order = leaf.matchedOptionValue("--order", null);
        String[] at = leaf.matchedOptionValue("--at", null);
        if (at != null) o.at.addAll(java.util.Arrays.asList(at));
        o.vars = leaf.matchedOptionValue("--vars", null);
        o.answer = leaf.matchedOptionValue("--answer", null);
        o.batch = leaf.hasMatchedOption("--batch");
        if (o.command == Options.Command.LIMIT) o.limitRows = leaf.matchedOptionValue("--steps", null);
        else o.steps = leaf.hasMatchedOption("--steps") || root.hasMatchedOption("--steps");
        String format = leaf.matchedOptionValue("--format", root.matchedOptionValue("--format", null));
        if (format != null) o.format = Options.Format.parse(format);
        o.rules = leaf.matchedOptionValue("--rules", root.matchedOptionValue("--rules", null));
        o.input = leaf.matchedOptionValue("--input", root.matchedOptionValue("--input", null));
        o.showInput = leaf.hasMatchedOption("--show-input") || root.hasMatchedOption("--show-input");
        o.timeout = leaf.matchedOptionValue("--timeout", root.matchedOptionValue("--timeout", null));
        o.csv = leaf.matchedOptionValue("--csv", null);
        String[] from = leaf.matchedOptionValue("--from", null);
        if (from != null) o.from.addAll(java.util.Arrays.asList(from));
        o.maxIterations = leaf.matchedOptionValue("--max-iterations", null);
        o.tolerance = leaf.matchedOptionValue("--tolerance", null);
        o.tangentAt = leaf.matchedOptionValue("--tangent-at", null);
        o.range = leaf.matchedOptionValue("--range", null);
        String[] also = leaf.matchedOptionValue("--also", null);
        if (also != null) o.also.addAll(java.util.Arrays.asList(also));
        o.size = leaf.matchedOptionValue("--size", null);
        o.title = leaf.matchedOptionValue("--title", null);
        o.output = leaf.matchedOptionValue("--output", null);
        return o;
    }

    /** How the user typed the command: {@code deriv} for the derivative, else {@code deriv grad} and so on. */
    private static String commandName(Options.Command command) {
        return command == Options.Command.DERIVATIVE ? "deriv" : "deriv " + command.word;
    }

    /**
     * An argument that begins with {@code --} and a letter is an option, never the
     * expression: a mistyped option ({@code --hlep}) or one the command does not take
     * ({@code simplify --csv}) must not be differentiated as a variable. (A double
     * negation is written {@code -(-x)}, or after {@code --}.)
     */
    private static void refuseOptionLike(String word, Options.Command command, CommandSpec spec) {
        if (!(word.startsWith("--") && word.length() > 2 && Character.isLetter(word.charAt(2)))) return;
        String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
        String help = commandName(command) + " --help";
        CommandSpec root = spec.root();
        boolean elsewhere = root.findOption(name) != null
                || root.subcommands().values().stream().anyMatch(c -> c.getCommandSpec().findOption(name) != null);
        if (elsewhere) {
            String why = name.equals("--batch") ? Commands.whyNoBatch(command) : null;
            throw new UsageException(name + " does not apply to '" + commandName(command) + "'"
                    + (why == null ? "" : ": " + why) + " (see " + help + ")");
        }
        java.util.List<String> names = new java.util.ArrayList<>();
        for (OptionSpec opt : spec.options()) names.addAll(java.util.Arrays.asList(opt.names()));
        String near = dev.deriv.parse.Suggestions.closest(name, names);
        throw new UsageException("unknown option '" + name + "'" + (near == null ? "" : " (did you mean " + near + "?)")
                + " (see " + help + ")");
    }

    /**
     * More than one expression: an unknown option ({@code --fromat json}) or an
     * unquoted expression. Words are not joined: a mistyped option must not
     * silently become part of the expression.
     */
    private static UsageException tooManyWords(Options.Command command, String[] words, CommandSpec spec,
                                               boolean endOfOptions) {
        String help = commandName(command) + " --help";
        // deriv gard x, deriv solve "x^2": a word where the command goes, not two expressions
        if (command == Options.Command.DERIVATIVE && !endOfOptions && Commands.looksLikeCommand(words[0])) {
            return Commands.unknown(words[0]);
        }
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            String name = w.contains("=") ? w.substring(0, w.indexOf('=')) : w;
            if (spec.findOption(name) != null) {
                return new UsageException("'" + name + "' comes after '--', which ends the options: "
                        + "put the options first");
            }
            if (w.startsWith("--") && w.length() > 2 && Character.isLetter(w.charAt(2))) {
                return new UsageException("unknown option '" + w + "' (see " + help + ")");
            }
        }
        return new UsageException("one expression expected, got " + words.length + " arguments: '"
                + String.join("' '", words) + "' (quote the expression: \"" + String.join(" ", words) + "\")");
    }

    /** Whether {@code command} has the root's option with the same meaning ({@code limit --steps N} is not the flag). */
    private static boolean declaresAlike(CommandSpec command, OptionSpec rootOption) {
        OptionSpec own = command.findOption(rootOption.longestName());
        return own != null && own.arity().equals(rootOption.arity());
    }

    private static boolean isCommon(String name) {
        for (String c : COMMON) if (c.equals(name)) return true;
        return false;
    }

    /** The command whose help or version was asked for, or null. */
    static CommandLine helpRequested(ParseResult root) {
        for (ParseResult r = root; r != null; r = r.hasSubcommand() ? r.subcommand() : null) {
            if (r.isUsageHelpRequested()) return r.commandSpec().commandLine();
        }
        return null;
    }

    static boolean versionRequested(ParseResult root) {
        for (ParseResult r = root; r != null; r = r.hasSubcommand() ? r.subcommand() : null) {
            if (r.isVersionHelpRequested()) return true;
        }
        return false;
    }
}
