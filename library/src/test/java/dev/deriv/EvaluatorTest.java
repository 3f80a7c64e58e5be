package dev.deriv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.expr.Interpreter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
    @Test
    void specExample() {
        Expr f = Expr.parse("ln(exp(x) + exp(y))");
        Expr g = Expr.parse("exp(x)/(exp(x)+exp(y))");
        Evaluator ev = Evaluator.compile(List.of(f, g), List.of("x", "y"));
        assertTrue(ev.isCompiled());
        assertNull(ev.fallbackReason());
        double[] out = ev.evalAt(0.0, Math.log(2));
        assertEquals(Math.log(3), out[0], 1e-15);
        assertEquals(1.0 / 3, out[1], 1e-15);

        double[][] in = {{0, 1, 2}, {0, 0, Math.log(2)}};
        double[][] res = new double[2][3];
        ev.eval(in, res);
        assertEquals(Math.log(2), res[0][0], 1e-15);
        assertEquals(0.5, res[1][0], 1e-15);
        assertEquals(Math.log(Math.E + 1), res[0][1], 1e-15);
    }

    @Test
    void constantsInputsAndRepeatedOutputs() {
        Evaluator ev = Evaluator.compile(
                List.of(Expr.parse("2*pi"), Expr.parse("y"), Expr.parse("x*y"), Expr.parse("y*x"), Expr.parse("sin(1)")),
                List.of("x", "y", "unused"));
        double[] r = ev.evalAt(3, 4, 99);
        assertArrayEquals(new double[] {2 * Math.PI, 4, 12, 12, Math.sin(1)}, r, 0.0);
        double[][] in = new double[3][20];
        for (int i = 0; i < 20; i++) {
            in[0][i] = i;
            in[1][i] = -i;
        }
        double[][] out = new double[5][20];
        ev.eval(in, out);
        for (int i = 0; i < 20; i++) {
            assertEquals(2 * Math.PI, out[0][i]);
            assertEquals(-i, out[1][i]);
            assertEquals(-i * i, out[2][i]);
        }
    }

    @Test
    void badArgumentsAreReported() {
        Evaluator ev = Evaluator.compile(List.of(Expr.parse("x+y")), List.of("x", "y"));
        assertThrows(IllegalArgumentException.class, () -> ev.evalAt(1));
        assertThrows(IllegalArgumentException.class, () -> ev.eval(new double[][] {{1}, {1, 2}}, new double[][] {{0}}));
        assertThrows(IllegalArgumentException.class, () -> ev.eval(new double[][] {{1}}, new double[][] {{0}}));
        assertThrows(Interpreter.UnboundVariableException.class,
                () -> Evaluator.compile(List.of(Expr.parse("x+z")), List.of("x")));
        assertThrows(IllegalArgumentException.class, () -> Evaluator.compile(List.of(Expr.parse("x")), List.of("x", "x")));
    }

    @Test
    void outputsMayAliasInputs() {
        Evaluator ev = Evaluator.compile(List.of(Expr.parse("x^2 + 1"), Expr.parse("x + 1")), List.of("x"),
                CompileOptions.defaults().withThreads(1));
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        double[] other = new double[10];
        ev.eval(new double[][] {x}, new double[][] {x, other});
        assertEquals(2, x[0]);
        assertEquals(101, x[9]);
        assertEquals(11, other[9]);
    }

    @Test
    void interpreterFallbackGivesTheSameValues() {
        Expr f = Expr.parse("x^x*(ln(x)+1) + sigmoid(y)");
        Evaluator compiled = Evaluator.compile(List.of(f), List.of("x", "y"));
        Evaluator interpreted = Evaluator.compile(List.of(f), List.of("x", "y"), CompileOptions.defaults().interpreted());
        assertTrue(compiled.isCompiled());
        assertFalse(interpreted.isCompiled());
        assertNotNull(interpreted.fallbackReason());
        for (double x = 0.25; x < 3; x += 0.5) {
            assertEquals(interpreted.evalAt(x, -x)[0], compiled.evalAt(x, -x)[0], 1e-14);
        }
    }

    @Test
    void tensorsBroadcastScalars() {
        Evaluator ev = Evaluator.compile(List.of(Expr.parse("a*x + b"), Expr.parse("a")), List.of("a", "x", "b"));
        Tensor x = Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        List<Tensor> out = ev.eval(Map.of("a", Tensor.scalar(2), "x", x, "b", Tensor.scalar(0.5)));
        assertArrayEquals(new int[] {2, 3}, out.get(0).shape());
        assertEquals(2 * 6 + 0.5, out.get(0).get(1, 2));
        assertEquals(2, out.get(1).get(0, 1));
        List<Tensor> scalars = ev.eval(Map.of("a", Tensor.scalar(2), "x", Tensor.scalar(3), "b", Tensor.scalar(1)));
        assertEquals(0, scalars.get(0).rank());
        assertEquals(7, scalars.get(0).data()[0]);
        assertThrows(IllegalArgumentException.class, () -> ev.eval(Map.of("a", Tensor.vector(1, 2), "x",
                Tensor.vector(1, 2, 3), "b", Tensor.scalar(0))));
        assertThrows(Interpreter.UnboundVariableException.class, () -> ev.eval(Map.of("a", Tensor.scalar(1))));
    }

    @Test
    void allThreadsGiveTheSameResultsAsOne() {
        Expr f = Expr.parse("sin(x)*cos(y) + exp(-x*y)/(1+x^2) + sqrt(x*y)");
        Evaluator one = Evaluator.compile(List.of(f), List.of("x", "y"), CompileOptions.defaults().withThreads(1));
        Evaluator many = one.withThreads(4);
        int n = 300_001;
        double[][] in = random(2, n, 1);
        double[][] a = new double[1][n];
        double[][] b = new double[1][n];
        one.eval(in, a);
        many.eval(in, b);
        assertArrayEquals(a[0], b[0], 0.0);
        assertEquals(4, many.threads());
    }

    @Test
    void oneEvaluatorManyThreads() throws Exception {
        Expr f = Expr.parse("ln(exp(x)+exp(y)) + x^3 - y/x");
        Evaluator ev = Evaluator.compileWithGradient(f, List.of("x", "y"));
        int n = 5_000;
        double[][] in = random(2, n, 2);
        double[][] expected = new double[3][n];
        ev.withThreads(1).eval(in, expected);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<double[][]>> results = new ArrayList<>();
            for (int t = 0; t < 64; t++) {
                final int task = t;
                results.add(pool.submit(() -> {
                    double[][] out = new double[3][n];
                    if (task % 2 == 0) {
                        ev.eval(in, out);
                    } else {
                        for (int i = 0; i < n; i++) {
                            double[] r = ev.evalAt(in[0][i], in[1][i]);
                            for (int k = 0; k < 3; k++) out[k][i] = r[k];
                        }
                    }
                    return out;
                }));
            }
            for (Future<double[][]> r : results) {
                double[][] out = r.get();
                for (int k = 0; k < 3; k++) assertArrayEquals(expected[k], out[k], 1e-13); // evalAt takes the scalar path, eval the SIMD one
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void compileWithGradientMatchesSymbolicPartials() {
        Expr f = Expr.parse("x^2*y + sin(x*y)");
        Evaluator ev = Evaluator.compileWithGradient(f, List.of("x", "y"));
        double x = 0.7, y = -1.3;
        double[] r = ev.evalAt(x, y);
        assertEquals(x * x * y + Math.sin(x * y), r[0], 1e-15);
        assertEquals(2 * x * y + y * Math.cos(x * y), r[1], 1e-14);
        assertEquals(x * x + x * Math.cos(x * y), r[2], 1e-14);
    }

    static double[][] random(int vars, int n, long seed) {
        Random r = new Random(seed);
        double[][] in = new double[vars][n];
        for (double[] a : in) for (int i = 0; i < n; i++) a[i] = 0.05 + 2 * r.nextDouble();
        return in;
    }
}
