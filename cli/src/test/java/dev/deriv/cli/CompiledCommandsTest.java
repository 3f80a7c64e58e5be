package dev.deriv.cli;

import static dev.deriv.cli.CliRunner.run;
import static dev.deriv.cli.CliRunner.runWithInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Expr;
import dev.deriv.cli.CliRunner.Result;
import dev.deriv.compile.Minimizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** deriv minimize and eval/grad --csv: the commands that run the compiled evaluator. */
class CompiledCommandsTest {

    private static final String ROSENBROCK = "(1-x)^2 + 100*(y-x^2)^2";

    /** A failure: the exit code and exactly one "error:" line, no stack trace; returns the message. */
    private static String error(Result r, int exit) {
        assertEquals(exit, r.exit(), () -> "exit code; stdout: " + r.out() + "; stderr: " + r.err());
        assertTrue(r.err().startsWith("error: ") && r.err().endsWith("\n"), r.err());
        assertEquals(1, r.err().split("\n", -1).length - 1, () -> "one line: " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        return r.err().substring("error: ".length(), r.err().length() - 1);
    }

    private static List<String> ok(Result r) {
        assertEquals(0, r.exit(), () -> "stderr: " + r.err());
        assertEquals("", r.err());
        return r.outLines();
    }

    // ---- minimize -----------------------------------------------------------------------

    @Test
    void rosenbrockEndsAtOneOne() {
        List<String> lines = ok(run("minimize", ROSENBROCK, "--from", "x=-1.2,y=1"));
        assertEquals("iteration 0: loss=24.2 |grad|=215.6", lines.get(0));
        assertEquals("minimum: loss=1.46346e-25 at x=1, y=1", lines.get(lines.size() - 2));
        assertEquals("converged after 35 iterations: gradient below tolerance (|grad| 3.69482e-13, tolerance 1e-10)",
                lines.get(lines.size() - 1));
        // thinned: 0..10, then 20, 30, and the last (35)
        List<String> iterations = new ArrayList<>();
        for (String l : lines) if (l.startsWith("iteration ")) iterations.add(l.substring(10, l.indexOf(':')));
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "20", "30", "35"), iterations);
    }

    @Test
    void rosenbrockAsJson() {
        Result r = run("minimize", ROSENBROCK, "--from", "x=-1.2,y=1", "--format", "json");
        List<String> lines = ok(r);
        assertEquals(1, lines.size(), "one JSON object");
        Map<String, Object> json = JsonCheck.object(lines.get(0));
        assertEquals("minimize", json.get("command"));
        assertEquals(ROSENBROCK, json.get("input"));
        assertEquals(Map.of("x", -1.2, "y", 1.0), json.get("from"));
        @SuppressWarnings("unchecked")
        Map<String, Object> point = (Map<String, Object>) json.get("point");
        assertEquals(List.of("x", "y"), new ArrayList<>(point.keySet()));
        assertEquals(1, (Double) point.get("x"), 1e-6);
        assertEquals(1, (Double) point.get("y"), 1e-6);
        assertTrue((Double) json.get("loss") < 1e-12);
        assertEquals(true, json.get("converged"));
        assertEquals(35.0, json.get("iterations"));
        assertEquals("gradient below tolerance", json.get("message"));
        List<?> trace = (List<?>) json.get("trace");
        assertEquals(14, trace.size());
        assertEquals(Map.of("iteration", 0.0, "loss", 24.199999999999996, "gradient_norm", 215.6), trace.get(0));
    }

    @Test
    void progressIsThinnedForLongRuns() {
        for (int k = 0; k <= 10; k++) assertTrue(Minimize.shown(k), "" + k);
        for (int k : new int[] {20, 90, 100, 200, 1000, 5000, 10_000, 1_000_000}) assertTrue(Minimize.shown(k), "" + k);
        for (int k : new int[] {11, 19, 101, 110, 150, 1010, 9999, 10_100}) assertFalse(Minimize.shown(k), "" + k);
    }

    @Test
    void maxIterationsAndToleranceAreHonoured() {
        List<String> lines = ok(run("minimize", ROSENBROCK, "--from", "x=-1.2,y=1", "--max-iterations", "25"));
        assertEquals("iteration 25: ", lines.get(lines.size() - 3).substring(0, 14));
        assertTrue(lines.get(lines.size() - 1).startsWith("not converged after 25 iterations: maximum iterations reached"),
                lines.get(lines.size() - 1));
        List<String> loose = ok(run("minimize", ROSENBROCK, "--from", "x=-1.2,y=1", "--tolerance", "1e-3"));
        String last = loose.get(loose.size() - 1);
        assertTrue(last.startsWith("converged after ") && last.endsWith(", tolerance 0.001)"), last);
        assertEquals("iteration 0: loss=1 |grad|=2", ok(run("minimize", "x^2", "--from", "x=1", "--max-iterations", "0")).get(0));
    }

    @Test
    void helpShowsTheDefaultsOfTheMinimizer() {
        Minimizer.Options defaults = Minimizer.Options.defaults();
        assertEquals(defaults.maxIterations(), Minimize.DEFAULT_MAX_ITERATIONS);
        assertEquals(defaults.gradientTolerance(), Double.parseDouble(Minimize.DEFAULT_TOLERANCE));
        Result help = run("minimize", "--help");
        assertTrue(ok(help).get(0).startsWith("Usage: deriv minimize"), help.out());
        assertTrue(help.out().contains("(default 10000)") && help.out().contains("(default 1e-10)"), help.out());
    }

    @Test
    void startValuesAreCheckedBeforeAnythingIsPrinted() {
        assertEquals("deriv minimize needs a starting point: --from x=0,y=0", error(run("minimize", "x^2+y"), 2));
        assertEquals("--from: no start value for 'y' (give one for every variable: --from x=0,y=0)",
                error(run("minimize", "x^2+y", "--from", "x=1"), 2));
        assertEquals("--from: the value of 'x' must be a number or a constant expression, not 'abc'",
                error(run("minimize", "x^2", "--from", "x=abc"), 2));
        assertEquals("--max-iterations must be a whole number from 0 to 1000000000, not 'many'",
                error(run("minimize", "x^2", "--from", "x=1", "--max-iterations", "many"), 2));
        assertEquals("--tolerance must be a number at least 0, such as 1e-8, not '-1'",
                error(run("minimize", "x^2", "--from", "x=1", "--tolerance=-1"), 2));
        assertEquals("--format latex does not apply to deriv minimize (infix or json)",
                error(run("minimize", "x^2", "--from", "x=1", "--format", "latex"), 2));
        assertEquals("--at does not apply to 'deriv minimize' (see deriv minimize --help)",
                error(run("minimize", "x^2", "--from", "x=1", "--at", "x=1"), 2));
        Result syntax = run("minimize", "3*x)", "--from", "x=1");
        assertEquals(2, syntax.exit());
        assertEquals("error: unexpected ')' at column 4\n  3*x)\n     ^\n", syntax.err());
    }

    @Test
    void startValuesMayBeConstantExpressionsAndExtraVariablesStayPut() {
        List<String> lines = ok(run("minimize", "(x-2)^2 + (y+1)^2", "--from", "x=pi,y=sqrt(2),z=5"));
        assertTrue(lines.get(lines.size() - 2).endsWith(" at x=2, y=-1, z=5"), lines.get(lines.size() - 2));
    }

    @Test
    void notFiniteLossOrGradientIsAMathError() {
        Result start = run("minimize", "ln(x)", "--from", "x=0");
        assertEquals("the loss is -infinite at the starting point x = 0", error(start, 3));
        assertEquals("", start.out(), "nothing printed before the first iteration");
        assertEquals("the loss is undefined (NaN) at the starting point x = -1",
                error(run("minimize", "sqrt(x)", "--from", "x=-1"), 3));
        assertEquals("the gradient is infinite at the starting point x = 0 (loss 0): the loss is not differentiable there",
                error(run("minimize", "sqrt(x)", "--from", "x=0"), 3));
        // the minimizer reaches the kink of abs exactly: the progress so far stays on stdout
        Result kink = run("minimize", "abs(x)", "--from", "x=1");
        assertEquals("the gradient is undefined (NaN) at iteration 1, x = 0 (loss 0): the loss is not differentiable there",
                error(kink, 3));
        assertEquals("iteration 0: loss=1 |grad|=1\n", kink.out());
    }

    @Test
    void unboundedLossIsAMathError() {
        assertTrue(error(run("minimize", "x", "--from", "x=0"), 3).startsWith("the loss is unbounded below: it reached -"));
        assertTrue(error(run("minimize", "-x^2 + y^2", "--from", "x=1,y=1"), 3).startsWith("the loss is unbounded below"));
        assertEquals("the loss is unbounded below: it reached -Infinity at x = 0",
                error(run("minimize", "ln(x)", "--from", "x=1"), 3));
    }

    @Test
    void optimaOfSomeTextbookFunctions() {
        assertEquals("minimum: loss=1 at x=1", last2(run("minimize", "x - ln(x)", "--from", "x=3")));
        assertEquals("minimum: loss=1 at x=0, y=2", last2(run("minimize", "(x-1)^2 + (y-2)^2 + x*y", "--from", "x=0,y=0")));
        assertEquals("minimum: loss=0 at w=1, x=-1, y=2, z=-2",
                last2(run("minimize", "(w-1)^2 + (x+1)^2 + (y-2)^2 + (z+2)^4", "--from", "w=0,x=0,y=0,z=0")));
    }

    private static String last2(Result r) {
        List<String> lines = ok(r);
        return lines.get(lines.size() - 2);
    }

    // ---- --csv --------------------------------------------------------------------------

    @Test
    void evalCsvColumnsInAnyOrderExtraColumnsIgnored(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("points.csv");
        Files.writeString(csv, "y,x,label\n2,1,a\n0.5,3,b\n-1,-2,\"c,d\"\n");
        assertEquals(List.of("value", "2", "4.5", "-4"), ok(run("eval", "x^2*y", "--csv", csv.toString())));
    }

    @Test
    void gradCsvInVarsOrderOrSorted(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("p.csv");
        Files.writeString(csv, "x,y\n1,2\n2,0\n");
        assertEquals(List.of("df/dx,df/dy", "4,1", "0,4"), ok(run("grad", "x^2*y", "--csv", csv.toString())));
        assertEquals(List.of("df/dy,df/dx,df/dz", "1,4,0", "4,0,0"),
                ok(run("grad", "x^2*y", "--vars", "y,x,z", "--csv", csv.toString())));
        assertEquals(List.of("df/dx", "4", "0"), ok(run("grad", "x^2*y", "--vars", "x", "--csv", csv.toString())));
    }

    @Test
    void csvFromStandardInput() {
        Result r = runWithInput("x,y\n0,0\n1,2\n", "grad", "ln(exp(x) + exp(y))", "--csv", "-");
        assertEquals(List.of("df/dx,df/dy", "0.5,0.5", "0.2689414213699951,0.7310585786300049"), ok(r));
        assertEquals(List.of("value", "5", "5"), ok(runWithInput("a\n1\n2\n", "eval", "2+3", "--csv", "-")));
        assertEquals(List.of("value"), ok(runWithInput("x\n", "eval", "x", "--csv", "-")));
    }

    @Test
    void csvToleratesTheUsualVariations() {
        // byte-order mark, quoted names, spaces, CRLF, blank lines, nan and inf
        Result r = runWithInput("\uFEFF\"x\", \"y\"\r\n1,2\r\n\r\n 3 , 4 \r\n-inf,1\r\nnan,1\r\n1e400,1\r\n",
                "eval", "x*y", "--csv", "-");
        assertEquals(List.of("value", "2", "12", "-Infinity", "NaN", "Infinity"), ok(r));
    }

    @Test
    void undefinedValuesAreNaNNotErrors() {
        assertEquals(List.of("value", "NaN", "0"), ok(runWithInput("x\n-1\n1\n", "eval", "ln(x)", "--csv", "-")));
        assertEquals(List.of("df/dx", "NaN", "0.5"), ok(runWithInput("x\n-1\n1\n", "grad", "sqrt(x)", "--csv", "-")));
    }

    @Test
    void csvErrorsSayFileAndLine(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "x,y\n1,2\n3,abc\n");
        Result bad = run("eval", "x+y", "--csv", csv.toString());
        assertEquals(csv + ":3: bad number 'abc' for y (column 2)", error(bad, 2));
        assertEquals("", bad.out(), "nothing printed: the file is checked first");
        assertEquals("<stdin>:3: bad number '1d' for x (column 1)", error(runWithInput("x\n1\n1d\n", "eval", "x", "--csv", "-"), 2));
        assertEquals("<stdin>:1: no column for the variable 'y' (the columns are 'x', 'z')",
                error(runWithInput("x,z\n1,2\n", "eval", "x+y", "--csv", "-"), 2));
        assertEquals("<stdin>:1: no column for the variable 'x' (the columns are '1', '2'); the first line must be a "
                + "header naming the columns, e.g. x,y", error(runWithInput("1,2\n3,4\n", "grad", "x*y", "--csv", "-"), 2));
        assertEquals("<stdin>:2: 1 field, but the header has 2", error(runWithInput("x,y\n1\n", "eval", "x", "--csv", "-"), 2));
        assertEquals("<stdin>:2: no value for x (column 1)", error(runWithInput("x,y\n,1\n", "eval", "x", "--csv", "-"), 2));
        assertEquals("<stdin>:1: the column 'x' appears twice", error(runWithInput("x,x\n1,2\n", "eval", "x", "--csv", "-"), 2));
        assertEquals("<stdin>:2: a quoted field is not closed", error(runWithInput("x\n\"1\n", "eval", "x", "--csv", "-"), 2));
        assertEquals("<stdin>: no header line: the first line must name the columns, e.g. x",
                error(runWithInput("", "eval", "x", "--csv", "-"), 2));
        assertEquals("--csv: no such file: " + dir.resolve("none.csv"),
                error(run("eval", "x", "--csv", dir.resolve("none.csv").toString()), 2));
        assertEquals("--csv: " + dir + " is a directory", error(run("eval", "x", "--csv", dir.toString()), 2));
        Files.write(dir.resolve("latin1.csv"), new byte[] {'x', '\n', (byte) 0xE9, '\n'});
        assertEquals(dir.resolve("latin1.csv") + ": not UTF-8 text", error(run("eval", "x", "--csv", dir.resolve("latin1.csv").toString()), 2));
    }

    @Test
    void csvDoesNotMixWithOtherModes() {
        assertEquals("give either --at or --csv, not both", error(run("eval", "x", "--csv", "-", "--at", "x=1"), 2));
        assertEquals("--csv writes CSV: --format json does not apply", error(run("eval", "x", "--csv", "-", "--format", "json"), 2));
        assertEquals("--csv reads the points from a file: do not also give --batch", error(run("eval", "--csv", "-", "--batch"), 2));
        assertEquals("--csv does not apply to 'deriv hessian' (see deriv hessian --help)", error(run("hessian", "x", "--csv", "-"), 2));
        assertEquals("--csv does not apply to 'deriv' (see deriv --help)", error(run("x", "--csv", "-"), 2));
    }

    @Test
    void atStaysExactWhileCsvIsCompiled() {
        // --at substitutes exact values: 1/(x-1) at x=1 is a division by zero; in a CSV it is Infinity
        assertEquals("undefined at x = 1: division by zero: x - 1 = 0",
                error(run("eval", "1/(x-1)", "--at", "x=1"), 3));
        assertEquals(List.of("value", "Infinity"), ok(runWithInput("x\n1\n", "eval", "1/(x-1)", "--csv", "-")));
    }

    /** Several blocks of {@link CsvEval#CHUNK} points, the last one partial; values as the interpreter has them. */
    @Test
    void largeFilesGoThroughInBlocks(@TempDir Path dir) throws IOException {
        int n = 2 * CsvEval.CHUNK + 123;
        Random random = new Random(5);
        double[] xs = new double[n];
        double[] ys = new double[n];
        StringBuilder sb = new StringBuilder("id,y,x\n");
        for (int i = 0; i < n; i++) {
            xs[i] = random.nextInt(2000) / 100.0 - 10;
            ys[i] = random.nextInt(2000) / 100.0 - 10;
            sb.append(i).append(',').append(ys[i]).append(',').append(xs[i]).append('\n');
        }
        Path csv = dir.resolve("big.csv");
        Files.writeString(csv, sb, StandardCharsets.UTF_8);
        String e = "x^3 - 2*x*y + y^2/4";
        List<String> values = ok(run("eval", e, "--csv", csv.toString()));
        List<String> grad = ok(run("grad", e, "--csv", csv.toString()));
        assertEquals(n + 1, values.size());
        assertEquals(n + 1, grad.size());
        Expr f = Expr.parse(e);
        for (int i = 0; i < n; i += 997) {
            Map<String, Double> at = Map.of("x", xs[i], "y", ys[i]);
            assertEquals(f.eval(at), Double.parseDouble(values.get(i + 1)), 1e-9 * Math.max(1, Math.abs(f.eval(at))), "row " + i);
            String[] g = grad.get(i + 1).split(",");
            assertEquals(3 * xs[i] * xs[i] - 2 * ys[i], Double.parseDouble(g[0]), 1e-9 * 300, "row " + i);
            assertEquals(-2 * xs[i] + ys[i] / 2, Double.parseDouble(g[1]), 1e-9 * 30, "row " + i);
        }
    }

    // ---- numbers ------------------------------------------------------------------------

    @Test
    void shortestDecimalsAgreeWithTheDefinition() {
        Random random = new Random(11);
        for (int e = -1074; e <= 1023; e++) { // powers of two, where the interval is lopsided, and their neighbours
            double p = Math.scalb(1.0, e);
            for (double v : new double[] {p, -p, Math.nextUp(p), Math.nextDown(p), 3 * p, 1.1 * p}) {
                if (v == 0 || !Double.isFinite(v)) continue;
                assertEquals(Numbers.shortestByScan(v).toString(), Numbers.shortest(v).toString(), "" + v);
            }
        }
        for (int i = 0; i < 200_000; i++) {
            double v;
            switch (i % 3) {
                case 0: v = Double.longBitsToDouble(random.nextLong()); break;
                case 1: v = Double.parseDouble((random.nextInt(2000) - 1000) + "." + random.nextInt(100_000) + "e"
                        + (random.nextInt(60) - 30)); break;
                default: v = random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
            }
            if (v == 0 || !Double.isFinite(v)) continue;
            assertEquals(Numbers.shortestByScan(v).toString(), Numbers.shortest(v).toString(), "" + v);
        }
        assertEquals("0.3", Numbers.format(0.3));
        assertEquals("0.30000000000000004", Numbers.format(0.1 + 0.2));
        assertEquals("2e+23", Numbers.format(2e23));
    }

    @Test
    void roundedNumbers() {
        assertEquals("24.2", Numbers.significant(24.199999999999996, 6));
        assertEquals("1.46346e-25", Numbers.significant(1.4634558013588258e-25, 6));
        assertEquals("1.23457e+6", Numbers.significant(1234567, 6));
        assertEquals("100000", Numbers.significant(100000, 6));
        assertEquals("0.000123457", Numbers.significant(0.0001234567, 6));
        assertEquals("0", Numbers.significant(-0.0, 6));
        assertEquals("NaN", Numbers.significant(Double.NaN, 6));
        assertEquals("1", Numbers.fixed(1.0000000000003821, 9));
        assertEquals("0", Numbers.fixed(-2.7e-16, 9));
        assertEquals("-24.02223338", Numbers.fixed(-24.022233382282508, 8));
    }

    @Test
    void dataNumbers() {
        assertEquals(-0.25, Numbers.parse("-0.25"));
        assertEquals(0.5, Numbers.parse(".5"));
        assertEquals(5.0, Numbers.parse("5."));
        assertEquals(2500.0, Numbers.parse("2.5E+3"));
        assertEquals(Double.NEGATIVE_INFINITY, Numbers.parse("-Infinity"));
        assertTrue(Double.isNaN(Numbers.parse("NaN")));
        for (String bad : new String[] {"", "-", ".", "1d", "1f", "0x10", "1e", "1e+", " 1", "1 ", "1,5", "e5", "++1", "infinit"}) {
            try {
                Numbers.parse(bad);
                throw new AssertionError("accepted '" + bad + "'");
            } catch (NumberFormatException expected) {
                // fine
            }
        }
    }
}
