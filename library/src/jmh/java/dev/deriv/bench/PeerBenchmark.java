package dev.deriv.bench;

import dev.deriv.Expr;
import dev.deriv.internal.Internals;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.matheclipse.core.eval.ExprEvaluator;
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
 * deriv against Symja 3.0.0 (issue 19) on the rows of test-expressions/derivatives.tsv,
 * one category per trial: deriv's parse + differentiate + simplify against Symja's
 * {@code Simplify(D(f, x))} on the same expression (deriv's parse, written in Symja's
 * syntax by {@link SymjaSyntax}, so both see the same input; Symja parses it each time).
 * Sample-time mode: p0.50, p0.90 and p0.99 of one row's time, per category and engine;
 * bench-peers.py puts them in a table with the ratios and SymPy's times.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PeerBenchmark {
    @Param({"polynomial", "rational", "trig", "inverse_trig", "hyperbolic", "exp_log", "log_base", "products",
            "quotient", "power", "nested_chain", "textbook", "constants", "implicit", "general_power", "sqrt_abs",
            "ml", "chain", "multivar"})
    public String category;

    private final List<String[]> rows = new ArrayList<>(); // expr, var, Symja's input
    private ExprEvaluator symja;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path corpus = Path.of(System.getProperty("deriv.corpus", "test-expressions/derivatives.tsv"));
        for (String line : Files.readAllLines(corpus)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) continue;
            String[] f = line.split("\t");
            if (!f[1].equals(category) || f[4].startsWith("error")) continue;
            String input = SymjaSyntax.of(Internals.node(Expr.parse(f[2])));
            rows.add(new String[] {f[2], f[3], "Simplify(D(" + input + "," + SymjaSyntax.PREFIX + f[3] + "))"});
        }
        if (rows.isEmpty()) throw new IllegalStateException("no rows in category " + category);
        symja = new ExprEvaluator();
    }

    @Benchmark
    public Expr deriv() {
        String[] row = nextRow();
        return Expr.parse(row[0]).diff(row[1]);
    }

    @Benchmark
    public Object symja() {
        return symja.eval(nextRow()[2]);
    }

    private String[] nextRow() {
        String[] row = rows.get(next);
        next = (next + 1) % rows.size();
        return row;
    }
}
