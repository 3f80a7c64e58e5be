package dev.deriv.plot;

import dev.deriv.Expr;
import dev.deriv.MathException;
import dev.deriv.check.Decimals;
import dev.deriv.check.InputException;
import dev.deriv.check.PointValues;
import dev.deriv.expr.DeepStack;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Num;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import dev.deriv.print.InfixPrinter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A textbook figure for {@code deriv plot}: a function, its tangent line at a
 * point, and any other curves asked for, with axes, grid, legend and title, written
 * as PNG or SVG. This class computes what is drawn ({@link #figure()}); the
 * drawing itself ({@code PlotWriter}, with XChart) is loaded only when a file is
 * written, so the rest of deriv starts without the charting library.
 *
 * <pre>
 * Plot.of(Expr.parse("3*x^2 - 4*x")).tangentAt("1").write(Path.of("tangent.png"));
 * </pre>
 */
public final class Plot {
    public static final int DEFAULT_WIDTH = 800;
    public static final int DEFAULT_HEIGHT = 600;
    /** Points sampled along the x range for each curve. */
    public static final int SAMPLES = 801;

    /** What a curve is: it decides colour and style. */
    public enum Kind { FUNCTION, TANGENT, OTHER, POINT }

    /** One curve; NaN in {@code y} leaves a gap (outside the domain, or off the chart near a pole). */
    public record Curve(String label, Kind kind, double[] x, double[] y) {}

    /** Everything to draw. */
    public record Figure(String title, String xLabel, String yLabel, double xMin, double xMax, double yMin,
                         double yMax, List<Curve> curves, int width, int height) {}

    private final Expr f;
    private final Var x;
    private final List<Expr> also = new ArrayList<>();
    private Node tangentAt;
    private double[] range;
    private int width = DEFAULT_WIDTH;
    private int height = DEFAULT_HEIGHT;
    private String title;

    private Plot(Expr f, Var x) {
        this.f = f;
        this.x = x;
    }

    /** A plot of f, a function of one variable. */
    public static Plot of(Expr f) {
        Set<String> vs = f.variables();
        if (vs.size() > 1) {
            throw new InputException("plot draws functions of one variable; this one has " + vs.size() + " ("
                    + String.join(", ", vs) + ")");
        }
        return new Plot(f, Nodes.var(vs.isEmpty() ? "x" : vs.iterator().next()));
    }

    /** The variable of the plot: the function's only one, else {@code x}. */
    public String variable() { return x.name(); }

    /** The tangent at x = value (a number or a constant expression such as {@code pi/4}). */
    public Plot tangentAt(String value) {
        this.tangentAt = constant(value, "--tangent-at");
        return this;
    }

    public Plot tangentAt(Node exactValue) {
        this.tangentAt = exactValue;
        return this;
    }

    /** The x range, {@code a:b}, each a number or a constant expression: {@code -pi:pi}. */
    public Plot range(String aColonB) {
        String[] parts = aColonB.split(":", -1);
        if (parts.length != 2) throw new InputException("--range expects a:b, such as -2:3; got '" + aColonB + "'");
        return range(value(constant(parts[0], "--range")), value(constant(parts[1], "--range")));
    }

    public Plot range(double a, double b) {
        if (!(a < b) || !Double.isFinite(a) || !Double.isFinite(b)) {
            throw new InputException("--range needs a < b, got " + a + ":" + b);
        }
        this.range = new double[] {a, b};
        return this;
    }

    /** Another curve in the same variable, such as {@code 2*x - 3}. */
    public Plot also(Expr g) {
        Set<String> vs = new TreeSet<>(dev.deriv.expr.VariableOrder.NATURAL);
        vs.addAll(g.variables());
        vs.remove(x.name());
        if (!vs.isEmpty()) {
            throw new InputException("--also '" + g + "' has variables other than " + x.name() + ": "
                    + String.join(", ", vs));
        }
        // each curve is a named series of the chart: the same one twice is refused here, not by the chart library
        if (g.equals(f) || also.contains(g)) throw new InputException("--also '" + g + "' is plotted already");
        also.add(g);
        return this;
    }

    public Plot size(int w, int h) {
        if (w < 100 || h < 100 || w > 10_000 || h > 10_000) {
            throw new InputException("the image size must be from 100 to 10000 pixels each way, got " + w + "x" + h);
        }
        this.width = w;
        this.height = h;
        return this;
    }

    /** {@code 800x600}. */
    public Plot size(String wxh) {
        String[] p = wxh.toLowerCase(Locale.ROOT).split("x", -1);
        try {
            if (p.length == 2) return size(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()));
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new InputException("--size expects WIDTHxHEIGHT, such as 800x600; got '" + wxh + "'");
    }

    public Plot title(String t) {
        this.title = t;
        return this;
    }

    /** Writes the figure; the format follows the file name: {@code .png} or {@code .svg}. */
    public void write(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png")) {
            throw new InputException("the output file must end in .png or .svg: " + file);
        }
        Figure fig = figure();
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        PlotWriter.write(fig, file, svg);
    }

    // ---- what is drawn ------------------------------------------------------------------

    public Figure figure() {
        double a;
        double b;
        Double t = tangentAt == null ? null : value(tangentAt);
        if (range != null) {
            a = range[0];
            b = range[1];
        } else if (t != null) {
            a = t - 3;
            b = t + 3;
        } else {
            a = -5;
            b = 5;
        }
        double[] xs = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) xs[i] = a + (b - a) * i / (SAMPLES - 1);

        List<Curve> curves = new ArrayList<>();
        String fx = "f(" + x.name() + ")";
        curves.add(new Curve(fx + " = " + f, Kind.FUNCTION, xs, sample(Internals.node(f), xs)));
        String heading = fx + " = " + f;
        double[] touch = null;
        if (t != null) {
            Map<Var, Node> at = Map.of(x, tangentAt);
            double y0 = PointValues.value(f, at);
            double slope;
            try {
                slope = PointValues.derivative(f, x.name(), 1, at);
            } catch (MathException e) {
                throw new MathException("no tangent at " + x.name() + " = " + InfixPrinter.print(tangentAt) + ": "
                        + e.getMessage());
            }
            String line = tangentLine(at, y0, slope);
            double[] ty = new double[SAMPLES];
            for (int i = 0; i < SAMPLES; i++) ty[i] = y0 + slope * (xs[i] - t);
            String where = x.name() + " = " + InfixPrinter.print(tangentAt);
            curves.add(new Curve("tangent at " + where + ": y = " + line, Kind.TANGENT, xs, ty));
            touch = new double[] {t, y0};
            heading += " and its tangent at " + where;
        }
        for (Expr g : also) curves.add(new Curve("y = " + g, Kind.OTHER, xs, sample(Internals.node(g), xs)));
        if (touch != null) {
            curves.add(new Curve("(" + Decimals.nice(touch[0]) + ", " + Decimals.nice(touch[1]) + ")", Kind.POINT,
                    new double[] {touch[0]}, new double[] {touch[1]}));
        }

        double[] yr = yRange(curves, touch);
        for (int i = 0; i < curves.size(); i++) {
            Curve c = curves.get(i);
            if (c.kind == Kind.POINT) continue;
            curves.set(i, new Curve(c.label, c.kind, c.x, clip(c.y, yr[0], yr[1])));
        }
        return new Figure(title != null ? title : heading, x.name(), "y", a, b, yr[0], yr[1], curves, width, height);
    }

    /** y = m*x + c, exact when the slope and the value are exact numbers, else to 4 significant digits. */
    private String tangentLine(Map<Var, Node> at, double y0, double slope) {
        Node m = exactAt(Internals.node(f.diff(x.name())), at);
        Node y = exactAt(Internals.node(f), at);
        Node line;
        if (m instanceof Num && y instanceof Num) {
            line = Nodes.add(Nodes.mul(m, Nodes.sub(x, tangentAt)), y);
            line = Internals.simplified(line);
            return InfixPrinter.print(line);
        }
        double c = y0 - slope * value(tangentAt);
        String ms = Decimals.round(new BigDecimal(slope), 4);
        String cs = Decimals.round(new BigDecimal(Math.abs(c)), 4);
        String mx = ms.equals("0") ? "" : ms.equals("1") ? x.name() : ms.equals("-1") ? "-" + x.name() : ms + "*" + x.name();
        if (mx.isEmpty()) return Decimals.round(new BigDecimal(c), 4);
        if (cs.equals("0")) return mx;
        return mx + (c < 0 ? " - " : " + ") + cs;
    }

    private static Node exactAt(Node n, Map<Var, Node> at) {
        try {
            return Internals.simplified(DeepStack.callFor(n.depth(), () -> Nodes.substitute(n, at)));
        } catch (MathException e) {
            return null;
        }
    }

    private double[] sample(Node n, double[] xs) {
        double[] ys = new double[xs.length];
        Map<Var, Double> p = new HashMap<>();
        for (int i = 0; i < xs.length; i++) {
            p.put(x, xs[i]);
            double v = Interpreter.eval(n, p);
            ys[i] = Double.isFinite(v) ? v : Double.NaN;
        }
        return ys;
    }

    /**
     * The y range: all of every curve when it is tame, else the bulk of the values
     * (2nd to 98th percentile) so that a pole does not flatten the rest; with a margin.
     */
    static double[] yRange(List<Curve> curves, double[] touch) {
        List<Double> all = new ArrayList<>();
        for (Curve c : curves) {
            if (c.kind == Kind.TANGENT) continue; // the tangent runs off the chart; it should not set the scale
            for (double v : c.y) if (Double.isFinite(v)) all.add(v);
        }
        if (touch != null) all.add(touch[1]);
        if (all.isEmpty()) return new double[] {-1, 1};
        double[] v = all.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        double lo = v[0];
        double hi = v[v.length - 1];
        double pLo = v[(int) Math.floor(0.02 * (v.length - 1))];
        double pHi = v[(int) Math.ceil(0.98 * (v.length - 1))];
        double bulk = pHi - pLo;
        if (hi - lo > 4 * Math.max(bulk, 1e-12)) {
            lo = pLo - 0.5 * bulk;
            hi = pHi + 0.5 * bulk;
        }
        if (touch != null) {
            lo = Math.min(lo, touch[1]);
            hi = Math.max(hi, touch[1]);
        }
        if (hi - lo < 1e-9) {
            lo -= 1;
            hi += 1;
        }
        double margin = 0.08 * (hi - lo);
        return new double[] {lo - margin, hi + margin};
    }

    /** Values far outside the range become gaps, so that a curve is not drawn across a pole. */
    private static double[] clip(double[] y, double lo, double hi) {
        double span = hi - lo;
        double[] out = y.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] < lo - 2 * span || out[i] > hi + 2 * span) out[i] = Double.NaN;
        }
        return out;
    }

    private Node constant(String text, String option) {
        Expr e;
        try {
            e = f.engine().parse(text.strip());
        } catch (RuntimeException ex) {
            throw new InputException(option + ": bad value '" + text.strip() + "': " + ex.getMessage());
        }
        if (!e.variables().isEmpty()) {
            throw new InputException(option + ": the value must be a number or a constant expression, not '"
                    + text.strip() + "'");
        }
        return Internals.node(e.simplify());
    }

    private static double value(Node constant) {
        double v = Interpreter.eval(constant, new LinkedHashMap<>());
        if (!Double.isFinite(v)) throw new MathException("the value " + InfixPrinter.print(constant) + " is undefined");
        return v;
    }
}
