package dev.deriv.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Engine;
import dev.deriv.Expr;
import dev.deriv.internal.Internals;
import dev.deriv.print.PrintedSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SimplifierTest {

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("test-expressions/simplify.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            rows.add(Arguments.of(f[0], f[1], f.length > 2 ? f[2] : ""));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("corpus")
    void simplifiesCorpus(String input, String expected, String notes) {
        assertEquals(expected, Expr.parse(input).simplify().toString(), notes);
    }

    @Test
    void simplifiedFormHasTheSameValue() {
        Expr e = Expr.parse("(x^2 - 1)/(x - 1) + 3*x*exp(3*x) + exp(3*x) + sin(x)^2");
        Expr s = e.simplify();
        for (double x : new double[] {-2.5, 0.3, 1.7, 4}) {
            double a = e.eval(Map.of("x", x));
            double b = s.eval(Map.of("x", x));
            assertEquals(a, b, 1e-9 * Math.max(1, Math.abs(a)));
        }
    }

    @Test
    void growingRulesStopAtTheBudgetWithTheBestFormSoFar() {
        Engine engine = Engine.standard().withRules("grow.rules", String.join("\n",
                "[simplify]",
                "halve: sin(u) => 2*sin(u/2)*cos(u/2)",
                "split: exp(a + b) => exp(a)*exp(b)",
                "swap: u*v => v*u"));
        Expr e = engine.parse("sin(x) + exp(x + 1)*sin(3*x)");
        Simplifier.Result r = Internals.simplifier(engine).simplify(Internals.node(e), new Simplifier.Budget(300, 10_000));
        assertTrue(r.steps() <= 300, "steps " + r.steps());
        assertTrue(PrintedSize.of(r.node()) <= PrintedSize.of(Internals.node(e)), "never larger than the input");
        double x = 0.7;
        assertEquals(e.eval(Map.of("x", x)), Internals.expr(r.node()).eval(Map.of("x", x)), 1e-9);
    }

    @Test
    void theTimeBudgetStopsTheSearchAndSaysSo() {
        Engine engine = Engine.standard().withRules("grow.rules",
                "[simplify]\nhalve: sin(u) => 2*sin(u/2)*cos(u/2)\n");
        Expr e = engine.parse("sin(x) + sin(2*x) + sin(3*x) + sin(5*x) + sin(7*x)");
        Simplifier.Result r = Internals.simplifier(engine).simplify(Internals.node(e), new Simplifier.Budget(1_000_000, 0));
        assertTrue(r.exhausted());
    }

    @Test
    void sampleDerivativesAreAsSmallAsSympys() throws IOException {
        int rows = 0;
        int noLarger = 0;
        StringBuilder worst = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("test-expressions/sample.tsv"))) {
            String[] f = line.split("\t");
            if (f[0].equals("id") || f[4].startsWith("error")) continue;
            long ours = PrintedSize.of(Internals.node(Expr.parse(f[2]).diff(f[3])));
            long reference = Long.parseLong(f[5]);
            rows++;
            if (ours <= reference) noLarger++;
            if (ours > 1.5 * reference) worst.append(f[0]).append(' ');
        }
        assertTrue(noLarger >= 0.9 * rows, noLarger + " of " + rows + " rows no larger than SymPy's");
        assertEquals("", worst.toString(), "rows over 1.5 times SymPy's size");
    }
}
