package dev.deriv.check;

import dev.deriv.Expr;
import dev.deriv.MathException;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import dev.deriv.print.InfixPrinter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The derivative as the limit of the difference quotient, for {@code deriv limit}:
 * (f(x+h) - f(x))/h in double precision for h = 10^-1, 10^-2, ... next to the
 * exact derivative, and where the quotients stop getting closer to it. They do,
 * always, somewhere near h = 1e-8: below that, f(x+h) and f(x) agree in most of
 * their 16 digits, and their difference is mostly rounding.
 *
 * <pre>
 * h=0.10000, numerical limit=2.30000
 * h=0.01000, numerical limit=2.03000
 * ...
 * </pre>
 */
public final class LimitTable {
    /** Rows by default: h = 10^-1 ... 10^-5. */
    public static final int DEFAULT_ROWS = 5;
    /** At most this many rows: h = 10^-20 is far below where doubles can tell x+h from x. */
    public static final int MAX_ROWS = 20;

    /** One row: the step, the quotient, and its distance from the exact derivative (NaN without one). */
    public record Row(double h, double quotient, double error) {}

    private final Expr f;
    private final Var x;
    private final Map<Var, Node> at;
    private final List<Row> rows;
    private final Expr derivative;
    private final Double exact;
    private final String exactProblem;

    private LimitTable(Expr f, Var x, Map<Var, Node> at, List<Row> rows, Expr derivative, Double exact,
                       String exactProblem) {
        this.f = f;
        this.x = x;
        this.at = at;
        this.rows = List.copyOf(rows);
        this.derivative = derivative;
        this.exact = exact;
        this.exactProblem = exactProblem;
    }

    /**
     * The table for d/d{@code wrt} of f at the point ({@code wrt} may be null when f
     * has one variable), with {@code n} rows.
     *
     * @throws InputException when the variable is ambiguous, a value is missing or n is out of range
     * @throws MathException  when f itself is undefined at the point
     */
    public static LimitTable of(Expr f, String wrt, Map<Var, Node> at, int n) {
        if (n < 1 || n > MAX_ROWS) throw new InputException("--steps for limit must be from 1 to " + MAX_ROWS + ", not " + n);
        String w = wrt;
        if (w == null) {
            if (f.variables().size() > 1) {
                throw new InputException("the expression has several variables (" + String.join(", ", f.variables())
                        + "): say which one with --wrt");
            }
            if (at.size() == 1) w = at.keySet().iterator().next().name();
            else w = f.variables().isEmpty() ? "x" : f.variables().iterator().next();
        }
        Var x = Nodes.var(w);
        if (!at.containsKey(x)) throw new InputException("limit needs the point: --at " + w + "=...");
        double fx = PointValues.value(f, at);
        Map<Var, Double> p = new HashMap<>();
        for (Map.Entry<Var, Node> e : at.entrySet()) {
            p.put(e.getKey(), Interpreter.eval(e.getValue(), Map.of()));
        }
        double x0 = p.get(x);
        Expr d = f.diff(w);
        Double exact = null;
        String problem = null;
        try {
            exact = PointValues.derivative(f, w, 1, at);
        } catch (MathException e) {
            problem = e.getMessage();
        }
        List<Row> rows = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            double h = Math.pow(10, -k);
            p.put(x, x0 + h);
            double q = (Interpreter.eval(Internals.node(f), p) - fx) / h;
            rows.add(new Row(h, q, exact == null ? Double.NaN : Math.abs(q - exact)));
        }
        return new LimitTable(f, x, at, rows, d, exact, problem);
    }

    public List<Row> rows() { return rows; }

    /** The simplified derivative. */
    public Expr derivative() { return derivative; }

    /** Its value at the point, or null where it does not exist ({@link #exactProblem()} says why). */
    public Double exact() { return exact; }

    public String exactProblem() { return exactProblem; }

    /** The index of the row closest to the exact derivative, or -1 without one. */
    public int bestRow() {
        if (exact == null) return -1;
        int best = 0;
        for (int i = 1; i < rows.size(); i++) if (rows.get(i).error < rows.get(best).error) best = i;
        return best;
    }

    /** Whether the quotients stop converging within the table: the error grows again after the best row. */
    public boolean stopsConverging() {
        int b = bestRow();
        if (b < 0 || b == rows.size() - 1) return false;
        double last = rows.get(rows.size() - 1).error;
        return last > 2 * rows.get(b).error && last > 1e-15 * Math.max(1, Math.abs(exact));
    }

    /** The table and what to make of it, as printed by {@code deriv limit}. */
    public String text() {
        int decimals = Math.max(5, rows.size());
        String fmt = "%." + decimals + "f";
        List<String> out = new ArrayList<>();
        String point = pointText();
        out.add("(f(" + x.name() + "+h) - f(" + x.name() + "))/h for f(" + x.name() + ") = " + f + " at " + point);
        for (Row r : rows) {
            out.add("h=" + String.format(Locale.ROOT, fmt, r.h) + ", numerical limit="
                    + String.format(Locale.ROOT, fmt, r.quotient));
        }
        String d = "d/d" + x.name();
        if (exact == null) {
            out.add("exact derivative: " + d + " = " + derivative + "; " + exactProblem);
            return String.join("\n", out);
        }
        out.add("exact derivative: " + d + " = " + derivative + ", at " + point + ": "
                + String.format(Locale.ROOT, fmt, exact));
        int b = bestRow();
        Row best = rows.get(b);
        if (stopsConverging()) {
            out.add("closest at h=" + h(best.h) + " (error " + e(best.error) + "); for smaller h the error grows again"
                    + " (" + e(rows.get(rows.size() - 1).error) + " at h=" + h(rows.get(rows.size() - 1).h)
                    + "): f(" + x.name() + "+h) - f(" + x.name() + ") cancels in double precision");
        } else {
            out.add("converging: error " + e(best.error) + " at h=" + h(best.h)
                    + (rows.size() < 12 ? " (more rows with --steps N show where double precision stops it)" : ""));
        }
        return String.join("\n", out);
    }

    @Override
    public String toString() { return text(); }

    private String pointText() {
        java.util.Map<String, String> sorted = new java.util.TreeMap<>(dev.deriv.expr.VariableOrder.NATURAL);
        at.forEach((v, n) -> sorted.put(v.name(), v.name() + " = " + InfixPrinter.print(n)));
        return String.join(", ", sorted.values());
    }

    private static String h(double h) {
        return h >= 1e-5 ? Decimals.round(new BigDecimal(h), 1) : String.format(Locale.ROOT, "%.0e", h);
    }

    private static String e(double err) {
        return err == 0 ? "0" : String.format(Locale.ROOT, "%.1e", err);
    }
}
