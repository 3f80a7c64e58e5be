package dev.deriv.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.CompileOptions;
import dev.deriv.Expr;
import dev.deriv.MathException;
import dev.deriv.check.PointValues;
import dev.deriv.compile.CompiledFunction;
import dev.deriv.compile.Simd;
import dev.deriv.expr.Builtin;
import dev.deriv.expr.FunctionRegistry;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import dev.deriv.testing.DsOracle;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The functions added through the registry (sech, csch, coth, asinh, acosh, atanh,
 * cbrt, sign), end to end: derivatives against commons-math's forward-mode AD,
 * compiled values (SIMD and scalar) against the interpreter and an independent
 * formula, exact values, printing, domains, and derivatives where none exist.
 */
class NewFunctionsTest {
    private static final Var X = Nodes.var("x");

    /** A new function, an independent double formula for it, and points inside its domain. */
    record Fn(String name, DoubleUnaryOperator reference, double... points) {
        @Override public String toString() { return name; }
    }

    static Stream<Fn> functions() {
        return Stream.of(
                new Fn("sech", t -> 2 / (Math.exp(t) + Math.exp(-t)), -3.2, -1, -0.2, 0.4, 1.5, 6),
                new Fn("csch", t -> 2 / (Math.exp(t) - Math.exp(-t)), -3.2, -1, -0.2, 0.4, 1.5, 6),
                new Fn("coth", t -> (Math.exp(2 * t) + 1) / (Math.exp(2 * t) - 1), -3.2, -1, -0.2, 0.4, 1.5, 6),
                new Fn("asinh", t -> Math.log(t + Math.sqrt(t * t + 1)), -3.2, -1, -0.2, 0.4, 1.5, 6),
                new Fn("acosh", t -> Math.log(t + Math.sqrt(t * t - 1)), 1.01, 1.2, 2, 3.5, 10),
                new Fn("atanh", t -> 0.5 * Math.log((1 + t) / (1 - t)), -0.95, -0.5, -0.1, 0.3, 0.7, 0.99),
                new Fn("cbrt", t -> Math.signum(t) * Math.pow(Math.abs(t), 1.0 / 3), -27.5, -1, -0.2, 0.4, 1.5, 8.1),
                new Fn("sign", t -> t > 0 ? 1 : -1, -3.2, -1, -0.2, 0.4, 1.5, 6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void derivativesAgreeWithForwardModeAd(Fn fn) {
        Expr f = Expr.parse(fn.name() + "(x^2/3 + x)");
        Expr d1 = f.diff("x");
        Expr d2 = d1.diff("x");
        int checked = 0;
        for (double p : new double[] {-0.9, -0.3, 0.2, 0.5, 1.1, 1.8}) {
            double arg = p * p / 3 + p;
            if (!Double.isFinite(fn.reference().applyAsDouble(arg)) || (fn.name().equals("acosh") && arg <= 1)
                    || (fn.name().equals("atanh") && Math.abs(arg) >= 1) || arg == 0) continue;
            DerivativeStructure ds = DsOracle.eval(Internals.node(f), X, Map.of(X, p), 2);
            double first = Interpreter.eval(Internals.node(d1), Map.of(X, p));
            double second = Interpreter.eval(Internals.node(d2), Map.of(X, p));
            assertEquals(ds.getPartialDerivative(1), first, 1e-10 * Math.max(1, Math.abs(first)), fn + "' at " + p + ": " + d1);
            assertEquals(ds.getPartialDerivative(2), second, 1e-9 * Math.max(1, Math.abs(second)), fn + "'' at " + p);
            checked++;
        }
        assertTrue(checked >= 2, "points checked for " + fn + ": " + checked);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void firstDerivativeAgreesWithFiniteDifferences(Fn fn) {
        Expr d = Expr.parse(fn.name() + "(x)").diff("x");
        for (double p : fn.points()) {
            double h = 1e-6 * Math.max(1, Math.abs(p));
            DoubleUnaryOperator f = fn.reference();
            double central = (f.applyAsDouble(p + h) - f.applyAsDouble(p - h)) / (2 * h);
            double got = d.eval(Map.of("x", p));
            assertEquals(central, got, 1e-6 * Math.max(1, Math.abs(central)), fn + "' at " + p + ": " + d);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void compiledSimdAndScalarAgreeWithTheInterpreterAndAFormula(Fn fn) {
        int n = 67; // not a multiple of the lanes: the vector loop and its scalar tail both run
        double[][] in = new double[1][n];
        for (int i = 0; i < n; i++) in[0][i] = fn.points()[i % fn.points().length] * (1 + 1e-3 * (i / fn.points().length));
        if (fn.name().equals("atanh")) for (int i = 0; i < n; i++) in[0][i] = Math.max(-0.999, Math.min(0.999, in[0][i]));
        if (fn.name().equals("acosh")) for (int i = 0; i < n; i++) in[0][i] = Math.max(1.0, in[0][i]);
        for (boolean simd : new boolean[] {true, false}) {
            CompiledFunction c = CompiledFunction.compile(List.of(Internals.node(Expr.parse(fn.name() + "(x)"))), List.of(X),
                    CompileOptions.defaults().withSimd(simd).withThreads(1));
            assertTrue(c.isCompiled(), c.fallbackReason());
            assertEquals(simd && Simd.available(), c.usesSimd());
            double[][] out = new double[1][n];
            c.eval(in, out);
            for (int i = 0; i < n; i++) {
                double x = in[0][i];
                double interpreted = Interpreter.eval(Internals.node(Expr.parse(fn.name() + "(x)")), Map.of(X, x));
                double reference = fn.reference().applyAsDouble(x);
                assertEquals(interpreted, out[0][i], 4 * Math.ulp(interpreted), fn + (simd ? " SIMD" : " scalar") + " at " + x);
                assertEquals(reference, out[0][i], 1e-12 * Math.max(1, Math.abs(reference)), fn + " formula at " + x);
            }
        }
    }

    @Test
    void accurateWhereTheTextbookFormulasCancel() {
        // ln(x + sqrt(x^2 + 1)) is 0 for x = 1e-20 in doubles; asinh is not
        assertEquals(1e-20, eval("asinh(x)", 1e-20), 1e-35);
        assertEquals(-1e-20, eval("asinh(x)", -1e-20), 1e-35);
        assertEquals(1e-20, eval("atanh(x)", 1e-20), 1e-35);
        double t = 0x1p-40; // 1 + t is exact: acosh(1 + t) = sqrt(2t)(1 - t/12 + ...)
        assertEquals(Math.sqrt(2 * t), eval("acosh(x)", 1 + t), 1e-12 * Math.sqrt(2 * t));
        // where x^2 + 1 overflows: ln(2|x|)
        assertEquals(-(Math.log(1e300) + Math.log(2)), eval("asinh(x)", -1e300), 1e-12 * 700);
        assertEquals(Double.POSITIVE_INFINITY, eval("atanh(x)", 1));
        assertTrue(Double.isNaN(eval("acosh(x)", 0.5)));
        assertTrue(Double.isNaN(eval("atanh(x)", 1.5)));
    }

    @Test
    void exactValuesAtSpecialPoints() {
        assertEquals("2", Expr.parse("cbrt(8)").toString());
        assertEquals("-2", Expr.parse("cbrt(-8)").toString());
        assertEquals("1/3", Expr.parse("cbrt(1/27)").toString());
        assertEquals("cbrt(2)", Expr.parse("cbrt(2)").toString());
        assertEquals(-2.0, eval("cbrt(x)", -8));
        assertEquals("-1", Expr.parse("sign(-3/2)").toString());
        assertEquals("0", Expr.parse("sign(0)").toString());
        assertEquals("1", Expr.parse("sign(pi)").toString());
        assertEquals("1", Expr.parse("sign(exp(x))").toString());
        assertEquals("0", Expr.parse("asinh(0)").toString());
        assertEquals("0", Expr.parse("acosh(1)").toString());
        assertEquals("0", Expr.parse("atanh(0)").toString());
        assertEquals("1", Expr.parse("sech(0)").toString());
        assertThrows(MathException.class, () -> Expr.parse("coth(0)"));
        assertThrows(MathException.class, () -> Expr.parse("csch(0)"));
    }

    @Test
    void printedAndParsedBack() {
        for (String text : List.of("sech(x)", "csch(x + 1)", "coth(2*x)", "asinh(x)", "acosh(x^2 + 1)",
                "atanh(x/2)", "cbrt(x)", "sign(x - 1)")) {
            Expr e = Expr.parse(text);
            assertEquals(Internals.node(e), Internals.node(Expr.parse(e.toString())), text);
        }
        assertEquals("\\operatorname{sech}\\left(x\\right)", Expr.parse("sech(x)").toLatex());
        assertEquals("\\operatorname{csch}\\left(x\\right)", Expr.parse("csch(x)").toLatex());
        assertEquals("\\coth\\left(x\\right)", Expr.parse("coth(x)").toLatex());
        assertEquals("\\operatorname{arsinh}\\left(x\\right)", Expr.parse("asinh(x)").toLatex());
        assertEquals("\\operatorname{arcosh}\\left(x\\right)", Expr.parse("acosh(x)").toLatex());
        assertEquals("\\operatorname{artanh}\\left(x\\right)", Expr.parse("atanh(x)").toLatex());
        assertEquals("\\sqrt[3]{x + 1}", Expr.parse("cbrt(x + 1)").toLatex());
        assertEquals("\\operatorname{sgn}\\left(x\\right)", Expr.parse("sign(x)").toLatex());
        // the templates the registry moved out of the printer still print as before
        assertEquals("e^{x}", Expr.parse("exp(x)").toLatex());
        assertEquals("\\left|x\\right|", Expr.parse("abs(x)").toLatex());
    }

    @Test
    void derivativesPrintAsTheTextbookHasThem() {
        assertEquals("-sech(x)*tanh(x)", Expr.parse("sech(x)").diff("x").toString());
        assertEquals("1/sqrt(x^2 + 1)", Expr.parse("asinh(x)").diff("x").toString());
        assertEquals("0", Expr.parse("sign(x)").diff("x").toString());
    }

    @Test
    void outsideTheDomainIsAClearError() {
        assertDomainError("acosh(x)", 0.5, "acosh needs an argument of at least 1");
        assertDomainError("atanh(x)", 1, "atanh needs an argument between -1 and 1");
        assertDomainError("atanh(x)", -2, "atanh needs an argument between -1 and 1");
        assertDomainError("coth(x)", 0, "coth is undefined at 0 (a pole)");
        assertDomainError("csch(x - 1)", 1, "csch is undefined at 0 (a pole)");
        assertDomainError("coth(x^2 - 2*x + 1 + sin(x - 1))", 1, "coth");
        assertDomainError("acosh(2*x)", 0.25, "and 2*x = 0.5 here");
    }

    private static void assertDomainError(String f, double at, String expected) {
        MathException e = assertThrows(MathException.class,
                () -> PointValues.value(Expr.parse(f), PointValues.point(Map.of("x", at))), f + " at " + at);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void signHasNoDerivativeAtItsJump() {
        MathException e = assertThrows(MathException.class, () -> derivativeAt("sign(x)", 0));
        assertTrue(e.getMessage().contains("jumps"), e.getMessage());
        assertThrows(MathException.class, () -> derivativeAt("sign(x - 2)", 2));
        assertThrows(MathException.class, () -> derivativeAt("sign(x)*cos(x)", 0));
        assertEquals(0.0, derivativeAt("sign(x)", 0.5));
        assertEquals(0.0, derivativeAt("sign(x)", -3));
        // x^2*sign(x) = x*|x| is differentiable at 0: the difference quotients decide, not the formula
        assertEquals(0.0, derivativeAt("x^2*sign(x)", 0), 1e-12);
        // sign of something that does not depend on x is a constant: d/dx x*sign(y) = sign(0) = 0
        assertEquals(0.0, PointValues.derivative(Expr.parse("sign(y)*x"), "x", 1,
                PointValues.point(Map.of("x", 1.0, "y", 0.0))), 0.0);
        assertThrows(MathException.class, () -> PointValues.derivative(Expr.parse("sign(y)*x"), "y", 1,
                PointValues.point(Map.of("x", 1.0, "y", 0.0))));
        // abs at 0 as before
        assertThrows(MathException.class, () -> derivativeAt("abs(x)", 0));
    }

    @Test
    void cbrtHasAVerticalTangentAtZero() {
        MathException e = assertThrows(MathException.class, () -> derivativeAt("cbrt(x)", 0));
        assertTrue(e.getMessage().contains("vertical"), e.getMessage());
        assertEquals(1.0 / 12, derivativeAt("cbrt(x)", 8), 1e-15);
        assertEquals(1.0 / 12, derivativeAt("cbrt(x)", -8), 1e-15);
    }

    @Test
    void registryValuesAgreeWithTheirHighPrecisionImplementation() {
        org.apache.commons.math3.dfp.DfpField field = new org.apache.commons.math3.dfp.DfpField(40);
        for (Builtin b : FunctionRegistry.ENTRIES) {
            for (double x : new double[] {-2.7, -0.9, -0.3, 0.25, 0.8, 1.4, 3.3}) {
                double v = b.value().applyAsDouble(x);
                org.apache.commons.math3.dfp.Dfp p = b.precise().apply(field.newDfp(x));
                if (!Double.isFinite(v)) {
                    assertTrue(p == null || p.isNaN() || p.isInfinite(), b.name() + " at " + x + ": " + p);
                    continue;
                }
                assertTrue(p != null, b.name() + " at " + x + " is " + v + " in doubles, undefined in high precision");
                assertEquals(p.toDouble(), v, 8 * Math.ulp(v) + 1e-300, b.name() + " at " + x);
            }
        }
    }

    @Test
    void domainsSayWhereTheDoubleImplementationIsFinite() {
        for (Builtin b : FunctionRegistry.ENTRIES) {
            for (int i = -400; i <= 400; i++) {
                double x = i / 100.0;
                boolean finite = Double.isFinite(b.value().applyAsDouble(x));
                assertEquals(finite, b.domain().contains().test(x), b.name() + " at " + x);
            }
        }
    }

    private static double derivativeAt(String f, double x) {
        return PointValues.derivative(Expr.parse(f), "x", 1, PointValues.point(Map.of("x", x)));
    }

    private static double eval(String f, double x) {
        return Expr.parse(f).eval(Map.of("x", x));
    }

    @Test
    void theNewFunctionsAreRegistered() {
        for (String name : List.of("sech", "csch", "coth", "asinh", "acosh", "atanh", "cbrt", "sign")) {
            assertTrue(FunctionRegistry.lookup(name).isPresent(), name);
        }
        assertFalse(FunctionRegistry.lookup("sqrt").isPresent(), "sqrt is a parser rewrite, not a function");
    }
}
