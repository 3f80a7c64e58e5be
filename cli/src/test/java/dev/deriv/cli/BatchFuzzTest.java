package dev.deriv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzz target for the {@code --batch} line handler: whatever bytes arrive on
 * standard input, under whichever command, the batch answers every line, in
 * order, exits 0, writes nothing to standard error, and never reports an
 * internal error (an exception that is not one of the documented ones).
 *
 * <p>In {@code mvn verify} this runs once per file of the seed corpus
 * ({@code src/test/resources/dev/deriv/cli/BatchFuzzTestInputs/batchLines/}); to fuzz
 * (README, "Fuzzing"): {@code JAZZER_FUZZ=1 mvn -B test -Dtest=BatchFuzzTest -Djazzer.max_duration=5m}.
 */
class BatchFuzzTest {
    private static final List<List<String>> COMMANDS = List.of(
            List.of("--batch"), List.of("simplify", "--batch"), List.of("eval", "--batch", "--at", "x=1,y=2,z=-0.5"),
            List.of("grad", "--batch", "--vars", "x,y"), List.of("--batch", "--wrt", "x", "--order", "3"),
            List.of("--batch", "--format", "json"), List.of("--batch", "--format", "latex"),
            List.of("hessian", "--batch", "--vars", "x,y"), List.of("--batch", "--wrt", "y", "--at", "y=0"));

    private static String previous;

    @BeforeAll
    static void shortBudget() {
        previous = System.getProperty("deriv.requestMillis");
        System.setProperty("deriv.requestMillis", "3000"); // a line that would run on is an error line, not a hang
    }

    @AfterAll
    static void restore() {
        if (previous == null) System.clearProperty("deriv.requestMillis");
        else System.setProperty("deriv.requestMillis", previous);
    }

    @FuzzTest(maxDuration = "30s")
    void batchLines(FuzzedDataProvider data) {
        List<String> args = COMMANDS.get(data.consumeInt(0, COMMANDS.size() - 1));
        byte[] input = data.consumeRemainingAsBytes();
        CliRunner.Result r = CliRunner.runWithBytes(input, args.toArray(new String[0]));
        String text = new String(input, StandardCharsets.UTF_8);
        assertEquals(0, r.exit(), () -> "exit " + r.exit() + " " + r.err());
        assertEquals("", r.err());
        assertEquals(lines(text), r.outLines().size(), () -> "one answer per line: " + r.out());
        for (String line : r.outLines()) {
            // the error line of an undocumented exception (the JSON answer echoes the input, escaped)
            assertFalse(line.startsWith("error: internal error") || line.contains("\"error\":\"internal error"), line);
        }
    }

    /** The lines of a batch: a line ends at LF (a CR is part of the line); a last line needs no end. */
    private static int lines(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
        return !text.isEmpty() && text.charAt(text.length() - 1) != '\n' ? n + 1 : n;
    }
}
