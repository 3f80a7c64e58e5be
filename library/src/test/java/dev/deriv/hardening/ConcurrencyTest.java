package dev.deriv.hardening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deriv.CompileOptions;
import dev.deriv.Engine;
import dev.deriv.Evaluator;
import dev.deriv.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One engine, its rule tables, differentiator and simplifier, and one compiled
 * evaluator, shared by many threads at once: every thread gets exactly the
 * answers a single thread gets. The threads start together (a latch) so that
 * the lazily filled caches (matchers, derivative templates) are filled concurrently.
 */
class ConcurrencyTest {
    private static final int THREADS = 8;

    private static final List<String> INPUTS = List.of(
            "3*x^2 - 4*x", "sin(x)^2 + cos(x)^2", "ln(exp(x) + exp(y))", "x^x", "sigmoid(w*x + b)",
            "tan(x)*sec(x)", "sqrt(x^2 + y^2)", "(x^2 - 1)/(x - 1)", "atan(y/x)", "softplus(x)*abs(y)",
            "exp(-x^2/2)/sqrt(2*pi)", "asin(x)/acos(x)", "cosh(x)^2 - sinh(x)^2", "x^3*y^2*z", "log(x, 2) + log10(y)",
            "2*sin(x)*cos(x)", "(x + 1)^10", "1/(1 + x)^2 - 1/(1 + x)", "csc(x)*cot(x)", "tanh(x*y)");

    /** Everything one input asks of the engine, as text. */
    private static List<String> work(Engine engine, String input) {
        Expr f = engine.parse(input);
        List<String> out = new ArrayList<>();
        out.add(f.simplify().toString());
        for (String v : List.of("x", "y")) out.add(f.diff(v).toString());
        out.add(f.diff("x", 2).toString());
        for (Expr g : f.gradient(List.of("x", "y", "z"))) out.add(g.toString());
        out.add(f.toLatex());
        return out;
    }

    private static <T> List<T> concurrently(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> t : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return t.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) out.add(f.get());
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneEngineSharedByManyThreadsGivesTheSingleThreadedAnswers() throws Exception {
        // a fresh engine, so that its caches start empty and fill under contention
        Engine shared = Engine.standard().withRules("none.rules", "");
        Engine reference = Engine.standard().withRules("none.rules", "");
        List<List<String>> expected = new ArrayList<>();
        for (String input : INPUTS) expected.add(work(reference, input));

        List<Callable<List<List<String>>>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int offset = t;
            tasks.add(() -> {
                List<List<String>> mine = new ArrayList<>();
                for (int i = 0; i < INPUTS.size(); i++) {
                    int k = (i + offset) % INPUTS.size(); // every thread in its own order
                    mine.add(work(shared, INPUTS.get(k)));
                }
                List<List<String>> ordered = new ArrayList<>(mine);
                for (int i = 0; i < INPUTS.size(); i++) ordered.set((i + offset) % INPUTS.size(), mine.get(i));
                return ordered;
            });
        }
        for (List<List<String>> result : concurrently(tasks)) assertEquals(expected, result);
    }

    @Test
    void oneEvaluatorSharedByManyThreads() throws Exception {
        List<Expr> fs = new ArrayList<>();
        for (String s : List.of("ln(exp(x) + exp(y))", "x^2*y - sin(x*y)", "sigmoid(x - y)", "sqrt(x^2 + y^2 + 1)")) {
            Expr f = Expr.parse(s);
            fs.add(f);
            fs.add(f.diff("x"));
        }
        for (CompileOptions options : List.of(CompileOptions.defaults(), CompileOptions.defaults().withThreads(1),
                CompileOptions.defaults().withSimd(false))) {
            Evaluator ev = Evaluator.compile(fs, List.of("x", "y"), options);
            int n = 2_000;
            double[][] in = new double[2][n];
            for (int i = 0; i < n; i++) {
                in[0][i] = -3 + 6.0 * i / n;
                in[1][i] = Math.cos(i);
            }
            double[][] expected = new double[fs.size()][n];
            ev.eval(in, expected);
            List<Callable<double[][]>> tasks = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                boolean pointwise = t % 2 == 0;
                tasks.add(() -> {
                    double[][] out = new double[fs.size()][n];
                    if (pointwise) {
                        for (int i = 0; i < n; i++) {
                            double[] v = ev.evalAt(in[0][i], in[1][i]);
                            for (int k = 0; k < v.length; k++) out[k][i] = v[k];
                        }
                    } else {
                        for (int r = 0; r < 5; r++) ev.eval(in, out);
                    }
                    return out;
                });
            }
            for (double[][] out : concurrently(tasks)) {
                for (int k = 0; k < fs.size(); k++) assertArrayEquals(expected[k], out[k], 0.0, "output " + k);
            }
        }
    }
}
