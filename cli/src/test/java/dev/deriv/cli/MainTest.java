package dev.deriv.cli;

import static dev.deriv.cli.CliRunner.run;
import static dev.deriv.cli.CliRunner.runWithBytes;
import static dev.deriv.cli.CliRunner.runWithInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.cli.CliRunner.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    /** A failure: exit code, exactly one "error:" message on stderr, nothing on stdout. */
    private static String assertError(Result r, int exit) {
        assertEquals(exit, r.exit(), () -> "exit code; stderr: " + r.err());
        assertEquals("", r.out(), "nothing on stdout");
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().endsWith("\n"), r.err());
        assertEquals(1, r.err().split("error:", -1).length - 1, () -> "exactly one error: " + r.err());
        assertTrue(!r.err().contains("\tat ") && !r.err().contains("Exception"), () -> "no stack trace: " + r.err());
        return r.err().substring("error: ".length(), r.err().indexOf('\n'));
    }

    private static void assertOut(String expected, Result r) {
        assertEquals(expected, r.out(), () -> "stderr: " + r.err());
        assertEquals("", r.err());
        assertEquals(0, r.exit());
    }

    @Test
    void simplifyAndEvalFromTheIssue() {
        assertOut("512\n", run("simplify", "2^3^2"));
        assertOut("12\n", run("eval", "2x(x+1)", "--at", "x=2"));
    }

    @Test
    void syntaxErrorGetsCaretLineOnStderrAndExit2() {
        Result r = run("simplify", "3*x^2)");
        assertError(r, 2);
        assertEquals("error: unexpected ')' at column 6\n  3*x^2)\n       ^\n", r.err());
    }

    @Test
    void leadingMinusIsAnExpression() {
        assertOut("-9\n", run("eval", "-3^2"));
        assertOut("-9\n", run("eval", "-3^2", "--at", "x=1"));
        assertOut("-9\n", run("eval", "-x^2", "--at", "x=3"));
        assertOut("-9\n", run("eval", "--at", "x=3", "-x^2"));
        assertOut("-x^2\n", run("simplify", "-x^2"));
        assertOut("3\n", run("eval", "--at", "x=3", "--", "--x")); // after --, a double negation
        assertEquals(2, run("eval", "--x", "--at", "x=3").exit()); // before it, --x is an unknown option
        assertOut("-0.25\n", run("eval", "-x^-2", "--at", "x=-2"));
    }

    @Test
    void doubleDashEndsOptions() {
        assertOut("-2\n", run("eval", "--at", "h=2", "--", "-h"));
        assertOut("-x\n", run("simplify", "--", "-x"));
        assertOut("-help\n", run("simplify", "--", "-help"));
    }

    @Test
    void dashHIsHelpButDashHxIsAnExpression() {
        Result help = run("-h");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("Usage:"));
        assertOut("-2\n", run("eval", "-hx", "--at", "hx=2"));
    }

    @Test
    void helpHasExamples() {
        Result r = run("--help");
        assertEquals(0, r.exit());
        assertEquals("", r.err());
        assertTrue(r.out().startsWith("Usage: deriv"), r.out());
        assertTrue(r.out().contains("Examples:"));
        assertTrue(r.out().contains("deriv simplify \"2^3^2\""));
        for (String command : List.of("grad", "hessian", "simplify", "eval", "check")) {
            Result sub = run(command, "--help");
            assertEquals(0, sub.exit(), command);
            assertTrue(sub.out().startsWith("Usage: deriv " + command), sub.out());
        }
    }

    @Test
    void versionComesFromThePom() {
        Result r = run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().matches("deriv \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n"), r.out());
        assertEquals(r.out(), run("simplify", "--version").out());
    }

    @Test
    void exitCodes() {
        assertEquals(0, run("simplify", "x").exit());
        assertEquals("undefined at x = 1: division by zero: x - 1 = 0",
                assertError(run("eval", "1/(x-1)", "--at", "x=1"), 3));
        assertTrue(assertError(run("eval", "ln(x)", "--at", "x=-1"), 3).contains("ln"));
        assertEquals("no value given for variable 'y'", assertError(run("eval", "x+y", "--at", "x=1"), 2));
        assertEquals("unknown function 'sinn' (did you mean sin?) at column 1", assertError(run("simplify", "sinn(x)"), 2));
        assertError(run("simplify"), 2);
        assertError(run(), 2);
        assertError(run("simplify", "x", "--fromat", "json"), 2);
        assertError(run("--format", "yaml", "simplify", "x"), 2);
        assertError(run("--order", "-1", "x"), 2);
        assertError(run("--order", "x", "x"), 2);
        assertError(run("--order", "1001", "x"), 2);
        assertError(run("eval", "x", "--at", "x"), 2);
        assertError(run("eval", "x", "--at", "pi=1"), 2);
        assertError(run("eval", "x", "--at", "x=y"), 2);
        assertError(run("eval", "x", "--at", "x=1", "--at", "x=2"), 2);
        assertError(run("eval", "x", "--at", "x=(1"), 2);
        assertError(run("eval", "x", "--at", "x=1/0"), 3);
        assertError(run("--wrt", "x", "simplify", "x"), 2);
        assertError(run("simplify", "3", "x"), 2);
        assertError(run("eval", "--", "x", "--at", "x=1"), 2);
        assertError(run("grad", "x", "--vars", "x,x"), 2);
        assertError(run("grad", "x", "--vars", "sin"), 2);
        assertError(run("--batch", "x"), 2);
    }

    @Test
    void severalVariablesNeedWrt() {
        String m = assertError(run("x*y"), 2);
        assertTrue(m.contains("--wrt"), m);
    }

    @Test
    void expressionWithoutTheVariableHasDerivativeZero() {
        assertOut("0\n", run("5"));
        assertOut("0\n", run("pi^2 + 1"));
        assertOut("0\n", run("5", "--at", "x=3"));
        assertOut("0\n", run("y^2", "--wrt", "x"));
        assertOut("0\n", run("5", "--order", "3"));
    }

    @Test
    void checkSaysIncorrectWithExitCodeOne() {
        Result r = run("check", "2^x", "--answer", "2^x*ln(x)");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().startsWith("incorrect\n"), r.out());
        assertTrue(r.out().contains("at x = "), r.out());
        assertEquals("", r.err());
    }

    @Test
    void userRuleFiles(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("cube.rules");
        Files.writeString(rules, "[derivatives]\ndefine cube(u) = u^3\ncube: cube(u) => 3*u^2*D(u)\n");
        assertOut("24*x^2\n", run("--rules", rules.toString(), "cube(2x)"));
        assertOut("8\n", run("eval", "cube(x)", "--at", "x=2", "--rules", rules.toString()));
        assertOut("x: 3*x^2\n", run("--rules", rules.toString(), "grad", "cube(x)"));
        String unknown = assertError(run("simplify", "cube(x)"), 2);
        assertTrue(unknown.startsWith("unknown function 'cube'"), unknown);
        Path bad = dir.resolve("bad.rules");
        Files.writeString(bad, "[derivatives]\nthis is not a rule\n");
        String m = assertError(run("--rules", bad.toString(), "x^2"), 2);
        assertTrue(m.startsWith(bad + ":2: "), m);
        assertTrue(assertError(run("simplify", "x", "--rules", "/no/such/file"), 2).contains("no such file"));
        assertTrue(assertError(run("simplify", "x", "--rules", dir.toString()), 2).contains("is a directory"));
    }

    @Test
    void evalNumbersAreShortest() {
        assertOut("0.3333333333333333\n", run("eval", "x/y", "--at", "x=1,y=3"));
        assertOut("1\n", run("eval", "3*x", "--at", "x=1/3"));
        assertOut("1\n", run("eval", "sin(x)", "--at", "x=pi/2"));
        assertOut("2.5\n", run("eval", "x + y", "--at", "x=1, y=3/2"));
        assertOut("8\n", run("eval", "x^3", "--at", "x=log(4, 2) + 0"));
        assertOut("0.1\n", run("eval", "1/10"));
    }

    @Test
    void numberFormat() {
        assertEquals("2", Numbers.format(2.0));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("-3", Numbers.format(-3.0));
        assertEquals("0.1", Numbers.format(0.1));
        assertEquals("0.30000000000000004", Numbers.format(0.1 + 0.2));
        assertEquals("0.3333333333333333", Numbers.format(1.0 / 3));
        assertEquals("123456.789", Numbers.format(123456.789));
        assertEquals("1e+21", Numbers.format(1e21));
        assertEquals("1.5e-8", Numbers.format(1.5e-8));
        assertEquals("0.0000001", Numbers.format(1e-7));
        assertEquals("100000000000000000000", Numbers.format(1e20));
        assertEquals("1.7976931348623157e+308", Numbers.format(Double.MAX_VALUE));
        assertEquals("5e-324", Numbers.format(Double.MIN_VALUE));
        assertEquals("282879384806159000", Numbers.format(2.82879384806159E17));
        for (double v : new double[] {Math.PI, Math.E, 1e-300, 6.02214076e23, -1.0 / 7, 9007199254740993.0}) {
            assertEquals(v, Double.parseDouble(Numbers.format(v)), 0.0);
        }
    }

    @Test
    void utf8InAndOut() {
        assertOut("θ^3\n", run("simplify", "θ^2*θ"));
        Result r = runWithBytes("θ*θ\nπ*0 + α\n".getBytes(StandardCharsets.UTF_8), "simplify", "--batch");
        assertOut("θ^2\nα\n", r);
        assertOut("6\n", run("eval", "θ*2", "--at", "θ=3"));
    }

    @Test
    void jsonIsValid() {
        Map<String, Object> s = JsonCheck.object(single(run("simplify", "2^3^2", "--format", "json")));
        assertEquals("simplify", s.get("command"));
        assertEquals("2^3^2", s.get("input"));
        assertEquals("512", s.get("result"));
        Map<String, Object> e = JsonCheck.object(single(run("eval", "x/y", "--at", "x=1,y=3", "--format", "json")));
        assertEquals(1.0 / 3, (Double) e.get("value"), 0.0);
        assertEquals(Map.of("x", 1.0, "y", 3.0), e.get("at"));
        Map<String, Object> d = JsonCheck.object(single(run("5", "--format", "json")));
        assertEquals("0", d.get("result"));
        assertEquals("θ", JsonCheck.object(single(run("simplify", "θ", "--format", "json"))).get("result"));
        Result bad = runWithInput("a\"b\\\u0001\n", "simplify", "--batch", "--format", "json");
        assertEquals("a\"b\\\u0001", JsonCheck.object(single(bad)).get("input"));
    }

    @Test
    void jsonBatchErrorsAreObjectsToo() {
        Result r = runWithInput("x*x\n3*x^2)\n\n", "simplify", "--batch", "--format", "json");
        assertEquals(0, r.exit());
        List<String> lines = r.outLines();
        assertEquals(3, lines.size(), r.out());
        assertEquals("x^2", JsonCheck.object(lines.get(0)).get("result"));
        Map<String, Object> bad = JsonCheck.object(lines.get(1));
        assertEquals("unexpected ')' at column 6", bad.get("error"));
        assertEquals(6.0, bad.get("column"));
        assertEquals(2.0, bad.get("status"));
        assertEquals("3*x^2)", bad.get("input"));
        assertEquals("empty expression at column 1", JsonCheck.object(lines.get(2)).get("error"));
    }

    @Test
    void jsonQuoting() {
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", Json.quote("a\"b\\c\n\u0001"));
        assertEquals("a\"b\\c\n\u0001", JsonCheck.parse(Json.quote("a\"b\\c\n\u0001")));
        assertEquals("\"\\ud800\"", Json.quote("\ud800"));
    }

    @Test
    void batchTenThousandMixedLinesInOrder() {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            switch (i % 5) {
                case 0: in.append(i).append("*x\n"); break;
                case 1: in.append(i).append("*x)\n"); break;     // syntax error
                case 2: in.append("\n"); break;                  // empty line
                case 3: in.append("y + ").append(i).append("\n"); break; // no value for y
                default: in.append("-x^2 + ").append(i).append("\r\n"); break; // CRLF
            }
        }
        Result r = runWithInput(in.toString(), "eval", "--batch", "--at", "x=2");
        assertEquals(0, r.exit());
        assertEquals("", r.err());
        List<String> lines = r.outLines();
        assertEquals(10_000, lines.size());
        for (int i = 0; i < 10_000; i++) {
            String line = lines.get(i);
            switch (i % 5) {
                case 0: assertEquals(Integer.toString(2 * i), line); break;
                case 1: assertEquals("error: unexpected ')' at column " + (Integer.toString(i).length() + 3), line); break;
                case 2: assertEquals("error: empty expression at column 1", line); break;
                case 3: assertEquals("error: no value given for variable 'y'", line); break;
                default: assertEquals(Integer.toString(i - 4), line); break;
            }
        }
    }

    @Test
    void batchSurvivesHostileLines() {
        String deep = "(".repeat(30_000) + "x" + ")".repeat(30_000);
        String in = "x\n" + deep + "\n" + "2^2^2^2^2^2\n" + "x)\n" + "x*x\n";
        Result r = runWithInput(in, "simplify", "--batch");
        List<String> lines = r.outLines();
        assertEquals(5, lines.size(), r.out());
        assertEquals("x", lines.get(0));
        assertTrue(lines.get(1).startsWith("error: ") && lines.get(1).contains("limit"), lines.get(1));
        assertEquals("x^2", lines.get(4));
    }

    @Test
    void batchWithoutInputPrintsNothing() {
        assertOut("", runWithInput("", "--batch"));
        assertOut("", runWithInput("", "eval", "--batch", "--at", "x=1"));
    }

    @Test
    void byteOrderMarkIsIgnored() {
        assertOut("x^2\n", runWithInput("\uFEFFx*x\n", "simplify", "--batch"));
    }

    @Test
    void everyThrowableBecomesOneLineWithAnExitCode() {
        Failure soe = Failure.of(new StackOverflowError());
        assertEquals(2, soe.exitCode);
        assertTrue(soe.message.contains("nested too deeply"), soe.message);
        Failure oom = Failure.of(new OutOfMemoryError("Java heap space"));
        assertEquals(2, oom.exitCode);
        assertTrue(oom.message.startsWith("out of memory"), oom.message);
        Failure npe = Failure.of(new NullPointerException("boom\nsecond line"));
        assertEquals(2, npe.exitCode);
        assertTrue(npe.message.startsWith("internal error") && !npe.message.contains("\n"), npe.message);
        assertEquals(3, Failure.of(new dev.deriv.MathException("division by zero")).exitCode);
        assertEquals(2, Failure.of(new dev.deriv.LimitException("too big (limit: 1)")).exitCode);
        assertEquals(3, Failure.of(new ArithmeticException("BigInteger divide by zero")).exitCode);
        assertEquals(2, Failure.of(new ArithmeticException("BigInteger would overflow supported range")).exitCode);
    }

    @Test
    void atValuesMayContainCommasInsideParentheses() {
        assertEquals(List.of("x=log(8, 2)", "y=1"), Point.splitTopLevel("x=log(8, 2),y=1"));
    }

    @Test
    void formatLatexForNumbers() {
        assertEquals("1.5 \\cdot 10^{21}", Numbers.latex(1.5e21));
        assertEquals("1 \\cdot 10^{-8}", Numbers.latex(1e-8));
        assertOut("12\n", run("eval", "2x(x+1)", "--at", "x=2", "--format", "latex"));
    }

    @Test
    void commonOptionsMayComeBeforeTheCommand() {
        assertOut("{\"command\":\"simplify\",\"input\":\"x\",\"result\":\"x\",\"latex\":\"x\"}\n",
                run("--format", "json", "simplify", "x"));
    }

    // ---- differentiation ----------------------------------------------------------------------

    @Test
    void derivativeOfTheOnlyVariable() {
        assertOut("6*x - 4\n", run("3*x^2-4*x"));
        assertOut("2\n", run("3*x^2-4*x", "--at", "x=1"));
        assertOut("6*x - 4\n", run("3*x^2-4*x", "--wrt", "x"));
        assertOut("-2*x\n", run("-x^2"));
        assertOut("6\n", run("x^3", "--order", "3"));
        assertOut("-2\n", run("x^2*y + y^3", "--wrt", "x", "--at", "x=-1,y=1"));
    }

    @Test
    void gradientAndHessian() {
        String f = "(u+v)^2";
        String u = "((a+b)^2)";
        String v = "((a-b)^2)";
        String a = "((w+x+y+z)^2)";
        String b = "((w+x-y-z)^2)";
        String full = f.replace("u", u).replace("v", v).replace("a", a).replace("b", b);
        Result r = run("grad", full, "--at", "w=-1,x=0,y=-2,z=1");
        assertOut("w: -4096\nx: -4096\ny: -4096\nz: -4096\n", r);
        Result g = run("grad", "ln(exp(x) + exp(y))", "--at", "x=0,y=ln(2)");
        assertOut("x: 0.3333333333333333\ny: 0.6666666666666666\n", g);
        assertOut("[2*y, 2*x]\n[2*x, 6*y]\n", run("hessian", "x^2*y + y^3"));
        assertOut("[4, 2]\n[2, 12]\n", run("hessian", "x^2*y + y^3", "--at", "x=1,y=2"));
        Map<String, Object> json = JsonCheck.object(single(run("grad", "x^2*y", "--format", "json")));
        assertEquals(List.of("x", "y"), json.get("variables"));
    }

    @Test
    void derivativeBatch() {
        Result r = runWithInput("3*x^2-4*x\nx*y\n3*x)\nx^3\n", "--batch");
        assertOut("6*x - 4\nerror: the expression has 2 variables (x, y): say which one with --wrt, e.g. --wrt x\n"
                + "error: unexpected ')' at column 4\n3*x^2\n", r);
        Result w = runWithInput("x*y\ny^2\n", "--batch", "--wrt", "y");
        assertOut("x\n2*y\n", w);
        Map<String, Object> json = JsonCheck.object(single(run("3*x^2-4*x", "--format", "json", "--at", "x=1")));
        assertEquals("6*x - 4", json.get("result"));
        assertEquals(2.0, json.get("value"));
        assertEquals("x", json.get("wrt"));
    }

    private static String single(Result r) {
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, r.outLines().size(), r.out());
        return r.outLines().get(0);
    }

    @Test
    void controlCharactersOfTheInputAreEscapedInMessages() {
        // ESC [ 2 J echoed raw clears the terminal
        CliRunner.Result r = run("simplify", "x\u001b[2J");
        assertEquals(2, r.exit());
        assertEquals("error: unknown character '\\u001b' at column 2\n  x\\u001b[2J\n   ^\n", r.err());
        CliRunner.Result usage = run("--wrt", "x\u009b1m", "x^2");
        assertTrue(usage.err().contains("\\u009b1m") && usage.err().chars().noneMatch(c -> c == 0x9b || c == 0x1b),
                usage.err());
        CliRunner.Result batch = runWithInput("x\u0007\n", "simplify", "--batch");
        assertEquals("error: unknown character '\\u0007' at column 2\n", batch.out());
    }
}
