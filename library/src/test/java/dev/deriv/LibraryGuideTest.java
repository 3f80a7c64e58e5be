package dev.deriv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.junit.jupiter.api.Test;

/**
 * The Java examples of docs/library.md and the README, run: each test below holds one example
 * verbatim (between its "guide" comments), followed by checks of what the
 * guide's comments promise; {@link #everyExampleOfTheGuideIsHere} keeps the two
 * in step, so an example edited in the guide and not here fails.
 */
class LibraryGuideTest {
    static final Path GUIDE = Path.of("docs/library.md");
    static final Path README = Path.of("README.md");
    static final Path THIS = Path.of("library/src/test/java/dev/deriv/LibraryGuideTest.java");

    @Test
    void theReadmeExample() {
        // guide
        Expr f = Expr.parse("ln(exp(x) + exp(y))");
        Expr dfdx = f.diff("x");                                  // exp(x)/(exp(x) + exp(y))
        Evaluator ev = Evaluator.compileWithGradient(f, List.of("x", "y"));
        double[] at = ev.evalAt(0.0, Math.log(2));                // ln(3), 1/3, 2/3
        // end
        assertEquals("exp(x)/(exp(x) + exp(y))", dfdx.toString());
        assertArrayEquals(new double[] {Math.log(3), 1.0 / 3, 2.0 / 3}, at, 1e-15);
    }

    @Test
    void notations() {
        // guide
        Expr p = Engine.standard().parse("\\frac{1}{2\\sqrt{x}}", Notation.LATEX); // 1/(2*sqrt(x))
        Expr q = Expr.parse("x^x(ln x + 1)");                     // x^x*(ln(x) + 1)
        // end
        assertEquals("1/(2*sqrt(x))", p.toString());
        assertEquals("x^x*(ln(x) + 1)", q.toString());
    }

    @Test
    void theApi() {
        // guide
        Expr f = Expr.parse("ln(exp(x) + exp(y))");
        Expr dfdx = f.diff("x");                                  // exp(x)/(exp(x) + exp(y))
        Expr d3 = f.diff("x", 3);
        List<Expr> g = f.gradient(List.of("x", "y"));
        List<List<Expr>> h = f.hessian(List.of("x", "y"));
        Expr s = Expr.parse("x*x + 0").simplify();                // x^2
        String text = dfdx.toString();                            // infix; parses back to the same expression
        String tex = dfdx.toLatex();                              // \frac{e^{x}}{e^{x} + e^{y}}
        double v = f.eval(Map.of("x", 0.0, "y", Math.log(2)));   // ln(3)
        // end
        assertEquals("exp(x)/(exp(x) + exp(y))", text);
        assertEquals(dfdx, Expr.parse(text));
        assertEquals("\\frac{e^{x}}{e^{x} + e^{y}}", tex);
        assertEquals("x^2", s.toString());
        assertEquals(Math.log(3), v, 1e-15);
        assertEquals(dfdx, g.get(0));
        assertEquals(2, h.size());
        assertEquals(f.diff("x").diff("x").diff("x").simplify(), d3);
    }

    @Test
    void anEngineWithRulesAndATimeLimit() {
        // guide
        Engine mine = Engine.standard()
                .withRules("cube.rules", "[derivatives]\ndefine cube(u) = u^3\n")
                .withTimeLimit(Duration.ofSeconds(5));
        Expr d = mine.parse("cube(sin(x))").diff("x");            // 3*cos(x)*sin(x)^2
        // end
        assertEquals("3*cos(x)*sin(x)^2", d.toString());
        assertEquals(Duration.ofSeconds(5), mine.timeLimit());
    }

    @Test
    void errors() {
        // guide
        String where = null;
        try {
            Expr.parse("3*x^2)");
        } catch (ParseException e) {
            where = e.withCaret();                                // unexpected ')' at column 6, and a caret line
        }
        // end
        assertEquals("unexpected ')' at column 6\n  3*x^2)\n       ^", where);
    }

    @Test
    void compiledEvaluation() {
        // guide
        Expr f = Expr.parse("ln(exp(x) + exp(y))");
        Evaluator ev = Evaluator.compileWithGradient(f, List.of("x", "y"));   // outputs: f, df/dx, df/dy
        double[] xs = {0, 1, 2};
        double[] ys = {0, 0, 0};
        double[][] in = {xs, ys};                                 // in[variable][point]
        double[][] out = new double[3][xs.length];                // out[output][point]
        ev.eval(in, out);
        double[] at = ev.evalAt(0.0, Math.log(2));                // ln(3), 1/3, 2/3
        // end
        assertArrayEquals(new double[] {Math.log(3), 1.0 / 3, 2.0 / 3}, at, 1e-15);
        for (int i = 0; i < xs.length; i++) {
            assertEquals(Math.log(Math.exp(xs[i]) + 1), out[0][i], 1e-15);
            assertEquals(Math.exp(xs[i]) / (Math.exp(xs[i]) + 1), out[1][i], 1e-15);
        }
    }

    @Test
    void minimizing() {
        // guide
        LinkedHashMap<String, Double> from = new LinkedHashMap<>();
        from.put("x", -1.2);
        from.put("y", 1.0);
        Minimum m = Evaluator.minimize(Expr.parse("(1-x)^2 + 100*(y-x^2)^2"), from);
        Map<String, Double> min = m.point();                      // x and y within 1e-9 of 1
        // end
        assertTrue(m.converged(), m.toString());
        assertEquals(1.0, min.get("x"), 1e-9);
        assertEquals(1.0, min.get("y"), 1e-9);
    }

    @Test
    void commonsMathAdapters() {
        // guide
        Evaluator rosenbrock = Evaluator.compileWithGradient(Expr.parse("(1-x)^2 + 100*(y-x^2)^2"), List.of("x", "y"));
        ObjectiveFunction value = new ObjectiveFunction(rosenbrock.asFunction(0)::applyAsDouble);
        ObjectiveFunctionGradient gradient = new ObjectiveFunctionGradient(rosenbrock.asGradient(1)::apply);
        // end
        assertEquals(24.2, value.getObjectiveFunction().value(new double[] {-1.2, 1}), 1e-12);
        assertArrayEquals(new double[] {-215.6, -88}, gradient.getObjectiveFunctionGradient().value(new double[] {-1.2, 1}), 1e-9);
    }

    @Test
    void everyExampleOfTheGuideIsHere() throws IOException {
        List<String> examples = javaBlocks(Files.readString(GUIDE, StandardCharsets.UTF_8));
        assertEquals(7, examples.size(), "java blocks in " + GUIDE);
        examples.addAll(javaBlocks(Files.readString(README, StandardCharsets.UTF_8)));
        assertEquals(8, examples.size(), "java blocks in " + GUIDE + " and " + README);
        String here = normalized(Files.readString(THIS, StandardCharsets.UTF_8));
        for (String example : examples) {
            assertTrue(here.contains(normalized(example)), "not run by this test:\n" + example);
        }
    }

    private static List<String> javaBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        int i = 0;
        while ((i = markdown.indexOf("```java\n", i)) >= 0) {
            int end = markdown.indexOf("```", i + 8);
            blocks.add(markdown.substring(i + 8, end));
            i = end + 3;
        }
        return blocks;
    }

    /** White space folded, and the test's "// guide" / "// end" markers dropped. */
    private static String normalized(String code) {
        return code.replace("// guide", "").replace("// end", "").replaceAll("\\s+", " ").strip();
    }
}
