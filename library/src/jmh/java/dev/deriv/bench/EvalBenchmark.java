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
 * E1-E5 over n = 1,000,000 points; scores are nanoseconds per point. Every
 * engine of issue 5 but the slow ones ({@link SlowEngineBenchmark}) on the same
 * inputs in one run: hand-written Java (plain loop and Vector API loop) and the
 * compiled evaluator with one thread and all threads, SIMD on and off.
 * E5 is f with its full gradient (5 outputs); E5f is f alone, for the
 * cost(f + gradient)/cost(f) ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xms2g", "-Xmx2g"})
@OperationsPerInvocation(EvalBenchmark.N)
public class EvalBenchmark {
    static final int N = 1_000_000;

    @Param({"E1", "E2", "E3", "E4", "E5f", "E5"})
    public String expr;

    Workload w;
    double[][] out;
    Evaluator simd1;
    Evaluator scalar1;
    Evaluator simdAll;
    Evaluator scalarAll;

    @Setup(Level.Trial)
    public void setup() {
        w = new Workload(expr, N);
        out = w.newOutputs();
        int cores = Runtime.getRuntime().availableProcessors();
        simd1 = w.compile(CompileOptions.defaults().withThreads(1));
        scalar1 = w.compile(CompileOptions.defaults().withThreads(1).withSimd(false));
        simdAll = simd1.withThreads(cores);
        scalarAll = scalar1.withThreads(cores);
        if (!simd1.usesSimd()) throw new IllegalStateException("the Vector API is not available in this fork");
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

    @Benchmark
    public double[][] compiledScalarAllThreads() {
        scalarAll.eval(w.in, out);
        return out;
    }
}
