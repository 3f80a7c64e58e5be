package dev.deriv.cli;

import dev.deriv.CompileOptions;
import dev.deriv.Engine;
import dev.deriv.Evaluator;
import dev.deriv.Expr;
import dev.deriv.MathException;
import dev.deriv.compile.Minimizer;
import dev.deriv.internal.Internals;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code deriv minimize EXPR --from x=-1.2,y=1 [--max-iterations N] [--tolerance T]}:
 * nonlinear conjugate gradient ({@link Minimizer}) on the compiled loss and
 * gradient. Prints the loss as it goes, thinned for long runs (every iteration
 * up to 10, then every 10th up to 100, every 100th up to 1000, ..., and the
 * last), then the minimum found and whether it converged:
 *
 * <pre>
 * iteration 0: loss=24.2 |grad|=232.8
 * ...
 * minimum: loss=1.46346e-25 at x=1, y=1
 * converged after 35 iterations: gradient below tolerance (|grad| 3.69482e-13, tolerance 1e-10)
 * </pre>
 *
 * {@code |grad|} is the largest partial derivative in absolute value, the norm
 * the tolerance applies to. Losses are printed to 6 significant digits and the
 * point to 10, so that the output does not depend on the last bits of a run;
 * {@code --format json} gives one object with every digit.
 * <p>
 * Everything the user can get wrong (the expression, a variable without a
 * start value, the options) is checked before the first line is printed (exit 2).
 * A loss or gradient that is not finite at a point the minimizer reaches, or a
 * loss that decreases without bound, is a math error (exit 3).
 */
final class Minimize {
    private Minimize() {}

    /** The defaults of {@link Minimizer.Options#defaults()}, for the help text (a test keeps them equal). */
    static final int DEFAULT_MAX_ITERATIONS = 10_000;
    static final String DEFAULT_TOLERANCE = "1e-10";

    /** Significant digits of the loss and |grad|, and of the point's coordinates, in text output. */
    static final int LOSS_DIGITS = 6;
    static final int POINT_DIGITS = 10;

    /** A trial loss this much below the final one (relative to max(1, |final|)) means: unbounded below. */
    private static final double UNBOUNDED = 1e10;

    private static final int MAX_ITERATIONS_LIMIT = 1_000_000_000;

    static int run(Engine engine, Options options, PrintStream out, PrintStream err) {
        if (options.format == Options.Format.LATEX) {
            throw new UsageException("--format latex does not apply to deriv minimize (infix or json)");
        }
        Expr f = Readings.parse(engine, options.expression, options, out);
        if (options.from.isEmpty()) {
            throw new UsageException("deriv minimize needs a starting point: --from " + example(f));
        }
        Point from = Point.parse(engine, options.from, "--from");
        for (String v : f.variables()) {
            if (!from.values().containsKey(v)) {
                throw new UsageException("--from: no start value for '" + v + "' (give one for every variable: --from "
                        + example(f) + ")");
            }
        }
        Minimizer.Options defaults = Minimizer.Options.defaults();
        int maxIterations = options.maxIterations == null ? defaults.maxIterations() : maxIterations(options.maxIterations);
        double tolerance = options.tolerance == null ? defaults.gradientTolerance() : tolerance(options.tolerance);
        Minimizer.Options settings = new Minimizer.Options(maxIterations, tolerance, defaults.valueTolerance());

        List<String> names = new ArrayList<>(from.values().keySet());
        double[] start = new double[names.size()];
        for (int i = 0; i < start.length; i++) start[i] = from.values().get(names.get(i));

        // one thread: a point at a time, the caller's thread is the fastest
        Evaluator ev = Compilation.compileWithGradient(f, names, CompileOptions.defaults().withThreads(1), err);
        Tracked objective = new Tracked(Minimizer.objective(Internals.compiled(ev)), start.length);
        boolean json = options.format == Options.Format.JSON;
        Progress progress = new Progress(names, json ? null : out);
        Minimizer.Result r = Minimizer.minimize(objective, start, settings, progress);

        if (!Double.isFinite(r.value())) { // only at the start: the line search never accepts a non-finite loss
            throw new MathException("the loss " + notFinite(r.value()) + " at the starting point "
                    + describe(names, r.point(), " = ", ", "));
        }
        if (objective.lowest < r.value() - UNBOUNDED * Math.max(1, Math.abs(r.value())) && !r.converged()) {
            throw new MathException("the loss is unbounded below: it reached " + Numbers.significant(objective.lowest, LOSS_DIGITS)
                    + " at " + describe(names, objective.lowestAt, " = ", ", "));
        }
        progress.finish(r.iterations(), r.value(), r.gradientNorm());

        if (json) {
            out.print(json(options.expression, from.values(), names, r, tolerance, progress.trace) + "\n");
        } else {
            out.print("minimum: loss=" + Numbers.significant(r.value(), LOSS_DIGITS) + " at "
                    + coordinates(names, r.point()) + "\n");
            out.print((r.converged() ? "converged" : "not converged") + " after " + r.iterations()
                    + (r.iterations() == 1 ? " iteration: " : " iterations: ") + r.message() + " (|grad| "
                    + Numbers.significant(r.gradientNorm(), LOSS_DIGITS) + ", tolerance "
                    + Numbers.significant(tolerance, LOSS_DIGITS) + ")\n");
        }
        out.flush();
        return Main.OK;
    }

    /** {@code x=0,y=0} for the expression's variables, as an example of --from. */
    private static String example(Expr f) {
        List<String> parts = new ArrayList<>();
        for (String v : f.variables()) parts.add(v + "=0");
        return parts.isEmpty() ? "x=0" : String.join(",", parts);
    }

    private static int maxIterations(String text) {
        String t = text.strip();
        try {
            int n = Integer.parseInt(t);
            if (n >= 0 && n <= MAX_ITERATIONS_LIMIT) return n;
        } catch (NumberFormatException e) {
            // below
        }
        throw new UsageException("--max-iterations must be a whole number from 0 to " + MAX_ITERATIONS_LIMIT
                + ", not '" + t + "'");
    }

    private static double tolerance(String text) {
        String t = text.strip();
        double v;
        try {
            v = Numbers.parse(t);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new UsageException("--tolerance must be a number at least 0, such as 1e-8, not '" + t + "'");
        }
        return v;
    }

    private static String notFinite(double v) {
        return Double.isNaN(v) ? "is undefined (NaN)" : v > 0 ? "is infinite" : "is -infinite";
    }

    /**
     * {@code x=1, y=0}: the point found, to {@link #POINT_DIGITS} digits of its
     * largest coordinate (or of 1): a coordinate 2.7e-16 next to one of 2 is 0 there.
     */
    static String coordinates(List<String> names, double[] point) {
        double scale = 1;
        for (double v : point) scale = Math.max(scale, Math.abs(v));
        int decimals = POINT_DIGITS - 1 - (int) Math.floor(Math.log10(scale));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(names.get(i)).append('=').append(Numbers.fixed(point[i], decimals));
        }
        return sb.length() == 0 ? "(no variables)" : sb.toString();
    }

    /** {@code x = 1, y = 1}: the coordinates to {@link #POINT_DIGITS} significant digits, for messages. */
    static String describe(List<String> names, double[] point, String equals, String separator) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sb.append(separator);
            sb.append(names.get(i)).append(equals).append(Numbers.significant(point[i], POINT_DIGITS));
        }
        return sb.length() == 0 ? "(no variables)" : sb.toString();
    }

    /** Whether iteration k gets a line: all up to 10, then every 10th up to 100, every 100th up to 1000, ... */
    static boolean shown(int k) {
        if (k <= 10) return true;
        int step = 1;
        for (int m = k; m >= 10; m /= 10) step *= 10;
        return k % step == 0;
    }

    private static String json(String input, Map<String, Double> from, List<String> names, Minimizer.Result r,
                               double tolerance, List<double[]> trace) {
        Map<String, Double> point = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) point.put(names.get(i), r.point()[i]);
        List<String> steps = new ArrayList<>(trace.size());
        for (double[] t : trace) {
            steps.add(new Json().put("iteration", (long) t[0]).put("loss", t[1]).put("gradient_norm", t[2]).toString());
        }
        return new Json().put("command", "minimize").put("input", input).point("from", from)
                .point("point", point).put("loss", r.value()).put("gradient_norm", r.gradientNorm())
                .raw("converged", Boolean.toString(r.converged())).put("message", r.message())
                .put("iterations", r.iterations()).put("evaluations", r.evaluations())
                .put("tolerance", tolerance).raw("trace", Json.array(steps)).toString();
    }

    /** The objective, remembering the lowest finite loss it was ever asked for (line-search trials included). */
    private static final class Tracked implements Minimizer.Objective {
        private final Minimizer.Objective objective;
        double lowest = Double.POSITIVE_INFINITY;
        final double[] lowestAt;

        Tracked(Minimizer.Objective objective, int n) {
            this.objective = objective;
            this.lowestAt = new double[n];
        }

        @Override
        public double evaluate(double[] x, double[] gradient) {
            double v = objective.evaluate(x, gradient);
            if (v < lowest) { // NaN never is
                lowest = v;
                System.arraycopy(x, 0, lowestAt, 0, x.length);
            }
            return v;
        }
    }

    /**
     * The listener: stops the run (exit 3) at a point where the loss or its
     * gradient is not finite, where the minimizer could not go on; prints the
     * lines that {@link #shown} selects as they come and keeps them for JSON.
     */
    private static final class Progress implements Minimizer.Listener {
        private final List<String> names;
        private final PrintStream out; // null: JSON, printed at the end
        final List<double[]> trace = new ArrayList<>();
        private int lastShown = -1;

        Progress(List<String> names, PrintStream out) {
            this.names = names;
            this.out = out;
        }

        @Override
        public void iteration(int k, double loss, double gradientNorm, double[] point) {
            if (!Double.isFinite(loss) || !Double.isFinite(gradientNorm)) {
                String where = (k == 0 ? "at the starting point " : "at iteration " + k + ", ")
                        + describe(names, point, " = ", ", ");
                if (!Double.isFinite(loss)) throw new MathException("the loss " + notFinite(loss) + " " + where);
                throw new MathException("the gradient " + (Double.isNaN(gradientNorm) ? "is undefined (NaN)" : "is infinite")
                        + " " + where + " (loss " + Numbers.significant(loss, LOSS_DIGITS)
                        + "): the loss is not differentiable there");
            }
            if (shown(k)) show(k, loss, gradientNorm);
        }

        /** The last iteration, when it was not shown as it came. */
        void finish(int k, double loss, double gradientNorm) {
            if (k != lastShown) show(k, loss, gradientNorm);
        }

        private void show(int k, double loss, double gradientNorm) {
            lastShown = k;
            trace.add(new double[] {k, loss, gradientNorm});
            if (out != null) {
                out.print("iteration " + k + ": loss=" + Numbers.significant(loss, LOSS_DIGITS) + " |grad|="
                        + Numbers.significant(gradientNorm, LOSS_DIGITS) + "\n");
                out.flush();
            }
        }
    }
}
