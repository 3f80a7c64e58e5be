package dev.deriv.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.CompilationException;
import dev.deriv.CompileOptions;
import dev.deriv.expr.Function;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deeply nested input compiles (lowering runs on a big stack) into a chain of small methods. */
class DeepExpressionTest {
    @Test
    void tenThousandNestedCalls() {
        Var x = Nodes.var("x");
        Node n = x;
        for (int i = 0; i < 10_000; i++) n = i % 2 == 0 ? Nodes.call(Function.SIN, n) : Nodes.add(n, Nodes.num(1, 3));
        CompiledFunction f = CompiledFunction.compile(List.of(n), List.of(x), CompileOptions.defaults().withThreads(1));
        assertTrue(f.isCompiled(), f.fallbackReason());
        assertTrue(f.segmentCount() > 1);
        for (int size : f.methodSizes().values()) assertTrue(size < Codegen.HUGE_METHOD_LIMIT);
        double expected = Interpreter.eval(n, Map.of(x, 0.5));
        assertEquals(expected, f.evalAt(0.5)[0], 1e-12);
        double[][] out = new double[1][33];
        double[][] in = new double[1][33];
        java.util.Arrays.fill(in[0], 0.5);
        f.eval(in, out);
        assertEquals(expected, out[0][32], 1e-12);
    }

    @Test
    void whenCodeGenerationFailsTheCallerIsTold() {
        Var x = Nodes.var("x");
        Node n = Nodes.add(Nodes.call(Function.SIN, x), Nodes.pow(x, Nodes.num(3)));
        CompilationException e = assertThrows(CompilationException.class,
                () -> CompiledFunction.compile(List.of(n), List.of(x), CompileOptions.defaults(), 0, 0, 0));
        assertTrue(e.getMessage().startsWith("could not compile: "), e.getMessage());
        assertNotNull(e.getCause());
    }

    @Test
    void whenCodeGenerationFailsTheInterpreterTakesOverIfAllowed() {
        Var x = Nodes.var("x");
        Node n = Nodes.add(Nodes.call(Function.SIN, x), Nodes.pow(x, Nodes.num(3)));
        CompiledFunction f = CompiledFunction.compile(List.of(n), List.of(x),
                CompileOptions.defaults().withInterpreterFallback(), 0, 0, 0);
        assertTrue(!f.isCompiled());
        assertTrue(f.fallbackReason().contains("could not compile"), f.fallbackReason());
        assertEquals(Math.sin(0.3) + 0.027, f.evalAt(0.3)[0], 1e-15);
        double[][] out = new double[1][3];
        f.eval(new double[][] {{0.3, 0.3, 0.3}}, out);
        assertEquals(Math.sin(0.3) + 0.027, out[0][2], 1e-15);
    }
}
