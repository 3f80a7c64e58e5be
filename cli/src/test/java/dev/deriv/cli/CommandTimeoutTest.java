package dev.deriv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, "Hangs": single commands had no time budget ({@code '1/(1+x^2)' --order 1000}
 * and the simplification of a sum of 1/p over the primes ran for minutes). Every command
 * now runs within --timeout (default the --batch line budget) and says which limit it hit.
 */
class CommandTimeoutTest {
    private static final Duration AT_MOST = Duration.ofSeconds(30);

    @Test
    void aHighOrderStopsAtTheDeadline() {
        CliRunner.Result r = assertTimeoutPreemptively(AT_MOST,
                () -> CliRunner.run("1/(1+x^2)", "--order", "1000", "--timeout", "0.5"));
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals("error: the command took longer than its time limit of 500 ms (raise it with --timeout SECONDS)\n",
                r.err());
    }

    @Test
    void aLongSimplificationStopsAtTheDeadline() {
        // the derivative of a sum of 60 products, each simplified on its own, takes seconds
        // (1/2 + 1/3 + 1/5 + ... over the primes below 69,000 did, before exact sums were made fast)
        String sum = IntStream.rangeClosed(1, 60)
                .mapToObj(k -> String.format("(x+%1$d)^3*(x-%1$d)^2*exp(%1$d*x)", k)).collect(Collectors.joining("+"));
        CliRunner.Result r = assertTimeoutPreemptively(AT_MOST, () -> CliRunner.run(sum, "--timeout", "1"));
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("time limit of 1000 ms (raise it with --timeout SECONDS)"), r.err());
    }

    @Test
    void everyCommandTakesTheOption() {
        for (List<String> args : List.of(List.of("x^2"), List.of("simplify", "x+x"), List.of("eval", "2+2"),
                List.of("grad", "x*y"), List.of("hessian", "x*y"), List.of("check", "x^2", "--answer", "2*x"),
                List.of("limit", "x^2", "--at", "x=1"), List.of("minimize", "(x-1)^2", "--from", "x=0"))) {
            String[] withTimeout = java.util.stream.Stream.concat(args.stream(), java.util.stream.Stream.of("--timeout", "20"))
                    .toArray(String[]::new);
            CliRunner.Result r = CliRunner.run(withTimeout);
            assertEquals(0, r.exit(), args + ": " + r.err());
        }
    }

    @Test
    void aBadTimeoutIsAUsageError() {
        for (String bad : List.of("abc", "0", "-1", "1e9", "")) {
            CliRunner.Result r = CliRunner.run("x^2", "--timeout=" + bad);
            assertEquals(2, r.exit(), bad);
            assertTrue(r.err().startsWith("error: --timeout must be a number of seconds"), r.err());
        }
    }

    @Test
    void withBatchTheTimeoutIsPerLine() {
        CliRunner.Result r = assertTimeoutPreemptively(AT_MOST,
                () -> CliRunner.runWithInput("x^3\n1/(1+x^2)\n", "--batch", "--order", "1000", "--timeout", "0.5"));
        List<String> lines = r.outLines();
        assertEquals(2, lines.size(), r.out());
        assertEquals("error: the line took longer than its time limit of 500 ms (raise it with --timeout SECONDS)",
                lines.get(1));
    }
}
