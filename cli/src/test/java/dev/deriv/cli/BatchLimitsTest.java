package dev.deriv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.expr.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits as a --batch user meets them: one error line for the line that hits one, and the batch goes on. */
class BatchLimitsTest {
    private static long millis(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void aOneMegabyteLineIsAnsweredInSeconds() {
        String line = "x" + "+x".repeat(199_999) + "\n"; // 400,000 characters, and about 1 MB with blanks:
        String spaced = "x" + " + x ".repeat(199_999) + "\n";
        CliRunner.Result[] r = new CliRunner.Result[1];
        long ms = millis(() -> r[0] = CliRunner.runWithInput(line + spaced + "x^2\n", "--batch"));
        assertEquals(List.of("200000", "200000", "2*x"), r[0].outLines());
        assertTrue(spaced.length() > 999_000);
        assertTrue(ms < 20_000, ms + " ms");
    }

    @Test
    void aLineOverItsTimeBudgetIsAnErrorLineAndTheBatchGoesOn() {
        String previous = System.getProperty("deriv.requestMillis");
        System.setProperty("deriv.requestMillis", "300");
        try {
            // a sum of 60 products, each simplified on its own: seconds (a 300-factor product no longer is)
            StringBuilder product = new StringBuilder("(x+1)^3*(x-1)^2*exp(x)");
            for (int i = 2; i <= 60; i++) product.append(String.format("+(x+%1$d)^3*(x-%1$d)^2*exp(%1$d*x)", i));
            CliRunner.Result[] r = new CliRunner.Result[1];
            long ms = millis(() -> r[0] = CliRunner.runWithInput("x^3\n" + product + "\nx^2\n", "--batch"));
            List<String> lines = r[0].outLines();
            assertEquals(3, lines.size(), r[0].out());
            assertEquals("3*x^2", lines.get(0));
            assertEquals("error: the line took longer than its time limit of 300 ms (raise it with --timeout SECONDS)", lines.get(1));
            assertEquals("2*x", lines.get(2));
            assertEquals(0, r[0].exit());
            assertTrue(ms < 5_000, ms + " ms");
        } finally {
            if (previous == null) System.clearProperty("deriv.requestMillis");
            else System.setProperty("deriv.requestMillis", previous);
        }
        assertEquals(Limits.REQUEST_MILLIS, Batch.requestMillis());
    }

    @Test
    void everyLimitIsNamedInItsErrorLine() {
        String in = String.join("\n",
                "(".repeat(Limits.MAX_NESTING_DEPTH + 1) + "x" + ")".repeat(Limits.MAX_NESTING_DEPTH + 1),
                "x" + "^x".repeat(Limits.MAX_NESTING_DEPTH + 1),
                "1e1000000000*x",
                "2^99999*3^60000*x",
                "x^2") + "\n";
        List<String> lines = CliRunner.runWithInput(in, "--batch").outLines();
        assertEquals(5, lines.size());
        for (int i = 0; i < 2; i++) {
            assertTrue(lines.get(i).startsWith("error: expression nested too deeply (limit: "
                    + Limits.MAX_NESTING_DEPTH), lines.get(i));
        }
        assertTrue(lines.get(2).startsWith("error: number too large (limit: " + Limits.MAX_INTEGER_BITS + " bits"),
                lines.get(2));
        assertTrue(lines.get(3).startsWith("error: number too large (limit: "), lines.get(3));
        assertEquals("2*x", lines.get(4));
    }

    @Test
    void aLoneCarriageReturnIsAnErrorForItsLineNotALineEnd() {
        CliRunner.Result r = CliRunner.runWithInput("x*x\rx+x\nx*x\r\nx+x\n", "simplify", "--batch");
        assertEquals(List.of("error: a carriage return (CR) inside the line: lines end at LF or CRLF, "
                + "so this line is refused as one expression", "x^2", "2*x"), r.outLines());
        assertEquals(0, r.exit());
    }

    @Test
    void aLineOverTheInputLimitIsAnErrorLineAndTheBatchGoesOn() {
        StringBuilder in = new StringBuilder("x^2\n");
        in.append("x+".repeat(Limits.MAX_INPUT_LENGTH / 2 + 1_000_000)).append("x\n"); // 2 MB over the limit
        in.append("x^3\n").append("x".repeat(Limits.MAX_INPUT_LENGTH + 5)).append("\n").append("x^4"); // no last LF
        CliRunner.Result[] r = new CliRunner.Result[1];
        long ms = millis(() -> r[0] = CliRunner.runWithInput(in.toString(), "--batch"));
        String tooLong = "error: input too long: the line has more than " + Limits.MAX_INPUT_LENGTH
                + " characters (limit: " + Limits.MAX_INPUT_LENGTH + "); the rest of the line was skipped";
        assertEquals(List.of("2*x", tooLong, "3*x^2", tooLong, "4*x^3"), r[0].outLines());
        assertEquals(0, r[0].exit());
        assertTrue(ms < 20_000, ms + " ms");
    }
}
