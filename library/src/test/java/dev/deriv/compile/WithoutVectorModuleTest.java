package dev.deriv.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Evaluator;
import dev.deriv.Expr;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs in both surefire executions: with the Vector API module (default) and,
 * in the execution "without-vector-module", on a plain JVM, where the compiler
 * must produce its scalar loops and never touch the incubator classes.
 */
class WithoutVectorModuleTest {
    @Test
    void compilesWithOrWithoutTheModule() {
        boolean expectNone = Boolean.getBoolean("deriv.test.expectNoVectorModule");
        boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        if (expectNone) {
            assertFalse(present, "this execution runs without --add-modules jdk.incubator.vector");
            assertFalse(Simd.available());
        }
        Expr f = Expr.parse("sin(x)*cos(y) + exp(-x*y)/(1+x^2) + sqrt(x*y)");
        Evaluator ev = Evaluator.compile(List.of(f), List.of("x", "y"));
        assertTrue(ev.isCompiled(), ev.fallbackReason());
        assertEquals(Simd.available(), ev.usesSimd());
        int n = 1000;
        double[][] in = new double[2][n];
        for (int i = 0; i < n; i++) {
            in[0][i] = 0.01 * (i + 1);
            in[1][i] = 1 + 0.001 * i;
        }
        double[][] out = new double[1][n];
        ev.eval(in, out);
        for (int i = 0; i < n; i += 7) {
            double x = in[0][i], y = in[1][i];
            double expected = Math.sin(x) * Math.cos(y) + Math.exp(-x * y) / (1 + x * x) + Math.sqrt(x * y);
            assertEquals(expected, out[0][i], 4 * Math.ulp(expected));
        }
    }

    /** The registry loads without the module: its vector forms are names only, and scalar-only calls still compile. */
    @Test
    void registryFunctionsCompileWithOrWithoutTheModule() {
        Expr f = Expr.parse("asinh(x) + cbrt(x) + sech(x) + sign(x)");
        Evaluator ev = Evaluator.compile(List.of(f), List.of("x"));
        assertTrue(ev.isCompiled(), ev.fallbackReason());
        int n = 101;
        double[][] in = new double[1][n];
        for (int i = 0; i < n; i++) in[0][i] = -5 + 0.1 * i;
        double[][] out = new double[1][n];
        ev.eval(in, out);
        for (int i = 0; i < n; i++) {
            double x = in[0][i];
            double expected = Math.log(x + Math.sqrt(x * x + 1)) + Math.cbrt(x) + 1 / Math.cosh(x) + Math.signum(x);
            assertEquals(expected, out[0][i], 1e-12, "at " + x);
        }
    }
}
