package dev.deriv.cli;

import dev.deriv.Engine;
import dev.deriv.Expr;
import dev.deriv.check.AnswerCheck;
import dev.deriv.check.Derivation;
import dev.deriv.check.InputException;
import dev.deriv.check.LimitTable;
import dev.deriv.check.Verdict;
import dev.deriv.MathException;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import dev.deriv.parse.Reading;
import dev.deriv.plot.Plot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command-line side of issue 6 (checking answers and teaching):
 * {@code deriv check}, {@code --steps}, {@code deriv plot} and {@code deriv limit}.
 * Their arguments are read by {@link Cli} and checked by {@link Session} like
 * every other command's, so they run with the same engine ({@code --rules}) and
 * the same points ({@link Point}).
 * Each method returns the complete text for standard output and the exit code;
 * errors are thrown as {@link dev.deriv.MathException} (exit 3),
 * {@link InputException} (exit 2) or {@link dev.deriv.ParseException} (exit 2).
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
        return check(engine, expression, answer, wrt, format, dev.deriv.Notation.AUTO, false);
    }

    /**
     * {@code deriv check}, with the notation of both texts; prints how they were read (lines
     * {@code expression read as: ...}, {@code answer read as: ...}, JSON fields {@code expression_read_as},
     * {@code answer_read_as}) whenever a reading rule shaped them, or always with {@code showInput}.
     */
    public static Result check(Engine engine, String expression, String answer, String wrt, String format,
                               dev.deriv.Notation notation, boolean showInput) {
        if (answer == null) throw new InputException("check needs the answer: deriv check EXPR --answer ANSWER");
        Reading problemReading = Readings.read(engine, expression, notation);
        Reading answerReading = Readings.read(engine, answer, notation);
        Expr problem = Readings.expr(engine, problemReading);
        Expr proposed = Readings.expr(engine, answerReading);
        String w = Readings.wrt(wrt, problemReading);
        Set<String> all = new java.util.TreeSet<>(problem.variables());
        all.addAll(proposed.variables());
        Readings.requireOccurs(all, w);
        Verdict v = AnswerCheck.check(problem, proposed, w);
        // 2xy for d/dx x^2 y: the answer's xy is one variable, which the problem's x and y make worth saying
        Set<Var> both = new java.util.HashSet<>(Nodes.variables(problemReading.expression()));
        both.addAll(Nodes.variables(answerReading.expression()));
        List<String> answerNotes = new java.util.ArrayList<>(answerReading.notes());
        for (String note : dev.deriv.parse.Parser.oneNameNotes(both)) {
            String name = note.substring(1, note.indexOf('\'', 1));
            if (!answerNotes.contains(note) && Nodes.variables(answerReading.expression()).contains(Nodes.var(name))) {
                answerNotes.add(note);
            }
        }
        answerReading = new Reading(answerReading.expression(), answerReading.interpreted() || !answerNotes.isEmpty(),
                answerNotes, answerReading.wrt(), answerReading.asksDerivative(), answerReading.domain());
        boolean showProblem = showInput || problemReading.interpreted();
        boolean showAnswer = showInput || answerReading.interpreted();
        String text;
        switch (format == null ? "infix" : format) {
            case "json": {
                Json json = json(expression, answer, v);
                if (showProblem) json.put("expression_read_as", Readings.shown(engine, problemReading));
                if (showAnswer) json.put("answer_read_as", Readings.shown(engine, answerReading));
                List<String> notes = new java.util.ArrayList<>(problemReading.notes());
                notes.addAll(answerReading.notes());
                if (!notes.isEmpty()) json.strings("reading_notes", notes);
                text = json.toString();
                break;
            }
            case "latex":
                text = v.correct() ? (v.whereDefined() == null ? "\\text{correct}" : "\\text{correct where the answer is defined}") : "\\text{incorrect: at } " + v.pointText()
                        + "\\text{, the derivative is } " + v.derivativeValue() + "\\text{ and the answer is } "
                        + v.answerValue();
                break;
            default: {
                List<String> lines = new java.util.ArrayList<>();
                if (showProblem) lines.addAll(Readings.lines("expression ", engine, problemReading));
                if (showAnswer) lines.addAll(Readings.lines("answer ", engine, answerReading));
                lines.add(v.text());
                text = String.join("\n", lines);
            }
        }
        return new Result(text, v.exitCode());
    }

    /** The values are JSON numbers with the digits the text shows; an undefined answer is null. */
    private static Json json(String expression, String answer, Verdict v) {
        Json json = new Json().put("command", "check").put("input", expression).put("answer", answer)
                .put("derivative", v.derivative().toInfix()).put("result", v.correct() ? "correct" : "incorrect")
                .put("method", v.method()).put("verdict", v.verdict());
        if (v.whereDefined() != null) {
            // the points where the answer is undefined, the intervals where it is defined and agrees, and why
            List<String> undefinedAt = new java.util.ArrayList<>();
            for (Map<String, String> p : v.whereDefined().undefinedAt()) {
                StringBuilder o = new StringBuilder("{");
                p.forEach((name, value) -> o.append(o.length() > 1 ? "," : "").append(Json.quote(name)).append(':')
                        .append(Json.number(new BigDecimal(value))));
                undefinedAt.add(o.append('}').toString());
            }
            json.raw("undefined_at", Json.array(undefinedAt)).strings("defined_for", v.whereDefined().definedFor())
                    .put("undefined_reason", v.whereDefined().reason());
        }
        if (!v.point().isEmpty()) {
            Map<String, BigDecimal> point = new LinkedHashMap<>();
            v.point().forEach((name, value) -> point.put(name, new BigDecimal(value)));
            json.decimals("point", point).put("derivative_value", v.derivativeNumber())
                    .put("answer_value", v.answerNumber());
        }
        return json.strings("notes", v.notes());
    }

    // ---- --steps ------------------------------------------------------------------------

    /** {@code deriv EXPR --steps [--wrt x] [--format latex]}: the derivation, ending with the simplified result. */
    public static String steps(Engine engine, String expression, String wrt, String format) {
        Expr f = engine.parse(expression);
        String w = wrt != null ? wrt : onlyVariable(f);
        Derivation d = Derivation.of(f, w);
        if ("latex".equals(format)) return d.latex();
        if ("json".equals(format)) {
            return new Json().put("command", "steps").put("input", expression).put("wrt", w)
                    .strings("steps", List.of(d.infix().split("\n"))).put("result", d.result().toInfix())
                    .put("latex", d.result().toLatex()).toString();
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

    /**
     * {@code deriv plot EXPR --tangent-at x=VALUE -o FILE ...}: writes the image and
     * prints the file written. The tangent point is read as {@code --at} values are
     * ({@link Point}); a bare value ({@code --tangent-at 1}) is for the plot's variable.
     */
    static Result plot(Engine engine, String expression, Options options) {
        Plot plot = plotOf(engine, expression, options);
        String out = options.output;
        String reading = options.showInput
                ? String.join("\n", Readings.lines("", engine, Readings.read(engine, expression, Readings.notation(options.input))))
                        + "\n" : "";
        try {
            plot.write(Path.of(out));
        } catch (InvalidPathException e) {
            throw new InputException("-o: bad file name '" + out + "'");
        } catch (IOException e) {
            throw new InputException("cannot write " + out + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new InputException("cannot write " + out + ": " + e.getCause().getMessage());
        }
        return new Result(reading + "wrote " + out, 0);
    }

    /** The plot as the options describe it, not yet drawn. */
    static Plot plotOf(Engine engine, String expression, Options options) {
        Plot plot = Plot.of(Readings.parse(engine, expression, options, null));
        if (options.tangentAt != null) plot.tangentAt(tangentPoint(engine, plot.variable(), options.tangentAt));
        if (options.range != null) plot.range(options.range);
        for (String g : options.also) plot.also(Readings.parse(engine, g, options, null));
        if (options.size != null) plot.size(options.size);
        if (options.title != null) plot.title(options.title);
        return plot;
    }

    private static Node tangentPoint(Engine engine, String variable, String spec) {
        String named = spec.contains("=") ? spec : variable + "=" + spec; // values have no '='
        Map<Var, Node> p = Point.parse(engine, List.of(named), "--tangent-at").exact();
        Node value = p.get(Nodes.var(variable));
        if (value == null || p.size() != 1) {
            throw new UsageException("--tangent-at takes the one variable of the plot: " + variable + "=VALUE");
        }
        return value;
    }

    // ---- deriv limit --------------------------------------------------------------------

    /**
     * {@code deriv limit EXPR --at POINT [--wrt x] [--steps N]}: the difference-quotient
     * table; where the derivative does not exist, an error saying why (exit 3) and no table.
     */
    static Result limit(Expr f, String wrt, Point at, String rowsText) {
        int rows = LimitTable.DEFAULT_ROWS;
        if (rowsText != null) {
            try {
                rows = Integer.parseInt(rowsText.strip());
            } catch (NumberFormatException e) {
                throw new InputException("--steps must be a whole number from 1 to " + LimitTable.MAX_ROWS);
            }
        }
        LimitTable t = LimitTable.of(f, wrt, at.exact(), rows);
        // a failure is one error line on standard error and nothing on standard output, as for every command
        if (t.exact() == null) throw new MathException(t.exactProblem());
        return new Result(t.text(), 0);
    }
}
