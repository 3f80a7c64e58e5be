package dev.deriv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.deriv.CompileOptions;
import dev.deriv.Evaluator;
import dev.deriv.Expr;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line evaluates with the interpreter only with a warning line on standard error. */
class CompilationTest {
    @Test
    void anInterpretedEvaluatorGetsOneWarningLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Evaluator interpreted = Evaluator.compile(List.of(Expr.parse("x^2")), List.of("x"),
                CompileOptions.defaults().interpreted());
        assertSame(interpreted, Compilation.warnIfInterpreted(interpreted, err));
        assertEquals("warning: interpreter requested (much slower)\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCompiledEvaluatorGetsNone() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Evaluator ev = Compilation.compile(List.of(Expr.parse("x^2")), List.of("x"), err);
        assertEquals(4.0, ev.evalAt(2)[0]);
        Evaluator g = Compilation.compileWithGradient(Expr.parse("x^2"), List.of("x"), CompileOptions.defaults(), err);
        assertEquals(4.0, g.evalAt(2)[1]);
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }
}
