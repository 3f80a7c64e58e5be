package dev.deriv.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.CompileOptions;
import dev.deriv.Tensor;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.parse.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Corners of the compiler that the end-to-end tests pass by (mutation testing
 * found them): constant folding of every operation, the parallel split of large
 * inputs, named tensors and their value semantics, the program listing, and the
 * minimizer's stopping rules.
 */
class CompilerEdgesTest {
    private static final List<Var> X = List.of(Nodes.var("x"));

    private static CompiledFunction compile(List<String> texts, int threads) {
        List<Node> nodes = new ArrayList<>();
        for (String t : texts) nodes.add(Parser.parse(t));
        return CompiledFunction.compile(nodes, X, CompileOptions.defaults().withThreads(threads));
    }

    @Test
    void constantSubexpressionsFoldToTheInterpretersValues() {
        // each function of a constant is folded at compile time (Op.apply), and must be Math's value
        List<String> texts = List.of("sin(2)*x", "cos(2)*x", "tan(2)*x", "asin(1/3)*x", "acos(1/3)*x", "atan(2)*x",
                "sinh(2)*x", "cosh(2)*x", "tanh(2)*x", "exp(2)*x", "ln(2)*x", "sqrt(2)*x", "abs(pi - 4)*x",
                "(pi - e)*x", "x/(pi - e)", "pi^e*x", "-pi*x + e", "e/pi + x", "2^pi*x", "(pi + e)^(1/3)*x",
                "sqrt(pi)*x", "ln(pi)/x", "exp(-e)*x");
        CompiledFunction f = compile(texts, 1);
        assertTrue(f.isCompiled(), f.fallbackReason());
        for (double x : new double[] {1.5, -0.25}) {
            double[] got = f.evalAt(x);
            for (int i = 0; i < texts.size(); i++) {
                double want = Interpreter.eval(Parser.parse(texts.get(i)), Map.of(X.get(0), x));
                assertEquals(want, got[i], Math.ulp(want) * 4, texts.get(i));
            }
        }
        // folded: the program of sin(2)*x has no SIN instruction left
        assertTrue(!compile(List.of("sin(2)*x"), 1).describeProgram().contains("SIN"));
    }

    @Test
    void hundredsOfVariablesAndOutputsCompile() {
        // indices past 5, 127 and 255 take different instructions (ICONST, BIPUSH, SIPUSH): all must verify
        int n = 300;
        List<Var> vars = new ArrayList<>();
        for (int i = 0; i < n; i++) vars.add(Nodes.var("v" + i));
        List<Node> outs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            outs.add(Nodes.add(Nodes.mul(vars.get(i), vars.get((i * 7 + 3) % n)), Nodes.num(i)));
        }
        for (boolean simd : new boolean[] {false, true}) {
            CompiledFunction f = CompiledFunction.compile(outs, vars, CompileOptions.defaults().withThreads(1).withSimd(simd));
            assertTrue(f.isCompiled(), f.fallbackReason());
            double[] point = new double[n];
            Map<Var, Double> at = new java.util.HashMap<>();
            for (int i = 0; i < n; i++) {
                point[i] = 0.5 + i;
                at.put(vars.get(i), point[i]);
            }
            double[] got = f.evalAt(point);
            for (int i = 0; i < n; i++) assertEquals(Interpreter.eval(outs.get(i), at), got[i], 0.0, "output " + i);
            double[][] in = new double[n][70];
            for (int v = 0; v < n; v++) java.util.Arrays.fill(in[v], point[v]);
            double[][] out = new double[n][70];
            f.eval(in, out);
            for (int i = 0; i < n; i++) assertEquals(got[i], out[i][69], 0.0, "output " + i);
        }
    }

    @Test
    void constantFoldingMeansWhatTheGeneratedCodeComputes() {
        // Op.apply folds constant arithmetic, and the registry's double implementation folds
        // constant calls: both must agree with the code generated for the same operation
        Map<String, java.util.function.DoubleUnaryOperator> folding = new java.util.LinkedHashMap<>();
        folding.put("-x", x -> Op.NEG.apply(x, 0));
        folding.put("abs(x)", x -> Op.ABS.apply(x, 0));
        folding.put("sqrt(x)", x -> Op.SQRT.apply(x, 0));
        for (dev.deriv.expr.Builtin b : dev.deriv.expr.FunctionRegistry.ENTRIES) folding.put(b.name() + "(x)", b.value());
        CompiledFunction f = compile(new ArrayList<>(folding.keySet()), 1);
        for (double x : new double[] {0.3, -0.7, 2.5, 1.0}) {
            double[] got = f.evalAt(x);
            int i = 0;
            for (Map.Entry<String, java.util.function.DoubleUnaryOperator> e : folding.entrySet()) {
                double folded = e.getValue().applyAsDouble(x);
                if (Double.isNaN(folded)) assertTrue(Double.isNaN(got[i]), e.getKey() + " at " + x);
                else assertEquals(folded, got[i], Math.ulp(folded) * 2, e.getKey() + " at " + x);
                i++;
            }
        }
        assertEquals(5.5, Op.ADD.apply(2, 3.5));
        assertEquals(-1.5, Op.SUB.apply(2, 3.5));
        assertEquals(7.0, Op.MUL.apply(2, 3.5));
        assertEquals(0.5, Op.DIV.apply(2, 4));
        assertEquals(8.0, Op.POW.apply(2, 3));
        assertThrows(IllegalStateException.class, () -> Op.CONST.apply(1, 1));
        assertThrows(IllegalStateException.class, () -> Op.INPUT.apply(1, 1));
    }

    @Test
    void powersCompileToTheInterpretersValues() {
        List<String> texts = List.of("x^2", "x^3", "x^4", "x^5", "x^8", "x^10", "x^-1", "x^-2", "x^-3", "x^(1/2)",
                "x^(-1/2)", "x^(3/2)", "x^(1/3)", "x^(5/2)", "x^(-3/2)", "x^0.25", "x^y", "2^x", "x^x", "(x+1)^7",
                "x^100", "x^-7", "x^(1/4)*y", "y/x^(1/2)", "x^2*y^-3");
        List<Var> xy = List.of(Nodes.var("x"), Nodes.var("y"));
        List<Node> nodes = new ArrayList<>();
        for (String t : texts) nodes.add(Parser.parse(t));
        for (boolean simd : new boolean[] {false, true}) {
            CompiledFunction f = CompiledFunction.compile(nodes, xy, CompileOptions.defaults().withThreads(1).withSimd(simd));
            for (double[] p : new double[][] {{1.7, 0.6}, {0.3, 2}, {-1.5, 1.25}, {0, 3}, {-0.0, 1}}) {
                double[] got = f.evalAt(p);
                Map<Var, Double> at = Map.of(xy.get(0), p[0], xy.get(1), p[1]);
                for (int i = 0; i < texts.size(); i++) {
                    double want = Interpreter.eval(nodes.get(i), at);
                    String where = texts.get(i) + " at " + java.util.Arrays.toString(p) + (simd ? " simd" : "");
                    if (Double.isNaN(want) || Double.isInfinite(want)) assertEquals(want, got[i], where);
                    else assertEquals(want, got[i], 1e-13 * Math.max(1, Math.abs(want)), where);
                }
            }
        }
    }

    @Test
    void theMinimizerIsEconomicalWithEvaluations() {
        // bounds about 15 % above what the line search needs today: a weaker search or interpolation shows here
        Minimizer.Objective rosenbrock = (x, g) -> {
            double a = 1 - x[0];
            double b = x[1] - x[0] * x[0];
            g[0] = -2 * a - 400 * x[0] * b;
            g[1] = 200 * b;
            return a * a + 100 * b * b;
        };
        Minimizer.Result r = Minimizer.minimize(rosenbrock, new double[] {-1.2, 1}, Minimizer.Options.defaults(), null);
        assertTrue(r.converged(), r.message());
        assertTrue(r.iterations() <= 40 && r.evaluations() <= 165, r.iterations() + " iterations, " + r.evaluations());
        Minimizer.Objective beale = (x, g) -> {
            double u = x[0];
            double v = x[1];
            double a1 = 1.5 - u + u * v;
            double a2 = 2.25 - u + u * v * v;
            double a3 = 2.625 - u + u * v * v * v;
            g[0] = 2 * a1 * (v - 1) + 2 * a2 * (v * v - 1) + 2 * a3 * (v * v * v - 1);
            g[1] = 2 * a1 * u + 4 * a2 * u * v + 6 * a3 * u * v * v;
            return a1 * a1 + a2 * a2 + a3 * a3;
        };
        r = Minimizer.minimize(beale, new double[] {1, 1}, Minimizer.Options.defaults(), null);
        assertTrue(r.converged(), r.message());
        assertEquals(3.0, r.point()[0], 1e-8);
        assertEquals(0.5, r.point()[1], 1e-8);
        assertTrue(r.iterations() <= 18 && r.evaluations() <= 67, r.iterations() + " iterations, " + r.evaluations());
        int n = 10;
        Minimizer.Objective quadratic = (x, g) -> {
            double f = 0;
            for (int i = 0; i < n; i++) {
                double w = Math.pow(4, i % 5);
                g[i] = 2 * w * (x[i] - i);
                f += w * (x[i] - i) * (x[i] - i);
            }
            return f;
        };
        r = Minimizer.minimize(quadratic, new double[n], Minimizer.Options.defaults(), null);
        assertTrue(r.iterations() <= 9 && r.evaluations() <= 34, r.iterations() + " iterations, " + r.evaluations());
    }

    @Test
    void theLineSearchGivesUpOnAFalseGradient() {
        // the gradient points uphill: no step along it decreases the value
        Minimizer.Result r = Minimizer.minimize((x, g) -> {
            g[0] = -2 * x[0];
            return x[0] * x[0];
        }, new double[] {1}, Minimizer.Options.defaults(), null);
        assertEquals("line search found no decrease", r.message());
        assertTrue(!r.converged());
        assertEquals(0, r.iterations());
        assertEquals(1.0, r.point()[0]);
        assertTrue(r.evaluations() > 1);
        // a zero gradient at the start is a minimum already
        r = Minimizer.minimize((x, g) -> {
            g[0] = 2 * x[0];
            g[1] = 2 * x[1];
            return x[0] * x[0] + x[1] * x[1];
        }, new double[] {0, 0}, Minimizer.Options.defaults(), null);
        assertTrue(r.converged());
        assertEquals(0, r.iterations());
        assertEquals(1, r.evaluations());
    }

    @Test
    void aSegmentOverTheMethodLimitIsSplitAgain() {
        // budgets so large that the first cut makes one huge method: the generator must split it after the fact
        List<Var> vars = new ArrayList<>();
        List<Node> terms = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            Var v = Nodes.var("w" + i);
            vars.add(v);
            terms.add(Nodes.exp(Nodes.mul(Nodes.num(i + 1), v)));
        }
        Node lse = Nodes.ln(Nodes.add(terms));
        for (boolean simd : new boolean[] {false, true}) {
            CompiledFunction f = CompiledFunction.compile(List.of(lse), vars,
                    CompileOptions.defaults().withThreads(1).withSimd(simd), 1_000_000, 1_000_000, 1_000);
            assertTrue(f.isCompiled(), f.fallbackReason());
            assertTrue(f.segmentCount() > 1, "segments: " + f.segmentCount());
            f.methodSizes().forEach((m, size) -> assertTrue(size < Codegen.HUGE_METHOD_LIMIT, m + ": " + size));
            double[] point = new double[vars.size()];
            Map<Var, Double> at = new java.util.HashMap<>();
            for (int i = 0; i < point.length; i++) {
                point[i] = Math.sin(i) / (i + 1);
                at.put(vars.get(i), point[i]);
            }
            assertEquals(Interpreter.eval(lse, at), f.evalAt(point)[0], 1e-12 * Math.abs(Interpreter.eval(lse, at)));
        }
    }

    @Test
    void theProgramListing() {
        CompiledFunction f = compile(List.of("sin(x) + 2", "x^3"), 1);
        String listing = f.describeProgram();
        assertTrue(listing.contains("INPUT #0"), listing);
        assertTrue(listing.contains("CALL sin %"), listing);
        assertTrue(listing.contains("CONST 2.0"), listing);
        assertTrue(listing.startsWith("%0 = "), listing);
        assertTrue(listing.contains("outputs ["), listing);
        assertTrue(f.operationCount() >= 3);
        assertEquals(X, f.variables());
        assertEquals(1, f.inputCount());
        assertEquals(2, f.outputCount());
        assertTrue(!f.methodSizes().isEmpty());
        f.methodSizes().values().forEach(size -> assertTrue(size > 0));
    }

    @Test
    void largeInputsSplitOverThreadsGiveTheSameValues() {
        List<String> texts = List.of("sin(x)*exp(-x^2) + x", "ln(1 + x^2)/(1 + x^2)", "x^3 - 2*x");
        CompiledFunction one = compile(texts, 1);
        CompiledFunction two = compile(texts, 2);
        CompiledFunction four = one.withThreads(4);
        assertEquals(4, four.threads());
        for (int n : new int[] {1, 63, 64, 65, 1_000, 100_003}) {
            double[][] in = new double[1][n];
            for (int i = 0; i < n; i++) in[0][i] = -5 + 10.0 * i / n;
            double[][] a = new double[3][n];
            double[][] b = new double[3][n];
            double[][] c = new double[3][n];
            one.eval(in, a);
            two.eval(in, b);
            four.eval(in, c);
            for (int k = 0; k < 3; k++) {
                assertArrayEquals(a[k], b[k], 0.0, "n = " + n);
                assertArrayEquals(a[k], c[k], 0.0, "n = " + n);
                double x = in[0][n - 1];
                assertEquals(one.evalAt(x)[k], a[k][n - 1], 0.0);
            }
        }
        // every array has the same length
        assertThrows(IllegalArgumentException.class, () -> one.eval(new double[][] {new double[5]}, new double[][] {
            new double[5], new double[4], new double[5]}));
        assertThrows(IllegalArgumentException.class, () -> one.eval(new double[][] {null}, new double[3][5]));
    }

    @Test
    void namedTensors() {
        CompiledFunction f = compile(List.of("2*x", "x^2"), 1);
        Map<String, Tensor> out = f.eval(Map.of("x", Tensor.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3)), List.of("twice", "square"));
        assertEquals(List.of("twice", "square"), new ArrayList<>(out.keySet()));
        assertEquals(Tensor.of(new double[] {2, 4, 6, 8, 10, 12}, 2, 3), out.get("twice"));
        assertEquals(36.0, out.get("square").get(1, 2));
        assertEquals(4.0, out.get("square").get(0, 1));
        assertThrows(IllegalArgumentException.class, () -> f.eval(Map.of("x", Tensor.scalar(1)), List.of("one")));
        assertThrows(IllegalArgumentException.class, () -> out.get("twice").get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> out.get("twice").get(2, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> out.get("twice").get(0, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> out.get("twice").get(-1, 0));
    }

    @Test
    void tensorsAreValues() {
        Tensor a = Tensor.of(new double[] {1, 2, 3, 4}, 2, 2);
        assertEquals(a, Tensor.of(new double[] {1, 2, 3, 4}, 2, 2));
        assertEquals(a.hashCode(), Tensor.of(new double[] {1, 2, 3, 4}, 2, 2).hashCode());
        assertNotEquals(a, Tensor.of(new double[] {1, 2, 3, 4}, 4));
        assertNotEquals(a, Tensor.of(new double[] {1, 2, 3, 5}, 2, 2));
        assertNotEquals(a, "Tensor");
        assertNotEquals(a.hashCode(), Tensor.of(new double[] {1, 2, 3, 4}, 4).hashCode());
        assertEquals("Tensor[2, 2][1.0, 2.0, 3.0, 4.0]", a.toString());
        assertEquals("Tensor[9][0.0, 1.0, ... 8.0]", Tensor.of(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, 9).toString());
        assertEquals("Tensor[2, 3][0.0, 0.0, 0.0, 0.0, 0.0, 0.0]", Tensor.zeros(2, 3).toString());
        assertEquals(2, a.rank());
        assertEquals(0, Tensor.scalar(5).rank());
        assertEquals(1, Tensor.vector(1, 2).rank());
        assertTrue(java.util.Arrays.equals(a.shape(), Tensor.zeros(2, 2).shape()));
        assertTrue(!java.util.Arrays.equals(a.shape(), Tensor.zeros(4).shape()));
        assertThrows(IllegalArgumentException.class, () -> Tensor.of(new double[] {1, 2, 3}, 2, 2));
    }

    @Test
    void minimizerStoppingRules() {
        // not finite at the start: no iteration
        Minimizer.Result r = Minimizer.minimize((x, g) -> Math.log(x[0]), new double[] {-1}, Minimizer.Options.defaults(), null);
        assertEquals(0, r.iterations());
        assertEquals(1, r.evaluations());
        assertEquals("the function is not finite at the start", r.message());
        assertTrue(!r.converged());
        // the iteration limit
        Minimizer.Objective rosenbrock = (x, g) -> {
            double a = 1 - x[0];
            double b = x[1] - x[0] * x[0];
            g[0] = -2 * a - 400 * x[0] * b;
            g[1] = 200 * b;
            return a * a + 100 * b * b;
        };
        r = Minimizer.minimize(rosenbrock, new double[] {-1.2, 1}, new Minimizer.Options(3, 1e-10, 1e-16), null);
        assertEquals(3, r.iterations());
        assertEquals("maximum iterations reached", r.message());
        assertTrue(!r.converged());
        assertTrue(r.value() < 24.2);
        // the listener sees the start, then every iteration in order
        List<Integer> seen = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        r = Minimizer.minimize(rosenbrock, new double[] {-1.2, 1}, Minimizer.Options.defaults(),
                (k, value, gnorm, point) -> {
                    seen.add(k);
                    values.add(value);
                });
        assertTrue(r.converged(), r.message());
        assertEquals("gradient below tolerance", r.message());
        for (int i = 0; i < seen.size(); i++) assertEquals(i, seen.get(i));
        assertEquals(r.iterations() + 1, seen.size());
        for (int i = 1; i < values.size(); i++) assertTrue(values.get(i) <= values.get(i - 1), "monotone descent");
        assertTrue(r.evaluations() > r.iterations());
        // conjugate directions: an ill-conditioned quadratic in 10 dimensions takes few iterations
        int n = 10;
        Minimizer.Objective quadratic = (x, g) -> {
            double f = 0;
            for (int i = 0; i < n; i++) {
                double w = Math.pow(4, i % 5);
                g[i] = 2 * w * (x[i] - i);
                f += w * (x[i] - i) * (x[i] - i);
            }
            return f;
        };
        double[] start = new double[n];
        r = Minimizer.minimize(quadratic, start, Minimizer.Options.defaults(), null);
        assertTrue(r.converged(), r.message());
        for (int i = 0; i < n; i++) assertEquals(i, r.point()[i], 1e-9);
        assertTrue(r.iterations() <= 40, r.iterations() + " iterations");
        assertTrue(r.gradientNorm() <= 1e-10);
        assertEquals(0, start[3]); // the start is not modified
        // a kink: |x| from 3 ends at its minimum
        r = Minimizer.minimize((x, g) -> {
            g[0] = Math.signum(x[0]);
            return Math.abs(x[0]);
        }, new double[] {3}, Minimizer.Options.defaults(), null);
        assertEquals(0.0, r.point()[0], 1e-6);
        assertEquals(0.0, r.value(), 1e-6);
    }

    /** Found by PipelineFuzzProperties: 1/sqrt(ln(x)/ln(2)) at x = 0 was 0 interpreted, NaN compiled. */
    @Test
    void halfPowersOfMinusInfinityAreUndefinedInterpretedAndCompiled() {
        dev.deriv.expr.Var x = dev.deriv.expr.Nodes.var("x");
        for (String text : List.of("x^(1/2)", "x^(-1/2)", "x^(3/2)", "x^(-5/2)", "1/sqrt(ln(x)/ln(2))")) {
            dev.deriv.expr.Node n = dev.deriv.parse.Parser.parse(text);
            double at = text.contains("ln") ? 0 : Double.NEGATIVE_INFINITY;
            double interpreted = dev.deriv.expr.Interpreter.eval(n, Map.of(x, at));
            assertTrue(Double.isNaN(interpreted), text + " interpreted: " + interpreted);
            CompiledFunction f = CompiledFunction.compile(List.of(n), List.of(x), CompileOptions.defaults().withThreads(1));
            assertTrue(Double.isNaN(f.evalAt(at)[0]), text + " compiled: " + f.evalAt(at)[0]);
        }
        // integer and other powers keep Math.pow's values
        assertEquals(-0.0, dev.deriv.expr.Interpreter.power(Double.NEGATIVE_INFINITY, -3));
        assertEquals(Double.POSITIVE_INFINITY, dev.deriv.expr.Interpreter.power(Double.NEGATIVE_INFINITY, 1.0 / 3));
    }
}
