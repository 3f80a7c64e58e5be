package dev.deriv.bench;

import dev.deriv.CompileOptions;
import dev.deriv.Evaluator;
import java.util.Arrays;

/**
 * A companion to the JMH run for shared, loaded machines: the engines of one
 * expression run in turn, rep after rep, so that other processes' load falls
 * on all of them alike; prints the minimum and the median ns/point of each.
 * <pre>
 * java --add-modules jdk.incubator.vector -Xmx3g -cp target/benchmarks.jar \
 *      dev.deriv.bench.Interleaved 40 E1 E2 E3 E4 E5f E5 LSE100f LSE100
 * </pre>
 */
public final class Interleaved {
    private Interleaved() {}

    public static void main(String[] args) {
        int reps = Integer.parseInt(args[0]);
        int threads = Runtime.getRuntime().availableProcessors();
        String[] names = {"javaPlain", "javaVector", "compiledSimd1Thread", "compiledScalar1Thread",
            "compiledSimdAllThreads", "compiledScalarAllThreads"};
        System.out.printf("%-8s %s%n", "expr", String.join("  ", names) + "   (min/median ns per point)");
        for (int a = 1; a < args.length; a++) {
            String id = args[a];
            int n = id.startsWith("LSE") ? LseBenchmark.N : EvalBenchmark.N;
            Workload w = new Workload(id, n);
            double[][] out = w.newOutputs();
            Evaluator simd1 = w.compile(CompileOptions.defaults().withThreads(1));
            Evaluator scalar1 = w.compile(CompileOptions.defaults().withThreads(1).withSimd(false));
            Evaluator simdAll = simd1.withThreads(threads);
            Evaluator scalarAll = scalar1.withThreads(threads);
            Check.agree(w, simd1, out);
            Runnable[] runs = {
                () -> Baselines.plain(id, w.in, out), () -> Baselines.vector(id, w.in, out),
                () -> simd1.eval(w.in, out), () -> scalar1.eval(w.in, out),
                () -> simdAll.eval(w.in, out), () -> scalarAll.eval(w.in, out),
            };
            double[][] t = new double[runs.length][reps];
            for (int r = -reps / 2; r < reps; r++) { // the first half-run warms up
                for (int k = 0; k < runs.length; k++) {
                    long t0 = System.nanoTime();
                    runs[k].run();
                    double dt = (System.nanoTime() - t0) / (double) n;
                    if (r >= 0) t[k][r] = dt;
                }
            }
            StringBuilder line = new StringBuilder(String.format("%-8s", id));
            for (double[] times : t) {
                Arrays.sort(times);
                line.append(String.format(" %9.3f/%-9.3f", times[0], times[reps / 2]));
            }
            System.out.println(line);
        }
    }
}
