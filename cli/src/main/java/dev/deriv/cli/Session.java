package dev.deriv.cli;

import dev.deriv.Engine;
import dev.deriv.Expr;
import dev.deriv.print.PrintedSize;
import dev.deriv.cli.Options.Command;
import dev.deriv.cli.Options.Format;
import dev.deriv.expr.Limits;
import dev.deriv.expr.Nodes;
import dev.deriv.internal.Internals;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One command line's work: the options checked once, then any number of
 * expressions answered (one, or one per line with --batch). {@link #answer}
 * returns the complete text to print, so that nothing reaches standard output
 * unless the whole answer was computed.
 */
final class Session {
    private final Options options;
    private final Engine engine;
    private final Point point;
    private final List<String> vars;
    private final String wrt;
    private final int order;
    private final dev.deriv.Notation notation;

    /** Checks the options; throws {@link UsageException} (or "not available yet") before any input is read. */
    Session(Options options) {
        this(options, Timeout.millis(options.timeout));
    }

    /**
     * A session whose commands run within {@code millis} (the caller watches that budget);
     * the engine's own per-call limit is raised to it when lower, so that --timeout 120
     * is not cut short by the library's default.
     */
    Session(Options options, long millis) {
        this.options = options;
        if (options.steps && options.command != Command.DERIVATIVE) {
            throw new UsageException("--steps applies to the derivative: deriv EXPR --steps");
        }
        if (options.command == Command.CHECK && options.batch && options.answer == null) {
            // said once, not once per line: each line is an expression, checked against the one --answer
            throw new UsageException("deriv check --batch needs --answer ANSWER, the derivative to check against each line");
        }
        Engine standard = EngineSupport.engine(options.rules);
        this.engine = standard.timeLimit().toMillis() < millis
                ? standard.withTimeLimit(java.time.Duration.ofMillis(millis)) : standard;
        this.wrt = options.wrt == null ? null : Names.variable(engine, options.wrt, "--wrt");
        this.order = options.order == null ? 1 : order(options.order);
        if (options.steps && (order != 1 || !options.at.isEmpty())) {
            // the steps are those of the first derivative as an expression: silently dropping them misleads
            throw new UsageException("--steps shows how the first derivative is found; it does not apply with "
                    + (order != 1 ? "--order " + order : "--at") + " (drop --steps, or run the two separately)");
        }
        this.vars = options.vars == null ? null : Names.variables(engine, options.vars, "--vars");
        this.notation = Readings.notation(options.input);
        if (options.showInput && options.batch) {
            throw new UsageException("--show-input prints a line before each answer, and --batch one line per input:"
                    + " use one of them");
        }
        this.point = Point.parse(engine, options.at);
    }

    Engine engine() { return engine; }

    /** The variables of --vars, checked, or null when not given. */
    List<String> vars() { return vars; }

    private static int order(String text) {
        String t = text.strip();
        int n;
        try {
            n = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new UsageException("--order must be a whole number from 0 to " + Limits.MAX_DERIVATIVE_ORDER
                    + ", not '" + t + "'");
        }
        if (n < 0 || n > Limits.MAX_DERIVATIVE_ORDER) {
            throw new UsageException("--order must be from 0 to " + Limits.MAX_DERIVATIVE_ORDER + " (limit), not " + n);
        }
        return n;
    }

    /**
     * The answer for one expression, as printed. With {@code oneLine} (batch
     * mode) a gradient or Hessian fits on one line too.
     */
    String answer(String text, boolean oneLine) {
        if (options.command == Options.Command.CHECK) {
            // check --batch: each line is an expression, the same --answer checked against each
            String verdict = check(text).text();
            return oneLine ? String.join("; ", verdict.split("\n")) : verdict;
        }
        dev.deriv.parse.Reading reading = Readings.read(engine, text, notation);
        Expr f = Readings.expr(engine, reading);
        String result;
        switch (options.command) {
            case SIMPLIFY: result = simplify(text, f); break;
            case EVAL: result = eval(text, f); break;
            case GRAD: result = grad(text, f, oneLine); break;
            case HESSIAN: result = hessian(text, f, oneLine); break;
            default: result = derivative(text, f, Readings.wrt(wrt, reading));
        }
        return options.showInput ? withReading(reading, result) : result;
    }

    /** --show-input: the reading first, as lines, or as the JSON field read_as (and reading_notes). */
    private String withReading(dev.deriv.parse.Reading reading, String result) {
        if (format() == Format.JSON && result.startsWith("{")) {
            String fields = "\"read_as\":" + Json.quote(Readings.shown(engine, reading)) + ",";
            if (!reading.notes().isEmpty()) fields += new Json().strings("reading_notes", reading.notes()).toString()
                    .replaceAll("^\\{|\\}$", "") + ",";
            return "{" + fields + result.substring(1);
        }
        return String.join("\n", Readings.lines("", engine, reading)) + "\n" + result;
    }

    private Format format() { return options.format; }

    /** deriv check EXPR --answer ANSWER: the verdict and its exit code (0 correct, 1 incorrect). */
    TeachingCommands.Result check(String text) {
        return TeachingCommands.check(engine, text, options.answer, wrt, format().name().toLowerCase(java.util.Locale.ROOT),
                notation, options.showInput);
    }

    /** deriv plot EXPR ... -o FILE: writes the image. */
    TeachingCommands.Result plot(String text) {
        return TeachingCommands.plot(engine, text, options);
    }

    /** deriv limit EXPR --at POINT: the difference-quotient table (exit 3 where the derivative does not exist). */
    TeachingCommands.Result limit(String text) {
        dev.deriv.parse.Reading reading = Readings.read(engine, text, notation);
        TeachingCommands.Result r = TeachingCommands.limit(Readings.expr(engine, reading), Readings.wrt(wrt, reading),
                point, options.limitRows);
        return options.showInput ? new TeachingCommands.Result(withReading(reading, r.text()), r.exitCode()) : r;
    }

    private String simplify(String text, Expr f) {
        Expr s = f.simplify();
        requirePrintable(List.of(s));
        switch (format()) {
            case LATEX: return s.toLatex();
            case JSON: return new Json().put("command", "simplify").put("input", text)
                    .put("result", s.toInfix()).put("latex", s.toLatex()).toString();
            default: return s.toInfix();
        }
    }

    private String eval(String text, Expr f) {
        double v = point.valueOf(f);
        switch (format()) {
            case LATEX: return Numbers.latex(v);
            case JSON: return new Json().put("command", "eval").put("input", text)
                    .point("at", point.values()).put("value", v).toString();
            default: return Numbers.format(v);
        }
    }

    private String derivative(String text, Expr f, String wrt) {
        Set<String> variables = f.variables();
        Readings.requireOccurs(variables, wrt);
        String v = wrt;
        if (v == null && variables.size() > 1) {
            throw new UsageException("the expression has " + variables.size() + " variables (" + String.join(", ", variables)
                    + "): say which one with --wrt, e.g. --wrt " + variables.iterator().next());
        }
        if (v == null && variables.size() == 1) v = variables.iterator().next();
        Expr d;
        if (order == 0) d = f.simplify();
        // free of v: the derivative is 0, where f is defined as written (x/x at 0 is not)
        else if (v == null || !variables.contains(v)) d = Internals.expr(Nodes.ZERO, Internals.writtenDomain(f), engine);
        else d = f.diff(v, order);
        Json json = format() == Format.JSON
                ? new Json().put("command", "derivative").put("input", text).put("wrt", v).put("order", order)
                : null;
        if (options.steps && order == 1 && v != null && point.isEmpty()) {
            return TeachingCommands.steps(engine, text, v, format().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (point.isEmpty() || format() == Format.JSON) requirePrintable(List.of(d));
        if (!point.isEmpty()) {
            double value = v == null || order == 0 ? point.valueOf(d)
                    : dev.deriv.check.PointValues.derivative(f, v, order, point.exact());
            switch (format()) {
                case LATEX: return Numbers.latex(value);
                case JSON: return json.put("result", d.toInfix()).put("latex", d.toLatex())
                        .point("at", point.values()).put("value", value).toString();
                default: return Numbers.format(value);
            }
        }
        switch (format()) {
            case LATEX: return d.toLatex();
            case JSON: return json.put("result", d.toInfix()).put("latex", d.toLatex()).toString();
            default: return d.toInfix();
        }
    }

    private List<String> variablesOf(Expr f) {
        if (vars == null) return new ArrayList<>(f.variables());
        Set<String> present = f.variables();
        for (String v : vars) Readings.requireOccurs(present, v); // grad "xy" --vars x,y: not a product
        return vars;
    }

    private String grad(String text, Expr f, boolean oneLine) {
        List<String> names = variablesOf(f);
        List<Expr> g = names.isEmpty() ? List.of() : f.gradient(names);
        double[] at = point.isEmpty() ? null : dev.deriv.check.PointValues.gradient(f, names, point.exact());
        if (at == null || format() == Format.JSON) requirePrintable(g);
        if (format() == Format.JSON) {
            Json json = new Json().put("command", "grad").put("input", text).strings("variables", names)
                    .strings("result", texts(g, false)).strings("latex", texts(g, true));
            if (!point.isEmpty()) {
                List<String> values = new ArrayList<>();
                for (double v : at) values.add(Json.number(v));
                json.point("at", point.values()).raw("value", Json.array(values));
            }
            return json.toString();
        }
        List<String> lines = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            lines.add(names.get(i) + ": " + (at == null ? cell(g.get(i)) : number(at[i])));
        }
        return String.join(oneLine ? "; " : "\n", lines);
    }

    private String hessian(String text, Expr f, boolean oneLine) {
        List<String> names = variablesOf(f);
        List<List<Expr>> h = names.isEmpty() ? List.of() : f.hessian(names);
        double[][] at = point.isEmpty() ? null : dev.deriv.check.PointValues.hessian(f, names, point.exact());
        if (at == null || format() == Format.JSON) {
            List<Expr> all = new ArrayList<>();
            for (List<Expr> row : h) all.addAll(row);
            requirePrintable(all);
        }
        if (format() == Format.JSON) {
            List<String> result = new ArrayList<>();
            List<String> latex = new ArrayList<>();
            List<String> values = new ArrayList<>();
            for (int i = 0; i < h.size(); i++) {
                List<Expr> row = h.get(i);
                result.add(stringArray(texts(row, false)));
                latex.add(stringArray(texts(row, true)));
                if (at != null) {
                    List<String> vs = new ArrayList<>();
                    for (double v : at[i]) vs.add(Json.number(v));
                    values.add(Json.array(vs));
                }
            }
            Json json = new Json().put("command", "hessian").put("input", text).strings("variables", names)
                    .raw("result", Json.array(result)).raw("latex", Json.array(latex));
            if (!point.isEmpty()) json.point("at", point.values()).raw("value", Json.array(values));
            return json.toString();
        }
        List<String> rows = new ArrayList<>(h.size());
        for (int i = 0; i < h.size(); i++) {
            List<Expr> row = h.get(i);
            List<String> cells = new ArrayList<>(row.size());
            for (int j = 0; j < row.size(); j++) cells.add(at == null ? cell(row.get(j)) : number(at[i][j]));
            rows.add(format() == Format.LATEX ? String.join(" & ", cells) : "[" + String.join(", ", cells) + "]");
        }
        if (format() == Format.LATEX) {
            String sep = oneLine ? " " : "\n";
            return "\\begin{pmatrix}" + sep + String.join(" \\\\" + sep, rows) + sep + "\\end{pmatrix}";
        }
        return oneLine ? "[" + String.join(", ", rows) + "]" : String.join("\n", rows);
    }

    /**
     * Refuses an answer whose expressions together print beyond {@link Limits#MAX_PRINTED_SIZE}
     * (JSON prints each twice, infix and LaTeX), before any text is built: a Hessian of
     * 90,000 small entries is as large an answer as one huge derivative.
     */
    private void requirePrintable(List<Expr> printed) {
        long total = 0;
        for (Expr e : printed) total = Math.min(Long.MAX_VALUE / 4, total + e.printedSize());
        PrintedSize.requireWithinLimit(format() == Format.JSON ? 2 * total : total);
    }

    private String number(double v) {
        return format() == Format.LATEX ? Numbers.latex(v) : Numbers.format(v);
    }

    /** One entry of a gradient or Hessian: its value at the point, or the expression. */
    private String cell(Expr e) {
        if (!point.isEmpty()) {
            double v = point.valueOf(e);
            return format() == Format.LATEX ? Numbers.latex(v) : Numbers.format(v);
        }
        return format() == Format.LATEX ? e.toLatex() : e.toInfix();
    }

    private static List<String> texts(List<Expr> es, boolean latex) {
        List<String> out = new ArrayList<>(es.size());
        for (Expr e : es) out.add(latex ? e.toLatex() : e.toInfix());
        return out;
    }

    private static String stringArray(List<String> strings) {
        List<String> quoted = new ArrayList<>(strings.size());
        for (String s : strings) quoted.add(Json.quote(s));
        return Json.array(quoted);
    }

    /** The JSON line for a failed batch line. */
    static String jsonError(String input, Failure failure) {
        Json json = new Json().put("input", input).put("error", failure.message).put("status", failure.exitCode);
        if (failure.column > 0) json.put("column", failure.column);
        return json.toString();
    }
}
