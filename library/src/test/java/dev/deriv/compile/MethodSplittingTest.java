package dev.deriv.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.CompileOptions;
import dev.deriv.Evaluator;
import dev.deriv.Expr;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * LSE-1000 with its 1,000 partials: far too large for one method. Every
 * generated method must stay under HotSpot's HugeMethodLimit (8,000 bytes), read
 * back from the class files; the results must still match the interpreter.
 */
class MethodSplittingTest {
    static final int N = 1000;

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

    @Test
    void lse1000WithGradientSplitsIntoSmallMethods() {
        for (boolean simd : new boolean[] {false, true}) {
            Evaluator ev = Evaluator.compileWithGradient(lse(N), names(N),
                    CompileOptions.defaults().withSimd(simd).withThreads(1));
            CompiledFunction f = Internals.compiled(ev);
            assertTrue(f.isCompiled(), f.fallbackReason());
            assertTrue(f.segmentCount() > 1, "expected several segments, got " + f.segmentCount());
            int methods = 0;
            for (byte[] c : f.classFiles()) {
                assertTrue(c.length < 65_536 * 4, "class file of " + c.length + " bytes");
                for (Map.Entry<String, Integer> m : ClassFiles.codeLengths(c).entrySet()) {
                    assertTrue(m.getValue() < Codegen.HUGE_METHOD_LIMIT, m.getKey() + " has " + m.getValue() + " bytes");
                    methods++;
                }
            }
            assertTrue(methods > 2);
            checkAgainstInterpreter(ev, simd);
        }
    }

    private static void checkAgainstInterpreter(Evaluator ev, boolean simd) {
        Random r = new Random(5);
        int points = 19;
        double[][] in = new double[N][points];
        for (double[] a : in) for (int i = 0; i < points; i++) a[i] = r.nextDouble() * 4 - 2;
        double[][] out = new double[N + 1][points];
        ev.eval(in, out);
        List<Node> exprs = new ArrayList<>();
        Expr f = lse(N);
        exprs.add(Internals.node(f));
        List<Var> vars = new ArrayList<>();
        for (String v : names(N)) vars.add(Nodes.var(v));
        exprs.addAll(Internals.differentiator(f.engine()).gradient(Internals.node(f), vars));
        for (int i = 0; i < points; i += 6) {
            Map<Var, Double> point = new HashMap<>();
            for (int v = 0; v < N; v++) point.put(vars.get(v), in[v][i]);
            for (int k = 0; k <= N; k += 37) {
                double expected = Interpreter.eval(exprs.get(k), point);
                assertEquals(expected, out[k][i], 1e-12 * Math.max(1, Math.abs(expected)),
                        "output " + k + " at point " + i + (simd ? " (SIMD)" : ""));
            }
        }
        // the partials of LSE sum to 1
        for (int i = 0; i < points; i++) {
            double s = 0;
            for (int k = 1; k <= N; k++) s += out[k][i];
            assertEquals(1.0, s, 1e-12);
        }
    }

    @Test
    void tinyBudgetsGiveManySegmentsAndTheSameResults() {
        // a segment per few operations: values cross through tmp arrays, block by block, with ragged tails
        Expr f = Expr.parse("sin(x)*cos(y) + exp(-x*y)/(1+x^2) + sqrt(x*y) + ln(exp(x)+exp(y))");
        Expr g = Expr.parse("x^3*y - exp(x)/y + cos(x*y)^2");
        List<Node> outs = List.of(Internals.node(f), Internals.node(g), Internals.node(f));
        List<Var> vars = List.of(Nodes.var("x"), Nodes.var("y"));
        int n = 10_003;
        double[][] in = new double[2][n];
        for (int i = 0; i < n; i++) {
            in[0][i] = 0.1 + i * 1e-4;
            in[1][i] = 2 - i * 1e-4;
        }
        for (boolean simd : new boolean[] {false, true}) {
            CompiledFunction whole = CompiledFunction.compile(outs, vars, CompileOptions.defaults().withThreads(1).withSimd(simd));
            CompiledFunction split = CompiledFunction.compile(outs, vars, CompileOptions.defaults().withThreads(1).withSimd(simd),
                    40, 2, 3);
            assertEquals(1, whole.segmentCount());
            assertTrue(split.segmentCount() > 5, "segments: " + split.segmentCount());
            double[][] a = new double[3][n];
            double[][] b = new double[3][n];
            whole.eval(in, a);
            split.eval(in, b);
            for (int k = 0; k < 3; k++) {
                for (int i = 0; i < n; i++) assertEquals(a[k][i], b[k][i], 0.0, "output " + k + " point " + i);
            }
            for (int i = 0; i < n; i += 101) {
                Map<Var, Double> at = Map.of(vars.get(0), in[0][i], vars.get(1), in[1][i]);
                double expected = Interpreter.eval(Internals.node(f), at);
                assertEquals(expected, a[0][i], 1e-14 * Math.abs(expected) + 1e-15);
                assertEquals(Interpreter.eval(Internals.node(g), at), a[1][i], 1e-13 * Math.abs(expected) + 1e-14);
            }
        }
    }
}
