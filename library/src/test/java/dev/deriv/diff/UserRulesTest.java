package dev.deriv.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Engine;
import dev.deriv.Expr;
import dev.deriv.ParseException;
import dev.deriv.RuleFileException;
import dev.deriv.expr.Nodes;
import dev.deriv.internal.Internals;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A user's rule file adds functions and their derivatives; a malformed one fails with file:line: message. */
class UserRulesTest {
    static final String CUBE = String.join("\n",
            "# my functions",
            "[derivatives]",
            "define cube(u) = u^3",
            "cube: cube(u) => 3*u^2*D(u)",
            "",
            "# a function without a rule of its own: differentiated through its definition",
            "define sq(u) = u*u",
            "");

    private final Engine engine = Engine.standard().withRules("my.rules", CUBE);

    private static double at(Expr e, double x) {
        return e.eval(Map.of("x", x));
    }

    @Test
    void aNewFunctionWithItsDerivative() {
        Expr f = engine.parse("cube(x)");
        assertEquals(8.0, at(f, 2), 0.0, "evaluated through its definition");
        Expr d = f.diff("x");
        assertEquals(Expr.parse("3*x^2"), Internals.expr(Internals.node(d)));
        assertEquals(12.0, at(d, 2), 0.0);
        // the rule is the one applied
        List<Step> steps = new ArrayList<>();
        Internals.differentiator(engine).derivative(Internals.node(f), Nodes.var("x"), steps::add);
        assertTrue(steps.stream().anyMatch(s -> s.rule().equals("cube") && s.depth() == 0), steps.toString());
    }

    @Test
    void theChainRuleThroughTheNewFunction() {
        Expr d = engine.parse("cube(sin(x))").diff("x");
        for (double x : new double[] {-1.2, 0.3, 2.5}) {
            assertEquals(3 * Math.pow(Math.sin(x), 2) * Math.cos(x), at(d, x), 1e-13);
        }
        Expr d2 = engine.parse("cube(sin(x))").diff("x", 2);
        double x = 0.8;
        double expected = 6 * Math.sin(x) * Math.cos(x) * Math.cos(x) - 3 * Math.pow(Math.sin(x), 3);
        assertEquals(expected, at(d2, x), 1e-13);
    }

    @Test
    void aDefinedFunctionWithoutARuleIsDifferentiatedThroughItsDefinition() {
        Expr d = engine.parse("sq(sin(x))").diff("x");
        assertEquals(2 * Math.sin(0.6) * Math.cos(0.6), at(d, 0.6), 1e-14);
    }

    @Test
    void gradientAndHessianUseTheUserRules() {
        Expr f = engine.parse("cube(x*y) + sq(y)");
        List<Expr> g = f.gradient(List.of("x", "y"));
        Map<String, Double> p = Map.of("x", 1.5, "y", -0.5);
        assertEquals(3 * Math.pow(1.5 * -0.5, 2) * -0.5, g.get(0).eval(p), 1e-13);
        assertEquals(3 * Math.pow(1.5 * -0.5, 2) * 1.5 + 2 * -0.5, g.get(1).eval(p), 1e-13);
        List<List<Expr>> h = f.hessian(List.of("x", "y"));
        // d2/dx2 (xy)^3 = 6 x y^3
        assertEquals(6 * 1.5 * Math.pow(-0.5, 3), h.get(0).get(0).eval(p), 1e-13);
    }

    @Test
    void theStandardEngineIsNotChanged() {
        ParseException e = assertThrows(ParseException.class, () -> Expr.parse("cube(x)"));
        assertTrue(e.getMessage().contains("unknown function 'cube'"), e.getMessage());
        assertEquals(Expr.parse("cos(x)"), engine.parse("sin(x)").diff("x"), "the standard table still applies");
    }

    @Test
    void aRuleFileOnDisk(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ml.rules");
        Files.writeString(file, String.join("\n",
                "[derivatives]",
                "define swish(u) = u*sigmoid(u)",
                "swish: swish(u) => (sigmoid(u) + u*sigmoid(u)*(1 - sigmoid(u)))*D(u)",
                ""), StandardCharsets.UTF_8);
        Engine mine = Engine.standard().withRules(file);
        Expr d = mine.parse("swish(2*x)").diff("x");
        double x = 0.35;
        double s = 1 / (1 + Math.exp(-2 * x));
        assertEquals(2 * (s + 2 * x * s * (1 - s)), at(d, x), 1e-13);
        // rule files stack
        Engine both = mine.withRules("my.rules", CUBE);
        assertEquals(3 * 4.0, at(both.parse("cube(x) + swish(x)").diff("x"), 2)
                - at(both.parse("swish(x)").diff("x"), 2), 1e-12);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("[derivatives]\ncube: cube(u) =>\n", 2, "unexpected"),
                Arguments.of("[integrals]\n", 1, "unknown section [integrals]"),
                Arguments.of("# no section\n\ncube: cube(u) => 3*u^2*D(u)\n", 3, "before any section"),
                Arguments.of("[derivatives]\n\n\ndefine sin(u) = u\n", 4, "cannot be redefined"),
                Arguments.of("[derivatives]\ndefine f2(u) = u + v\n", 2, "'v'"),
                Arguments.of("[derivatives]\ndefine cube(u) = u^3\ncube: cube(u) => w*D(u)\n", 3, "'w'"),
                Arguments.of("[derivatives]\nconstant: c => 0 if constant(c)\n", 2, "unknown condition 'constant'"),
                Arguments.of("[derivatives]\nconstant: c => 0 if free(q)\n", 2, "free(q)"),
                Arguments.of("[derivatives]\n# comment\nbad: sin(u => cos(u)*D(u)\n", 3, ""),
                Arguments.of("[derivatives]\nbad: sin(u) => cosine(u)*D(u)\n", 2, "unknown function 'cosine'"),
                Arguments.of("[derivatives]\nbad: sin(u) => cos(u)*D(u) $\n", 2, "unknown character"),
                Arguments.of("[derivatives]\ndefine cube(u) = \n", 2, "unexpected"),
                Arguments.of("[derivatives]\nno arrow here\n", 2, ""),
                // sigmoid's derivative rule would still apply, giving the old derivative
                Arguments.of("[derivatives]\ndefine sigmoid(u) = u\n", 2, "'sigmoid' is already defined"),
                Arguments.of("[derivatives]\ndefine cube(u) = u^3\ndefine cube(u) = u^2\n", 3, "already defined"));
    }

    @ParameterizedTest(name = "line {1}: {2}")
    @MethodSource("malformed")
    void malformedRuleFilesFailWithFileLineMessage(String text, int line, String says) {
        RuleFileException e = assertThrows(RuleFileException.class,
                () -> Engine.standard().withRules("bad.rules", text));
        String prefix = "bad.rules:" + line + ": ";
        assertTrue(e.getMessage().startsWith(prefix), "'" + e.getMessage() + "' starts with " + prefix);
        assertTrue(e.getMessage().length() > prefix.length(), "a message after the place");
        assertTrue(e.getMessage().contains(says), "'" + e.getMessage() + "' says " + says);
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void malformedFileOnDiskNamesThePath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.rules");
        Files.writeString(file, "[derivatives]\ndefine cube(u) = u^3\ncube: cube(u) => 3*u^2*D(u) if nonsense(u)\n",
                StandardCharsets.UTF_8);
        RuleFileException e = assertThrows(RuleFileException.class, () -> Engine.standard().withRules(file));
        assertTrue(e.getMessage().startsWith(file + ":3: "), e.getMessage());
    }

    /**
     * A user file may share its name with a standard one: its rules are still its own
     * (matchers were cached by "file:line", so line 27 of a user "derivatives.rules"
     * got the matcher of the standard rule on that line, and its rule never matched).
     */
    @Test
    void aUserFileNamedLikeAStandardOneKeepsItsRules() {
        StringBuilder text = new StringBuilder("[derivatives]\ndefine cube(u) = u^3\n");
        while (text.chars().filter(c -> c == '\n').count() < 29) text.append("# padding\n");
        text.append("cube: cube(u) => 3*u^2*D(u)\n"); // line 30, as 'constant' in the standard file
        Engine mine = Engine.standard().withRules("derivatives.rules", text.toString());
        List<Step> steps = new ArrayList<>();
        Internals.differentiator(mine).derivative(Internals.node(mine.parse("cube(x)")), Nodes.var("x"), steps::add);
        assertTrue(steps.stream().anyMatch(s -> s.rule().equals("cube")), "the user's rule applied: " + steps);
    }
}
