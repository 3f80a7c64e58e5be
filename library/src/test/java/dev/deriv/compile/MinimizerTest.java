package dev.deriv.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.CompileOptions;
import dev.deriv.Evaluator;
import dev.deriv.Expr;
import dev.deriv.Minimum;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.parse.Parser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;
import org.junit.jupiter.api.Test;

class MinimizerTest {
    static final String ROSENBROCK = "(1-x)^2 + 100*(y-x^2)^2";
    static final List<Var> XY = List.of(Nodes.var("x"), Nodes.var("y"));

    /** Rosenbrock with its partials written out by hand: the optimizer alone, independent of diff. */
    static CompiledFunction handWritten() {
        List<Node> outs = List.of(Parser.parse(ROSENBROCK), Parser.parse("-2*(1-x) - 400*x*(y-x^2)"),
                Parser.parse("200*(y-x^2)"));
        return CompiledFunction.compile(outs, XY, CompileOptions.defaults().withThreads(1));
    }

    @Test
    @org.junit.jupiter.api.Timeout(20)
    void stopsWhereTheGradientIsUndefined() {
        // the line search lands exactly on the kink of abs(x), where the gradient is NaN
        Map<String, Double> from = new LinkedHashMap<>();
        from.put("x", 1.0);
        Minimum r = Evaluator.minimize(Expr.parse("abs(x)"), from);
        assertTrue(r.message().contains("not finite") || r.converged(), r.message());
        assertTrue(Math.abs(r.point().get("x")) <= 1, "moved towards the minimum: " + r.point());
    }

    @Test
    void resultPrintsThePoint() {
        Minimizer.Result r = new Minimizer.Result(new double[] {1, -2.5}, 0.5, 1e-11, 7, 20, true, "gradient below tolerance");
        assertEquals("Result[point=[1.0, -2.5], value=0.5, gradientNorm=1.0E-11, iterations=7, evaluations=20, "
                + "converged=true, message=gradient below tolerance]", r.toString());
    }

    @Test
    void rosenbrockWithAHandWrittenGradient() {
        List<double[]> seen = new ArrayList<>();
        Minimizer.Result r = Minimizer.minimize(handWritten(), new double[] {-1.2, 1}, Minimizer.Options.defaults(),
                (k, value, gnorm, x) -> seen.add(new double[] {k, value}));
        assertTrue(r.converged(), r.message());
        assertEquals(1.0, r.point()[0], 1e-6);
        assertEquals(1.0, r.point()[1], 1e-6);
        assertEquals(0.0, r.value(), 1e-12);
        assertEquals(r.iterations() + 1, seen.size());
        assertEquals(24.2, seen.get(0)[1], 1e-12); // f(-1.2, 1)
        assertTrue(seen.get(seen.size() - 1)[1] < seen.get(0)[1]);
    }

    @Test
    void rosenbrockThroughTheFacadeWithTheSymbolicGradient() {
        Map<String, Double> from = new LinkedHashMap<>();
        from.put("x", -1.2);
        from.put("y", 1.0);
        List<double[]> seen = new ArrayList<>();
        Minimum r = Evaluator.minimize(Expr.parse(ROSENBROCK), from, Minimum.Options.defaults(),
                (k, value, gnorm, x) -> seen.add(x));
        assertTrue(r.converged(), r.message());
        assertEquals(List.of("x", "y"), List.copyOf(r.point().keySet()));
        assertEquals(1.0, r.point().get("x"), 1e-6);
        assertEquals(1.0, r.point().get("y"), 1e-6);
        assertEquals(r.iterations() + 1, seen.size());
        assertEquals(-1.2, seen.get(0)[0]);
        assertEquals(r.point().get("x"), seen.get(seen.size() - 1)[0]);
    }

    @Test
    void otherFunctions() {
        // a quadratic bowl in 5 variables, and a smooth non-polynomial function
        Expr bowl = Expr.parse("(a-1)^2 + 2*(b+2)^2 + 3*(c-3)^2 + (d-a)^2 + 10*(f-0.5)^2");
        Map<String, Double> zero = new LinkedHashMap<>();
        for (String v : List.of("a", "b", "c", "d", "f")) zero.put(v, 0.0);
        Minimum r = Evaluator.minimize(bowl, zero);
        assertTrue(r.converged(), r.message());
        Map<String, Double> expected = Map.of("a", 1.0, "b", -2.0, "c", 3.0, "d", 1.0, "f", 0.5);
        expected.forEach((v, x) -> assertEquals(x, r.point().get(v), 1e-8, v));
        Expr smooth = Expr.parse("ln(exp(x) + exp(-x)) + (y - 2)^2 + 0.1*x*y");
        Map<String, Double> from = new LinkedHashMap<>();
        from.put("x", 3.0);
        from.put("y", -3.0);
        Minimum s = Evaluator.minimize(smooth, from);
        assertTrue(s.converged(), s.message());
        assertTrue(s.gradientNorm() <= 1e-10);
    }

    @Test
    void commonsMathConjugateGradientThroughTheEvaluatorsPointFunctions() {
        // through the public API, as docs/library.md shows it
        Evaluator ev = Evaluator.compileWithGradient(Expr.parse(ROSENBROCK), List.of("x", "y"));
        NonLinearConjugateGradientOptimizer opt = new NonLinearConjugateGradientOptimizer(
                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-14, 1e-14));
        PointValuePair p = opt.optimize(new MaxEval(100_000),
                new ObjectiveFunction(ev.asFunction(0)::applyAsDouble),
                new ObjectiveFunctionGradient(ev.asGradient(1)::apply),
                GoalType.MINIMIZE, new InitialGuess(new double[] {-1.2, 1}));
        assertEquals(1.0, p.getPoint()[0], 1e-3);
        assertEquals(1.0, p.getPoint()[1], 1e-3);
        assertEquals(24.2, ev.asFunction(0).applyAsDouble(new double[] {-1.2, 1}), 1e-12);
        assertArrayEquals(new double[] {-2, 0}, ev.asGradient(1).apply(new double[] {0, 0}), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> ev.asGradient(2));
    }
}
