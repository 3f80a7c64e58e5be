package dev.deriv.cli;

import static dev.deriv.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.cli.CliRunner.Result;
import dev.deriv.plot.Plot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * plot and limit read their arguments as every other command does: the same
 * parser ({@link Cli}), the same engine ({@code --rules}) and the same points
 * ({@link Point}: values are constant expressions, commas inside parentheses
 * belong to the value).
 */
class PlotAndLimitOptionsTest {

    @TempDir
    Path dir;

    private String cubeRules;
    /** A rule file whose derivative of cube is deliberately not that of u^3: only this file can give slope 5. */
    private String oddRules;

    @BeforeEach
    void ruleFiles() throws IOException {
        cubeRules = write("cube.rules", "[derivatives]\ndefine cube(u) = u^3\ncube: cube(u) => 3*u^2*D(u)\n");
        oddRules = write("odd.rules", "[derivatives]\ndefine odd(u) = u^3\nodd: odd(u) => 5*D(u)\n");
    }

    private String write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p.toString();
    }

    private static String ok(Result r) {
        assertEquals("", r.err());
        assertEquals(0, r.exit(), r.out());
        return r.out();
    }

    private static String error(Result r, int exit) {
        assertEquals("", r.out());
        assertEquals(exit, r.exit(), r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        return r.err().substring("error: ".length()).strip();
    }

    @Test
    void limitUsesTheUserRuleFile() {
        String table = ok(run("limit", "cube(x)", "--at", "x=2", "--rules", cubeRules));
        assertTrue(table.contains("exact derivative: d/dx = 3*x^2, at x = 2: 12.00000\n"), table);
        assertTrue(table.contains("h=0.10000, numerical limit=12.61000\n"), table); // ((2.1)^3 - 8)/0.1
        // before the command's name, as for the other commands
        assertEquals(table, ok(run("--rules", cubeRules, "limit", "cube(x)", "--at", "x=2")));
        assertTrue(error(run("limit", "cube(x)", "--at", "x=2"), 2).contains("cube"));
        // the rule file's own derivative, not one worked out from the definition
        assertTrue(ok(run("limit", "odd(x)", "--at", "x=1", "--rules", oddRules))
                .contains("exact derivative: d/dx = 5, at x = 1: 5.00000\n"));
    }

    /**
     * The label of the tangent line of {@code deriv plot ARGS}, read by the parser and
     * session that {@link Main} uses (the SVG writer draws text as outlines: no text to read back).
     */
    private static String tangent(String... args) {
        Options options = Cli.parse(args, System.out);
        Session session = new Session(options);
        return TeachingCommands.plotOf(session.engine(), options.expression, options).figure().curves().stream()
                .filter(c -> c.kind() == Plot.Kind.TANGENT).findFirst().orElseThrow().label();
    }

    @Test
    void plotUsesTheUserRuleFile() throws IOException {
        // f(1) = 1 and the rule file's slope 5: y = 5*(x - 1) + 1, not the slope 3 of x^3
        assertEquals("tangent at x = 1: y = 5*x - 4", tangent("plot", "odd(x)", "--tangent-at", "x=1", "-o", "f.svg",
                "--rules", oddRules));
        assertEquals("tangent at x = 1: y = 5*x - 4", tangent("--rules", oddRules, "plot", "odd(x)", "--tangent-at",
                "x=1", "-o", "f.svg"));
        Path svg = dir.resolve("odd.svg");
        assertEquals("wrote " + svg + "\n",
                ok(run("plot", "odd(x)", "--tangent-at", "x=1", "-o", svg.toString(), "--rules", oddRules)));
        assertTrue(Files.size(svg) > 1000);
        assertTrue(error(run("plot", "odd(x)", "--tangent-at", "x=1", "-o", svg.toString()), 2).contains("odd"));
        assertEquals("--format does not apply to 'deriv plot' (see deriv plot --help)",
                error(run("--format", "json", "plot", "x", "-o", svg.toString()), 2));
    }

    /** Values that only a real expression parser reads right: commas in calls, spaces, nested parentheses. */
    private static final List<String> ODD_VALUES = List.of("log(8, 2)", "log(8,2)", " log( 8 , 2 ) ", "(1+2)/1",
            "log(64, 2)/2", "3^(1/1)");

    private static double number(String out, String prefix) {
        assertTrue(out.startsWith(prefix) && out.endsWith("\n"), out);
        return Double.parseDouble(out.substring(prefix.length()).strip());
    }

    @Test
    void everyCommandReadsTheSameOddPointValues() throws IOException {
        for (String value : ODD_VALUES) {
            String at = "x=" + value;
            // log(8, 2) is not simplified to 3: the values agree to the last bits, not exactly
            assertEquals(3, number(ok(run("eval", "x", "--at", at)), ""), 1e-15, value);
            assertEquals(6, number(ok(run("grad", "x^2", "--at", at)), "x: "), 1e-14, value);
            assertEquals(6, number(ok(run("x^2", "--at", at)), ""), 1e-14, value);
            String table = ok(run("limit", "x^2", "--at", at));
            assertTrue(table.contains(": 6.00000\n"), value + ": " + table);
            assertTrue(tangent("plot", "x^2", "--tangent-at", at, "-o", "t.svg").endsWith(": y = 6*x - 9"), value);
            // a second variable after a value with commas
            assertEquals(4, number(ok(run("eval", "x + y", "--at", at + ",y=1")), ""), 1e-15, value);
            table = ok(run("limit", "x*y", "--at", at + ",y=1", "--wrt", "y"));
            assertTrue(table.contains("exact derivative: d/dy = x, at x = "), value + ": " + table);
            assertTrue(table.contains(", y = 1: 3.00000\n"), value + ": " + table);
        }
        // a bare value is for the plot's variable
        assertEquals(tangent("plot", "x^2", "--tangent-at", "x=log(8, 2)", "-o", "t.svg"),
                tangent("plot", "x^2", "--tangent-at", "log(8, 2)", "-o", "t.svg"));
        Path svg = dir.resolve("t.svg");
        assertEquals("wrote " + svg + "\n", ok(run("plot", "x^2", "--tangent-at", "x=log(8, 2)", "-o", svg.toString())));
    }

    @Test
    void everyCommandRejectsABadPointWithTheSameMessage() {
        Path svg = dir.resolve("t.svg");
        for (String bad : List.of("x=log(8, 2", "x=", "x", "x=y", "x=1,,y=2", "x=1,x=2", "x=ln(0)", "2=1")) {
            String eval = error(run("eval", "x", "--at", bad), exitOf(bad));
            assertTrue(eval.startsWith("--at"), eval);
            assertEquals(eval, error(run("grad", "x", "--at", bad), exitOf(bad)), bad);
            assertEquals(eval, error(run("limit", "x", "--at", bad), exitOf(bad)), bad);
            if (bad.equals("x")) continue; // for plot, a bare value: x=x
            assertEquals(eval.replace("--at", "--tangent-at"),
                    error(run("plot", "x", "--tangent-at", bad, "-o", svg.toString()), exitOf(bad)), bad);
        }
        assertEquals("--tangent-at takes the one variable of the plot: x=VALUE",
                error(run("plot", "x^2", "--tangent-at", "x=1,y=2", "-o", svg.toString()), 2));
    }

    private static int exitOf(String badPoint) {
        return badPoint.toLowerCase(Locale.ROOT).contains("ln(0)") ? 3 : 2;
    }

    @Test
    void limitStepsTakesANumberAndTheFlagDoesNotApply() {
        String table = ok(run("limit", "sin(x)", "--at", "x=1", "--steps", "3"));
        assertEquals(6, table.split("\n").length, table); // heading, 3 rows, exact, how it converges
        assertTrue(error(run("limit", "x", "--at", "x=1", "--steps", "many"), 2).startsWith("--steps must be"));
        assertEquals("--steps does not apply to 'deriv limit' (see deriv limit --help)",
                error(run("--steps", "limit", "x", "--at", "x=1"), 2));
        assertTrue(error(run("limit", "x"), 2).contains("--at x="));
        assertTrue(ok(run("limit", "--help")).startsWith("Usage: deriv limit"));
        assertTrue(ok(run("plot", "-h")).startsWith("Usage: deriv plot"));
        assertTrue(error(run("plot", "x^2"), 2).contains("--output"));
    }
}
