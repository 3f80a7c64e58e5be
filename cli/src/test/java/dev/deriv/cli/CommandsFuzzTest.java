package dev.deriv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Fuzz targets for the single commands a hostile user reaches first (issue 11):
 * {@code check} with two fuzzed expressions, the derivative and the value at a
 * fuzzed point ({@code --at}, evaluated exactly and in high precision), and a
 * fuzzed rule file ({@code --rules}). Whatever the input, each ends within the
 * command's deadline with a documented exit code; an error is one
 * {@code error:} line on standard error with nothing on standard output; and
 * no input ever produces an internal error.
 *
 * <p>In {@code mvn verify} each runs once per file of its seed corpus
 * ({@code src/test/resources/dev/deriv/cli/CommandsFuzzTestInputs/<target>/}); to fuzz
 * one (docs/testing.md): {@code JAZZER_FUZZ=1 mvn -B test -pl library,cli
 * -Dtest=CommandsFuzzTest#atPoints -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=5m}.
 */
class CommandsFuzzTest {
    private static final Set<Integer> DOCUMENTED = Set.of(0, 1, 2, 3);

    @FuzzTest(maxDuration = "30s")
    void check(FuzzedDataProvider data) {
        String expression = data.consumeString(200);
        String answer = data.consumeRemainingAsString();
        assertDocumented(CliRunner.run("check", expression, "--answer", answer));
    }

    @FuzzTest(maxDuration = "30s")
    void atPoints(FuzzedDataProvider data) {
        boolean value = data.consumeBoolean();
        String expression = data.consumeString(200);
        String point = data.consumeRemainingAsString();
        CliRunner.Result r = value
                ? CliRunner.run("eval", expression, "--at", "x=" + point)
                : CliRunner.run(expression, "--wrt", "x", "--at", "x=" + point);
        assertDocumented(r);
    }

    @FuzzTest(maxDuration = "30s")
    void ruleFiles(FuzzedDataProvider data) {
        String expression = data.consumeString(100);
        byte[] rules = data.consumeRemainingAsBytes();
        Path file = write(rules);
        try {
            assertDocumented(CliRunner.run("--rules", file.toString(), expression, "--wrt", "x"));
        } finally {
            delete(file);
        }
    }

    private static void assertDocumented(CliRunner.Result r) {
        assertTrue(DOCUMENTED.contains(r.exit()), () -> "exit " + r.exit() + ": " + r.err());
        // the message may echo the input (Jazzer soon learns to type "Exception"): look at its form
        assertFalse(r.err().startsWith("error: internal error"), r.err());
        assertFalse(r.err().contains("\n\tat "), r.err()); // a stack trace

        if (r.exit() >= 2) {
            assertEquals("", r.out(), r.err());
            assertTrue(r.err().startsWith("error: "), r.err());
        }
    }

    private static Path write(byte[] bytes) {
        try {
            Path file = Files.createTempFile("fuzz", ".rules");
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
