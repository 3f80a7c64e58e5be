package dev.deriv.bench;

import dev.deriv.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How the cost of parse + differentiate + simplify grows with the size n of an
 * input, one family of inputs at a time (issue 19). bench-scaling.sh runs each
 * family over its own range of n and fits the growth exponent (the slope of
 * log time against log n). Each invocation parses the text afresh, so nothing
 * is remembered between invocations.
 *
 * <ul>
 * <li>{@code sum}: sin(x) + sin(2*x) + ... + sin(n*x), d/dx
 * <li>{@code product}: sin(x+1)*sin(x+2)*...*sin(x+n), d/dx (the answer has n terms of n factors)
 * <li>{@code nesting}: sin(exp(sin(exp(...x...)))), n calls deep, d/dx
 * <li>{@code nthDerivative}: the n-th derivative of x^3*exp(2*x)*sin(x)
 * <li>{@code tower}: x^x^...^x with n x's, d/dx
 * <li>{@code lseGradient}: the n partials of ln(exp(x1) + ... + exp(xn))
 * <li>{@code rationalSum}: 1 + 1/2 + ... + 1/n, simplified to one exact number
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScalingBenchmark {
    @Param({"sum", "product", "nesting", "nthDerivative", "tower", "lseGradient", "rationalSum"})
    public String family;

    @Param({"10", "100"})
    public int n;

    private String text;
    private List<String> variables;

    @Setup(Level.Trial)
    public void build() {
        text = input(family, n);
        variables = new ArrayList<>();
        for (int i = 1; i <= n; i++) variables.add("x" + i);
    }

    @Benchmark
    public Object run() {
        Expr f = Expr.parse(text);
        switch (family) {
            case "nthDerivative": return f.diff("x", n);
            case "lseGradient": return f.gradient(variables);
            case "rationalSum": return f.simplify();
            default: return f.diff("x");
        }
    }

    /** The input of size n of a family. */
    static String input(String family, int n) {
        switch (family) {
            case "sum": return join(n, " + ", i -> "sin(" + i + "*x)");
            case "product": return join(n, "*", i -> "sin(x + " + i + ")");
            case "nesting": {
                StringBuilder b = new StringBuilder("x");
                for (int i = 0; i < n; i++) b.insert(0, i % 2 == 0 ? "sin(" : "exp(").append(')');
                return b.toString();
            }
            case "nthDerivative": return "x^3*exp(2*x)*sin(x)";
            case "tower": return join(n, "^", i -> "x");
            case "lseGradient": return "ln(" + join(n, " + ", i -> "exp(x" + i + ")") + ")";
            case "rationalSum": return "1 + " + join(n - 1, " + ", i -> "1/" + (i + 1));
            default: throw new IllegalArgumentException("no such family: " + family);
        }
    }

    private static String join(int n, String separator, IntFunction<String> term) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            if (i > 1) b.append(separator);
            b.append(term.apply(i));
        }
        return b.toString();
    }
}
