package dev.deriv.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Evaluator;
import dev.deriv.Expr;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Runs in both surefire executions: with the Vector API module (default) and,
 * in the execution "without-vector-module", on a plain JVM, where the compiler
 * must produce its scalar loops and never touch the incubator classes, and
 * tell a library user once that the module is missing.
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
    @Test
    void aLargeInputWithoutTheModuleGetsOneNotice() {
        boolean expectNone = Boolean.getBoolean("deriv.test.expectNoVectorModule");
        boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        Logger log = Logger.getLogger("dev.deriv.compile"); // System.Logger's default backend
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) { records.add(r); }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        log.addHandler(capture);
        try {
            Evaluator ev = Evaluator.compile(List.of(Expr.parse("x*x + 1")), List.of("x"));
            ev.eval(new double[][] {new double[CompiledFunction.LARGE_INPUT - 1]}, new double[1][CompiledFunction.LARGE_INPUT - 1]);
            assertEquals(0, notices(records), "a small input gets no notice");
            double[][] in = {new double[CompiledFunction.LARGE_INPUT]};
            double[][] out = new double[1][CompiledFunction.LARGE_INPUT];
            java.util.Arrays.fill(in[0], 3);
            ev.eval(in, out);
            assertEquals(10.0, out[0][CompiledFunction.LARGE_INPUT - 1]);
            ev.eval(in, out);
            Evaluator.compile(List.of(Expr.parse("x - 1")), List.of("x")).eval(in, out);
            if (expectNone) {
                assertEquals(1, notices(records), "once per JVM");
                assertTrue(records.stream().anyMatch(r -> r.getMessage().contains("--add-modules jdk.incubator.vector")));
            } else if (present) {
                assertEquals(0, notices(records), "the module is there");
            }
        } finally {
            log.removeHandler(capture);
        }
    }

    private static long notices(List<LogRecord> records) {
        return records.stream().filter(r -> r.getMessage().contains("scalar loops")).count();
    }
}
