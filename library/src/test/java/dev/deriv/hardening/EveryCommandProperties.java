package dev.deriv.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Engine;
import dev.deriv.Evaluator;
import dev.deriv.Expr;
import dev.deriv.LimitException;
import dev.deriv.MathException;
import dev.deriv.check.AnswerCheck;
import dev.deriv.check.PointValues;
import dev.deriv.expr.DeepStack;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import dev.deriv.testing.RandomExprs;
import dev.deriv.testing.WrittenExprs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 11's promise, as a property: for random expressions and random points
 * (ordinary ones, and 0, ±1, poles, huge and tiny ones), every operation a
 * command performs (differentiate, gradient, Hessian, simplify, the value and
 * the derivative at the point, checking an answer, compiling and evaluating)
 * ends within its deadline with a result or a documented error. A hang fails
 * the property (each try is bounded preemptively); an undocumented exception
 * fails it too.
 */
class EveryCommandProperties {
    /** Each call's own budget; the try as a whole gets a little more than all of them. */
    private static final Engine ENGINE = Engine.standard().withTimeLimit(Duration.ofSeconds(3));
    private static final Duration TRY_BUDGET = Duration.ofSeconds(40);
    private static final List<String> XY = List.of("x", "y");

    @Provide
    Arbitrary<Node> trees() {
        return RandomExprs.exprs(3);
    }

    @Provide
    Arbitrary<String> points() {
        return Arbitraries.<String>oneOf(
                Arbitraries.of("0", "1", "-1", "pi/2", "pi", "-pi/2", "1/3", "e", "10^20", "10^-20",
                        "1500000000", "-1500000000", "10^300", "2^-1074"),
                Arbitraries.integers().between(-50, 50).map(i -> Integer.toString(i)),
                Arbitraries.doubles().between(-10, 10).ofScale(3).map(d -> Double.toString(d)));
    }

    @Property(tries = 150)
    void everyCommandEndsWithAResultOrADocumentedError(@ForAll("trees") Node tree, @ForAll("points") String x,
                                                       @ForAll("points") String y) {
        Expr f = Internals.expr(tree, ENGINE);
        Map<Var, Node> at = Map.of(Nodes.var("x"), point(x), Nodes.var("y"), point(y));
        assertTimeoutPreemptively(TRY_BUDGET, () -> {
            Expr df = documented(() -> f.diff("x"));
            documented(() -> f.gradient(XY));
            documented(() -> f.hessian(XY));
            documented(f::simplify);
            documented(() -> PointValues.value(f, at));
            documented(() -> PointValues.derivative(f, "x", 1, at));
            documented(() -> PointValues.gradient(f, XY, at));
            if (df != null) {
                documented(() -> AnswerCheck.check(f, df, "x"));
                documented(() -> AnswerCheck.check(f, f, "x"));
            }
            documented(() -> Evaluator.compileWithGradient(f, XY).evalAt(1.5, -0.5));
        }, () -> "a hang on " + f + " at x = " + x + ", y = " + y);
    }

    /** Points a double holds exactly (multiples of 1/8), so that the oracle decides what exact arithmetic does. */
    @Provide
    Arbitrary<Double> exactPoints() {
        return Arbitraries.<Double>oneOf(
                Arbitraries.of(0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, 1.5),
                Arbitraries.integers().between(-40, 40).map(i -> i / 8.0));
    }

    /**
     * Issue 17, values at points respect the expression as written: for random texts (with the
     * forms canonicalization cancels, such as (A)/(A) and sqrt(A)^2) and exact points, the value
     * (eval --at), the derivative (deriv --at) and Expr.eval are an error (NaN for eval) exactly
     * where the text, evaluated operation by operation ({@link WrittenExprs}, independent of the
     * library), is undefined; where it is defined, the value agrees with it.
     */
    @Property(tries = 400)
    void valuesAtPointsRespectTheWrittenDomain(@ForAll long seed, @ForAll("exactPoints") double x,
                                               @ForAll("exactPoints") double y) {
        WrittenExprs.Written w = WrittenExprs.random(new Random(seed), 3);
        WrittenExprs.Scale scale = new WrittenExprs.Scale();
        double expected;
        try {
            expected = w.oracle().at(x, y, scale);
        } catch (WrittenExprs.Uncertain u) {
            return; // within rounding of a domain's end in doubles: the oracle cannot say
        }
        if (Double.isInfinite(expected)) return;
        Expr f;
        try {
            f = ENGINE.parse(w.text());
        } catch (MathException | LimitException refused) {
            return; // a constant part undefined or too large, refused as it is read
        }
        Map<Var, Node> at = PointValues.point(Map.of("x", x, "y", y));
        Map<String, Double> doubles = Map.of("x", x, "y", y);
        String where = w.text() + " at x = " + x + ", y = " + y;
        if (Double.isNaN(expected)) {
            assertThrows(MathException.class, () -> PointValues.value(f, at), () -> "a value for " + where);
            assertThrows(MathException.class, () -> PointValues.derivative(f, "x", 1, at), () -> "a derivative for " + where);
            assertTrue(!Double.isFinite(f.eval(doubles)), () -> "Expr.eval of " + where + " is " + f.eval(doubles));
            return;
        }
        double tolerance = 1e-9 * scale.max();
        double got;
        try {
            got = PointValues.value(f, at);
        } catch (MathException e) {
            // the one refusal allowed where a value exists: a decision 60 digits cannot settle, such as
            // acos(2^(1/3)*4^(1/3)/2), whose argument is exactly 1, the end of acos's domain
            assertTrue(e.getMessage().contains("cannot be decided"), () -> "the value of " + where + ": " + e.getMessage());
            return;
        }
        assertEquals(expected, got, tolerance, () -> "the value of " + where);
        assertEquals(expected, f.eval(doubles), tolerance, () -> "Expr.eval of " + where);
        try {
            PointValues.derivative(f, "x", 1, at);
        } catch (MathException doesNotExist) {
            // a kink or an end of the domain (abs, sqrt at 0): documented
        }
    }

    private static Node point(String value) {
        return Internals.node(ENGINE.parse(value));
    }

    /** The result, or null for a documented error; anything else fails the property. */
    private static <T> T documented(Callable<T> call) throws Exception {
        try {
            return DeepStack.call(call::call);
        } catch (MathException | LimitException | IllegalArgumentException expected) {
            return null;
        }
    }
}
