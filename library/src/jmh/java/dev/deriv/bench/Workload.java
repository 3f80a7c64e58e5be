package dev.deriv.bench;

import dev.deriv.CompileOptions;
import dev.deriv.Evaluator;
import dev.deriv.Expr;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import dev.deriv.print.InfixPrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The expressions of issue 5 and their inputs, the same for every engine. */
final class Workload {
    static final String E5 = "(((w+x+y+z)^2 + (w+x-y-z)^2)^2 + ((w+x+y+z)^2 - (w+x-y-z)^2)^2)^2";

    final String id;
    final Expr f;
    final List<String> vars;
    /** f alone, or f followed by its gradient. */
    final boolean withGradient;
    final double[][] in;
    final int outputs;

    Workload(String id, int n) {
        this.id = id;
        switch (id) {
            case "E1": f = Expr.parse("3*x^2-4*x"); vars = List.of("x"); withGradient = false; break;
            case "E2": f = Expr.parse("x^x*(ln(x)+1)"); vars = List.of("x"); withGradient = false; break;
            case "E3": f = Expr.parse("ln(exp(x)+exp(y))"); vars = List.of("x", "y"); withGradient = false; break;
            case "E4": f = Expr.parse("sin(x)*cos(y) + exp(-x*y)/(1+x^2) + sqrt(x*y)"); vars = List.of("x", "y");
                withGradient = false; break;
            case "E5f": f = Expr.parse(E5); vars = List.of("w", "x", "y", "z"); withGradient = false; break;
            case "E5": f = Expr.parse(E5); vars = List.of("w", "x", "y", "z"); withGradient = true; break;
            case "LSE100f": f = lse(100); vars = names(100); withGradient = false; break;
            case "LSE100": f = lse(100); vars = names(100); withGradient = true; break;
            default: throw new IllegalArgumentException(id);
        }
        outputs = withGradient ? vars.size() + 1 : 1;
        SplittableRandom r = new SplittableRandom(42);
        in = new double[vars.size()][n];
        boolean positive = id.equals("E2") || id.equals("E4");
        for (double[] a : in) {
            for (int i = 0; i < n; i++) {
                a[i] = positive ? 0.1 + 2 * r.nextDouble() : id.startsWith("E5") ? r.nextDouble() * 2 - 1 : r.nextDouble() * 4 - 2;
            }
        }
    }

    static Expr lse(int n) {
        StringBuilder s = new StringBuilder("ln(");
        for (int i = 1; i <= n; i++) s.append(i > 1 ? "+" : "").append("exp(x").append(i).append(')');
        return Expr.parse(s.append(')').toString());
    }

    static List<String> names(int n) {
        List<String> v = new ArrayList<>();
        for (int i = 1; i <= n; i++) v.add("x" + i);
        return v;
    }

    Evaluator compile(CompileOptions options) {
        return withGradient ? Evaluator.compileWithGradient(f, vars, options)
                : Evaluator.compile(List.of(f), vars, options);
    }

    /** The expressions evaluated: f, and with a gradient the reverse-mode partials (as compiled). */
    List<Node> nodes() {
        List<Node> out = new ArrayList<>();
        out.add(Internals.node(f));
        if (withGradient) {
            List<Var> vs = new ArrayList<>();
            for (String v : vars) vs.add(Nodes.var(v));
            out.addAll(Internals.differentiator(f.engine()).gradient(Internals.node(f), vs));
        }
        return out;
    }

    /** The same expressions as exp4j text (log is the natural logarithm there). */
    List<String> exp4jTexts() {
        List<String> out = new ArrayList<>();
        for (Node n : nodes()) out.add(InfixPrinter.print(n).replace("ln(", "log("));
        return out;
    }

    double[][] newOutputs() { return new double[outputs][in[0].length]; }
}
