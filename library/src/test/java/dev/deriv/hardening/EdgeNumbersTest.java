package dev.deriv.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.CompileOptions;
import dev.deriv.Evaluator;
import dev.deriv.Expr;
import dev.deriv.MathException;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * README "Numbers at the edges", row by row: exact arithmetic at parse time, the
 * reference interpreter ({@code Expr.eval}), its strict mode (what the CLI's eval
 * and --at use), and the compiled evaluator, which must agree with the interpreter
 * at every point, NaN and infinities included.
 */
class EdgeNumbersTest {
    private static final Var X = Nodes.var("x");

    private static double eval(String text, double x) {
        return Expr.parse(text).eval(Map.of("x", x));
    }

    private static String strictError(String text, double x) {
        return assertThrows(MathException.class,
                () -> Interpreter.evalStrict(Internals.node(Expr.parse(text)), Map.of(X, x))).getMessage();
    }

    // ---- exact: decided when the expression is built ------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"1/0", "0/0", "0^(-1)", "x/0", "x/(1-1)", "(x+1)/(2*x - 2*x)", "0^(-1/2)"})
    void exactDivisionByZeroIsAMathError(String text) {
        MathException e = assertThrows(MathException.class, () -> Expr.parse(text));
        assertTrue(e.getMessage().startsWith("division by zero"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tan(pi/2)  | tan is undefined at an odd multiple of pi/2",
        "tan(-pi/2) | tan is undefined at an odd multiple of pi/2",
        "cot(pi)    | cot is undefined at a multiple of pi",
        "cot(0)     | cot is undefined at a multiple of pi",
        "sec(pi/2)  | division by zero (the function's pole)",
        "csc(0)     | division by zero (the function's pole)",
        "csc(pi)    | division by zero (the function's pole)",
    })
    void exactPolesOfTrigFunctionsAreMathErrors(String text, String message) {
        assertEquals(message, assertThrows(MathException.class, () -> Expr.parse(text)).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0^0         | 1",
        "x^0         | 1",
        "0^x         | 0^x",
        "x/x         | 1",
        "x - x       | 0",
        "0*ln(0)     | 0",
        "ln(0)       | ln(0)",
        "ln(-1)      | ln(-1)",
        "sqrt(-1)    | sqrt(-1)",
        "(-8)^(1/3)  | (-8)^(1/3)",
        "asin(2)     | asin(2)",
        "exp(1000)   | exp(1000)",
        "1/10^400 * 10^400 | 1",
    })
    void exactFormsAtTheEdges(String text, String printed) {
        assertEquals(printed, Expr.parse(text).toString());
    }

    @Test
    void zeroToTheZeroIsOneEverywhere() {
        assertEquals(1.0, eval("0^0", 0));
        assertEquals(1.0, Expr.parse("x^y").eval(Map.of("x", 0.0, "y", 0.0)));
        assertEquals(1.0, eval("0^x", 0));
        assertEquals(0.0, eval("0^x", 2));
        assertEquals(Double.POSITIVE_INFINITY, eval("0^x", -1));
    }

    // ---- doubles: Expr.eval -------------------------------------------------------------

    @Test
    void evalGivesIeeeValuesWhereTheExpressionIsUndefined() {
        assertEquals(Double.NEGATIVE_INFINITY, eval("ln(x)", 0));
        assertEquals(Double.POSITIVE_INFINITY, eval("1/x", 0));
        assertEquals(Double.NEGATIVE_INFINITY, eval("-1/x", 0));
        assertTrue(Double.isNaN(eval("ln(x)", -1)));
        assertTrue(Double.isNaN(eval("sqrt(x)", -1)));
        assertTrue(Double.isNaN(eval("x^(1/3)", -8))); // the real cube root is not taken
        assertTrue(Double.isNaN(eval("asin(x)", 2)));
        assertTrue(Double.isNaN(eval("abs(x)/x", 0)));
        assertEquals(Double.POSITIVE_INFINITY, eval("exp(x)", 1000));
        assertEquals(Double.POSITIVE_INFINITY, Expr.parse("10^400").eval(Map.of()));
        assertEquals(0.0, Expr.parse("10^-400").eval(Map.of()));
        assertEquals(0.0, eval("exp(x)", -1000));
        // canonical identities hold where the input is defined; at its edges the input as written
        // decides (issue 17: x/x at 0 was 1)
        assertTrue(Double.isNaN(eval("x/x", 0)));
        assertEquals(1.0, eval("x/x", 2));
        assertEquals(0.0, eval("x - x", Double.NaN));
    }

    @Test
    void nanAndInfinityInputsPropagate() {
        for (String f : List.of("x + 1", "sin(x)", "x^2", "exp(x)", "ln(x)", "1/x", "x^x", "abs(x)")) {
            assertTrue(Double.isNaN(eval(f, Double.NaN)), f);
        }
        assertEquals(Double.POSITIVE_INFINITY, eval("x^2 + 1", Double.POSITIVE_INFINITY));
        assertEquals(Double.POSITIVE_INFINITY, eval("x^2", Double.NEGATIVE_INFINITY));
        assertEquals(0.0, eval("1/x", Double.POSITIVE_INFINITY));
        assertEquals(0.0, eval("exp(x)", Double.NEGATIVE_INFINITY));
        assertEquals(Math.PI / 2, eval("atan(x)", Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(eval("sin(x)", Double.POSITIVE_INFINITY)));
    }

    // ---- strict: the CLI's eval and --at ------------------------------------------------

    @Test
    void strictEvaluationNamesWhatWentWrong() {
        assertEquals("undefined: ln(...) is outside its domain at x = -1", strictError("ln(x)", -1));
        assertEquals("division by zero: ln(...) is infinite at x = 0", strictError("ln(x)", 0));
        assertTrue(strictError("1/x", 0).startsWith("division by zero"));
        assertTrue(strictError("x^(-2)", 0).startsWith("division by zero"));
        // an overflow is not a division by zero
        assertTrue(strictError("exp(x)", 1000).startsWith("overflow: exp(...) is beyond the range of doubles"),
                strictError("exp(x)", 1000));
        assertTrue(strictError("x^3 + x", 1e200).startsWith("overflow"), strictError("x^3 + x", 1e200));
        assertTrue(strictError("exp(x) + exp(2*x)", 400).startsWith("overflow"));
        assertTrue(strictError("cosh(x)", 1000).startsWith("overflow"));
        // finite results pass
        assertEquals(0.0, Interpreter.evalStrict(Internals.node(Expr.parse("exp(x)")), Map.of(X, -1000.0)));
    }

    // ---- compiled kernels agree with the interpreter, edges included --------------------

    @Test
    void compiledKernelsAgreeWithTheInterpreterAtTheEdges() {
        List<String> exprs = List.of("1/x", "ln(x)", "sqrt(x)", "x^(1/3)", "abs(x)/x", "exp(x)", "x^x", "0^x",
                "x^0", "asin(x)", "acos(x)", "atan(x)", "tan(x)", "cot(x)", "sec(x)", "csc(x)", "sinh(x)", "cosh(x)",
                "tanh(x)", "x^2 - x", "x^(-2)", "(x+1)^100", "exp(x)/(1 + exp(x))", "ln(1 + exp(x))", "x*ln(x)",
                "sigmoid(x)", "softplus(x)");
        double[] points = {0.0, -0.0, 1.0, -1.0, 2.0, -8.0, 1e-320, 710.0, -710.0, 1e308, -1e308,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, Double.MIN_VALUE, Double.MAX_VALUE};
        for (boolean simd : new boolean[] {false, true}) {
            List<Expr> parsed = exprs.stream().map(Expr::parse).toList();
            CompileOptions options = simd ? CompileOptions.defaults() : CompileOptions.defaults().withSimd(false);
            Evaluator ev = Evaluator.compile(parsed, List.of("x"), options);
            assertTrue(ev.isCompiled(), ev.fallbackReason());
            double[][] in = {points};
            double[][] out = new double[exprs.size()][points.length];
            ev.eval(in, out);
            for (int i = 0; i < exprs.size(); i++) {
                for (int j = 0; j < points.length; j++) {
                    double expected = parsed.get(i).eval(Map.of("x", points[j]));
                    double one = ev.evalAt(points[j])[i];
                    String where = exprs.get(i) + " at x = " + points[j] + (simd ? " (simd)" : "");
                    assertSame(expected, out[i][j], where);
                    assertSame(expected, one, where + " (evalAt)");
                }
            }
        }
    }

    /** Equal, or both NaN, or both the same infinity; finite values to a few ulps. */
    private static void assertSame(double expected, double actual, String where) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertEquals(expected, actual, where);
            return;
        }
        assertTrue(Double.isFinite(actual), where + ": " + actual + " instead of " + expected);
        assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), where);
    }
}
