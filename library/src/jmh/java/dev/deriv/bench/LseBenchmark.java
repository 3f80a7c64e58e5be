package dev.deriv.bench;

import dev.deriv.CompileOptions;
import dev.deriv.Evaluator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * LSE-100 = ln(exp(x1)+...+exp(x100)), alone (LSE100f) and with its 100 partials
 * (LSE100), over n = 100,000 points (100 input columns of 800 KB each; at
 * n = 10^6 inputs and outputs would take 1.6 GB). Nanoseconds per point.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xms2g", "-Xmx2g"})
@OperationsPerInvocation(LseBenchmark.N)
public class LseBenchmark {
    static final int N = 100_000;

    @Param({"LSE100f", "LSE100"})
    public String expr;

    Workload w;
    double[][] out;
    Evaluator simd1;
    Evaluator scalar1;
    Evaluator simdAll;

    @Setup(Level.Trial)
    public void setup() {
        w = new Workload(expr, N);
        out = w.newOutputs();
        simd1 = w.compile(CompileOptions.defaults().withThreads(1));
        scalar1 = w.compile(CompileOptions.defaults().withThreads(1).withSimd(false));
        simdAll = simd1.withThreads(Runtime.getRuntime().availableProcessors());
        Check.agree(w, simd1, out);
    }

    @Benchmark
    public double[][] javaPlain() {
        Baselines.plain(expr, w.in, out);
        return out;
    }

    @Benchmark
    public double[][] javaVector() {
        Baselines.vector(expr, w.in, out);
        return out;
    }

    @Benchmark
    public double[][] compiledSimd1Thread() {
        simd1.eval(w.in, out);
        return out;
    }

    @Benchmark
    public double[][] compiledScalar1Thread() {
        scalar1.eval(w.in, out);
        return out;
    }

    @Benchmark
    public double[][] compiledSimdAllThreads() {
        simdAll.eval(w.in, out);
        return out;
    }
}
