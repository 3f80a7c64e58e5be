package dev.deriv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Wherever the start-up fast path reads a command line, it reads it exactly as picocli does. */
class FastArgsTest {

    private static final String[] TOKENS = {
        "simplify", "eval", "grad", "hessian", "check", "x^2", "-x^2", "--x", "x", "-3^2", "y", "3",
        "--wrt", "--order", "--at", "x=1", "x=1,y=2", "--vars", "x,y", "--batch", "--steps", "--format", "json",
        "latex", "yaml", "--rules", "f.rules", "--", "-h", "-hx", "--help", "--version", "--at=x=2", "--format=json",
        "--wrt=y", "--order=2", "--answer", "2*x", "-", "--foo", "--batch=true", "@args", "-V", "--=", "x=-2", "-1",
        "minimize", "--from", "x=-1.2,y=1", "--max-iterations", "50", "--tolerance", "1e-8", "--csv", "p.csv",
        "--csv=-", "--from=x=1", "plot", "limit", "--tangent-at", "-o", "t.svg",
    };

    /** What picocli makes of the arguments: Options, "help", "version" or the usage error's message. */
    private static Object slow(String[] args) {
        try {
            ParseResult parsed = Cli.build().parseArgs(Cli.helpAlias(args));
            if (Cli.helpRequested(parsed) != null) return "help";
            if (Cli.versionRequested(parsed)) return "version";
            return Cli.options(parsed);
        } catch (CommandLine.ParameterException | UsageException e) {
            return "error: " + e.getMessage();
        }
    }

    private static String describe(Options o) {
        return o.command + "|" + o.expression + "|" + o.wrt + "|" + o.order + "|" + o.at + "|" + o.vars + "|"
                + o.answer + "|" + o.batch + "|" + o.steps + "|" + o.format + "|" + o.rules + "|" + o.csv + "|"
                + o.from + "|" + o.maxIterations + "|" + o.tolerance + "|" + o.limitRows + "|" + o.tangentAt + "|"
                + o.output;
    }

    private static void agree(String[] args) {
        Options fast;
        try {
            fast = FastArgs.parse(args);
        } catch (UsageException e) {
            Object slow = slow(args);
            if (!(slow instanceof String) || !((String) slow).startsWith("error: ")) {
                fail("fast path refused " + Arrays.toString(args) + " (" + e.getMessage() + "), picocli accepted");
            }
            return;
        }
        if (fast == null) return; // picocli reads it
        Object slow = slow(args);
        if (!(slow instanceof Options)) fail("fast path accepted " + Arrays.toString(args) + ", picocli: " + slow);
        assertEquals(describe((Options) slow), describe(fast), Arrays.toString(args));
    }

    @Test
    void commonCommandLinesTakeTheFastPath() {
        for (List<String> args : List.of(
                List.of("3*x^2-4*x"), List.of("-x^2"), List.of("x^2*y", "--wrt", "x", "--order", "2", "--at", "x=1,y=2"),
                List.of("simplify", "2^3^2"), List.of("eval", "-3^2"), List.of("eval", "2x(x+1)", "--at", "x=2"),
                List.of("grad", "x*y", "--vars", "y,x", "--format", "json"), List.of("--batch", "--wrt", "x"),
                List.of("simplify", "--batch"), List.of("eval", "--at", "x=1", "--", "-x"),
                List.of("minimize", "(1-x)^2 + 100*(y-x^2)^2", "--from", "x=-1.2,y=1"),
                List.of("minimize", "x^2", "--from", "x=3", "--max-iterations", "5", "--tolerance", "1e-3"),
                List.of("eval", "x*y", "--csv", "points.csv"), List.of("grad", "x*y", "--vars", "y,x", "--csv", "p.csv"))) {
            String[] a = args.toArray(new String[0]);
            assertNotNull(FastArgs.parse(a), args.toString());
            agree(a);
        }
    }

    @Test
    void helpVersionAndOdditiesGoToPicocli() {
        for (List<String> args : List.of(List.of("--help"), List.of("-h"), List.of("grad", "--help"),
                List.of("--version"), List.of("--format", "json", "simplify", "x"), List.of("x", "--vars", "x"),
                List.of("simplify", "x", "y"), List.of("--wrt"), List.of("x", "--wrt", "--at"),
                List.of("limit", "x", "--at", "x=1"), List.of("--rules", "f", "limit", "x", "--at", "x=1"),
                List.of("--rules", "plot", "x"), List.of("plot", "x", "-o", "t.svg"))) {
            assertNull(FastArgs.parse(args.toArray(new String[0])), args.toString());
        }
    }

    @Test
    void randomCommandLinesAgreeWithPicocli() {
        Random random = new Random(20_241_122);
        for (int n = 0; n < 5_000; n++) {
            String[] args = new String[random.nextInt(6)];
            for (int i = 0; i < args.length; i++) args[i] = TOKENS[random.nextInt(TOKENS.length)];
            agree(args);
        }
    }
}
