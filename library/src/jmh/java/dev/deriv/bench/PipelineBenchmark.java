package dev.deriv.bench;

import dev.deriv.Expr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Parse + differentiate + simplify, one corpus row per invocation, cycling over
 * test-expressions/derivatives.tsv. Sample-time mode gives the distribution of
 * single invocations: its p0.50 is the median time per expression, p0.99 the 99th
 * percentile (issue: median under 1 ms, p99 under 20 ms).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PipelineBenchmark {
    private final List<String[]> rows = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path corpus = Path.of(System.getProperty("deriv.corpus", "test-expressions/derivatives.tsv"));
        for (String line : Files.readAllLines(corpus)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) continue;
            String[] f = line.split("\t");
            if (!f[4].startsWith("error")) rows.add(new String[] {f[2], f[3]});
        }
    }

    @Benchmark
    public Expr parseDiffSimplify() {
        String[] row = rows.get(next);
        next = (next + 1) % rows.size();
        return Expr.parse(row[0]).diff(row[1]);
    }
}
