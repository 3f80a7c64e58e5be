package dev.deriv.cli;

import dev.deriv.Engine;
import dev.deriv.Expr;
import dev.deriv.check.AnswerCheck;
import dev.deriv.check.Derivation;
import dev.deriv.check.InputException;
import dev.deriv.check.LimitTable;
import dev.deriv.check.Plot;
import dev.deriv.check.Verdict;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command-line side of issue 6 (checking answers and teaching), kept apart
 * from the rest of the CLI so that it can be hooked in with a few lines:
 * {@code deriv check}, {@code --steps}, {@code deriv plot} and {@code deriv limit}.
 * Each method returns the complete text for standard output and the exit code;
 * errors are thrown as {@link dev.deriv.expr.MathException} (exit 3),
 * {@link InputException} (exit 2) or {@link dev.deriv.parse.ParseException} (exit 2).
 *
 * <pre>
 * deriv check "x^x" --answer "x*x^(x-1)"          incorrect (exit 1), a point, both values
 * deriv "x^2*sin(x)" --steps [--format latex]      the derivation rule by rule
 * deriv plot "3*x^2-4*x" --tangent-at x=1 --range -1:3 [--also "2*x-3"] [--size 800x600] -o tangent.png
 * deriv limit "3*x^2-4*x" --at x=1 [--steps 12]    the difference-quotient table
 * </pre>
 */
public final class TeachingCommands {
    private TeachingCommands() {}

    /** Standard output and exit code of one command. */
    public record Result(String text, int exitCode) {}

    // ---- deriv check --------------------------------------------------------------------

    /** {@code deriv check EXPR --answer ANSWER [--wrt x]}: exit 0 correct, 1 incorrect. */
    public static Result check(Engine engine, String expression, String answer, String wrt, String format) {
        if (answer == null) throw new InputException("check needs the answer: deriv check EXPR --answer ANSWER");
        Expr problem = engine.parse(expression);
        Expr proposed = engine.parse(answer);
        Verdict v = AnswerCheck.check(problem, proposed, wrt);
        String text;
        switch (format == null ? "infix" : format) {
            case "json":
                StringBuilder sb = new StringBuilder("{\"command\":\"check\"");
                field(sb, "input", expression);
                field(sb, "answer", answer);
                field(sb, "derivative", v.derivative().toString());
                field(sb, "result", v.correct() ? "correct" : "incorrect");
                field(sb, "method", v.method());
                if (!v.point().isEmpty()) {
                    sb.append(",\"point\":{");
                    boolean first = true;
                    for (Map.Entry<String, String> e : v.point().entrySet()) {
                        if (!first) sb.append(',');
                        sb.append(quote(e.getKey())).append(':').append(e.getValue());
                        first = false;
                    }
                    sb.append('}');
                    field(sb, "derivative_value", v.derivativeValue());
                    field(sb, "answer_value", v.answerValue());
                }
                sb.append(",\"notes\":[");
                for (int i = 0; i < v.notes().size(); i++) sb.append(i == 0 ? "" : ",").append(quote(v.notes().get(i)));
                text = sb.append("]}").toString();
                break;
            case "latex":
                text = v.correct() ? "\\text{correct}" : "\\text{incorrect: at } " + v.pointText()
                        + "\\text{, the derivative is } " + v.derivativeValue() + "\\text{ and the answer is } "
                        + v.answerValue();
                break;
            default:
                text = v.text();
        }
        return new Result(text, v.exitCode());
    }

    // ---- --steps ------------------------------------------------------------------------

    /** {@code deriv EXPR --steps [--wrt x] [--format latex]}: the derivation, ending with the simplified result. */
    public static String steps(Engine engine, String expression, String wrt, String format) {
        Expr f = engine.parse(expression);
        String w = wrt != null ? wrt : onlyVariable(f);
        Derivation d = Derivation.of(f, w);
        if ("latex".equals(format)) return d.latex();
        if ("json".equals(format)) {
            StringBuilder sb = new StringBuilder("{\"command\":\"steps\"");
            field(sb, "input", expression);
            field(sb, "wrt", w);
            sb.append(",\"steps\":[");
            String[] lines = d.infix().split("\n");
            for (int i = 0; i < lines.length; i++) sb.append(i == 0 ? "" : ",").append(quote(lines[i]));
            sb.append(']');
            field(sb, "result", d.result().toString());
            field(sb, "latex", d.result().toLatex());
            return sb.append('}').toString();
        }
        return d.infix();
    }

    private static String onlyVariable(Expr f) {
        Set<String> vs = f.variables();
        if (vs.size() > 1) {
            throw new InputException("the expression has " + vs.size() + " variables (" + String.join(", ", vs)
                    + "): say which one with --wrt");
        }
        return vs.isEmpty() ? "x" : vs.iterator().next();
    }

    // ---- deriv plot ---------------------------------------------------------------------

    /** The picocli definition of {@code deriv plot}, to add with {@code root.addSubcommand("plot", plotSpec())}. */
    public static CommandSpec plotSpec() {
        CommandSpec spec = CommandSpec.create().name("plot");
        spec.usageMessage().description("Draws EXPR and its tangent line at a point (PNG or SVG, by the file name).")
                .sortOptions(false).parameterListHeading("%n").optionListHeading("%nOptions:%n")
                .footerHeading("%nExamples:%n").footer(
                        "  deriv plot \"3*x^2-4*x\" --tangent-at x=1 --range -1:3 -o tangent.png",
                        "  deriv plot \"sin(x)\" --tangent-at x=pi/4 --also \"cos(x)\" -o sin.svg");
        expression(spec);
        spec.addOption(option("--tangent-at", "x=VALUE", "draw the tangent line at this point (x=1, x=pi/4)"));
        spec.addOption(option("--range", "A:B", "the x range (default: 3 either side of the tangent point, else -5:5)"));
        spec.addOption(OptionSpec.builder("--also").paramLabel("EXPR").arity("1").type(String[].class)
                .description("another curve in the same plot, e.g. \"2*x-3\" (repeatable)").build());
        spec.addOption(option("--size", "WxH", "image size in pixels (default 800x600)"));
        spec.addOption(option("--title", "TEXT", "the title (default: the function and its tangent)"));
        spec.addOption(OptionSpec.builder("-o", "--output").paramLabel("FILE").arity("1").type(String.class)
                .required(true).description("the image file to write: NAME.png or NAME.svg").build());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("show this help").build());
        return spec;
    }

    /** Runs {@code deriv plot} from its parse result; prints the file written. */
    public static Result plot(Engine engine, ParseResult pr) {
        Expr f = engine.parse(expressionOf(pr));
        Plot plot = Plot.of(f);
        String tangent = pr.matchedOptionValue("--tangent-at", null);
        if (tangent != null) plot.tangentAt(coordinate(tangent, "--tangent-at"));
        String range = pr.matchedOptionValue("--range", null);
        if (range != null) plot.range(range);
        String[] also = pr.matchedOptionValue("--also", new String[0]);
        for (String g : also) plot.also(engine.parse(g));
        String size = pr.matchedOptionValue("--size", null);
        if (size != null) plot.size(size);
        String title = pr.matchedOptionValue("--title", null);
        if (title != null) plot.title(title);
        String out = pr.matchedOptionValue("--output", null);
        try {
            plot.write(Path.of(out));
        } catch (IOException e) {
            throw new InputException("cannot write " + out + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new InputException("cannot write " + out + ": " + e.getCause().getMessage());
        }
        return new Result("wrote " + out, 0);
    }

    /** {@code x=1} or {@code 1}: the value part. */
    private static String coordinate(String spec, String option) {
        int eq = spec.indexOf('=');
        return eq < 0 ? spec : spec.substring(eq + 1);
    }

    // ---- deriv limit --------------------------------------------------------------------

    /** The picocli definition of {@code deriv limit}, to add with {@code root.addSubcommand("limit", limitSpec())}. */
    public static CommandSpec limitSpec() {
        CommandSpec spec = CommandSpec.create().name("limit");
        spec.usageMessage().description("The derivative as a limit: the difference quotient (f(x+h) - f(x))/h for "
                        + "h = 10^-1 ... 10^-N in double precision, next to the exact derivative.")
                .sortOptions(false).parameterListHeading("%n").optionListHeading("%nOptions:%n")
                .footerHeading("%nExamples:%n").footer(
                        "  deriv limit \"3*x^2-4*x\" --at x=1",
                        "  deriv limit \"sin(x)\" --at x=1 --steps 14     where double precision stops it");
        expression(spec);
        spec.addOption(OptionSpec.builder("--at").paramLabel("POINT").arity("1").type(String[].class)
                .required(true).description("the point, e.g. x=1 (and values for any other variables)").build());
        spec.addOption(option("--wrt", "VAR", "the variable (needed when EXPR has several)"));
        spec.addOption(option("--steps", "N", "rows: h = 10^-1 ... 10^-N (default 5, at most "
                + LimitTable.MAX_ROWS + ")"));
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("show this help").build());
        return spec;
    }

    /** Runs {@code deriv limit}; exit 3 (after the table) where the derivative does not exist. */
    public static Result limit(Engine engine, ParseResult pr) {
        Expr f = engine.parse(expressionOf(pr));
        Map<Var, Node> at = point(engine, List.of(pr.matchedOptionValue("--at", new String[0])));
        String n = pr.matchedOptionValue("--steps", null);
        int rows = LimitTable.DEFAULT_ROWS;
        if (n != null) {
            try {
                rows = Integer.parseInt(n.strip());
            } catch (NumberFormatException e) {
                throw new InputException("--steps must be a whole number from 1 to " + LimitTable.MAX_ROWS);
            }
        }
        LimitTable t = LimitTable.of(f, pr.matchedOptionValue("--wrt", null), at, rows);
        return new Result(t.text(), t.exact() == null ? 3 : 0);
    }

    // ---- dispatch -----------------------------------------------------------------------

    /** Whether {@code args} is a {@code deriv plot} or {@code deriv limit} command line. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("plot") || args[0].equals("limit"));
    }

    /**
     * Runs {@code deriv plot ...} or {@code deriv limit ...} (args[0] is the command's
     * name): prints the text or the help on {@code out}, returns the exit code. Bad
     * usage is an {@link InputException}.
     */
    public static int run(Engine engine, String[] args, java.io.PrintStream out) {
        boolean plot = args[0].equals("plot");
        CommandSpec spec = plot ? plotSpec() : limitSpec();
        spec.name("deriv " + args[0]);
        picocli.CommandLine cl = new picocli.CommandLine(spec);
        cl.setUnmatchedOptionsArePositionalParams(true);
        cl.setUsageHelpWidth(100);
        ParseResult pr;
        try {
            pr = cl.parseArgs(java.util.Arrays.copyOfRange(args, 1, args.length));
        } catch (picocli.CommandLine.ParameterException e) {
            String m = e.getMessage() == null ? "bad usage" : e.getMessage().strip();
            if (!m.isEmpty()) m = Character.toLowerCase(m.charAt(0)) + m.substring(1);
            throw new InputException(m + " (see deriv " + args[0] + " --help)");
        }
        if (pr.isUsageHelpRequested()) {
            out.print(cl.getUsageMessage(picocli.CommandLine.Help.Ansi.OFF));
            out.flush();
            return 0;
        }
        Result r = plot ? plot(engine, pr) : limit(engine, pr);
        out.print(r.text() + "\n");
        out.flush();
        return r.exitCode();
    }

    // ---- shared -------------------------------------------------------------------------

    /**
     * {@code --at x=1,y=pi/2} as exact values (constant expressions, simplified), the
     * form {@link dev.deriv.check.PointValues} takes.
     */
    public static Map<Var, Node> point(Engine engine, List<String> specs) {
        Map<Var, Node> p = new LinkedHashMap<>();
        for (String spec : specs) {
            for (String item : spec.split(",")) {
                int eq = item.indexOf('=');
                if (eq <= 0) throw new InputException("--at expects NAME=VALUE pairs such as x=1,y=-2; got '" + item + "'");
                String name = item.substring(0, eq).strip();
                Expr value = engine.parse(item.substring(eq + 1).strip());
                if (!value.variables().isEmpty()) {
                    throw new InputException("--at: the value of '" + name + "' must be a number or a constant expression");
                }
                p.put(Nodes.var(name), Internals.node(value.simplify()));
            }
        }
        return p;
    }

    private static void expression(CommandSpec spec) {
        spec.addPositional(PositionalParamSpec.builder().paramLabel("EXPR").arity("1..*").type(String[].class)
                .description("the expression, e.g. \"3*x^2-4*x\"").build());
    }

    private static String expressionOf(ParseResult pr) {
        String[] words = pr.matchedPositionalValue(0, new String[0]);
        if (words.length == 0) throw new InputException("no expression given");
        return String.join(" ", words);
    }

    private static OptionSpec option(String name, String label, String description) {
        return OptionSpec.builder(name).paramLabel(label).arity("1").type(String.class).description(description).build();
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append(',').append(quote(name)).append(':').append(value == null ? "null" : quote(value));
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
