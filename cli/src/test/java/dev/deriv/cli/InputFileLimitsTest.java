package dev.deriv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.expr.Limits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule files and CSV files are read with bounds: an endless or huge file is an
 * error naming the limit, not an out-of-memory message; any readable file is
 * read (not only regular ones), and a byte-order mark is not an error.
 */
class InputFileLimitsTest {

    @Test
    void anEndlessRuleFileIsRefusedAtItsLimit() {
        CliRunner.Result r = CliRunner.run("simplify", "x", "--rules", "/dev/zero");
        assertEquals(2, r.exit());
        assertEquals("error: rule file /dev/zero is too large: more than " + Limits.MAX_RULE_FILE_BYTES
                + " bytes (limit: " + Limits.MAX_RULE_FILE_BYTES + " bytes)\n", r.err());
    }

    @Test
    void anEmptyNonRegularRuleFileIsReadAsNoRules() {
        CliRunner.Result r = CliRunner.run("simplify", "x*x", "--rules", "/dev/null");
        assertEquals("", r.err());
        assertEquals("x^2\n", r.out());
    }

    @Test
    void aByteOrderMarkStartingARuleFileIsSkipped(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("bom.rules");
        Files.writeString(rules, "\uFEFF[derivatives]\ndefine cube(u) = u^3\ncube: cube(u) => 3*u^2*D(u)\n",
                StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("--rules", rules.toString(), "cube(x)");
        assertEquals("", r.err());
        assertEquals("3*x^2\n", r.out());
    }

    @Test
    void anEndlessCsvFileIsRefusedAtItsLineLimit() {
        CliRunner.Result r = CliRunner.run("eval", "x", "--csv", "/dev/zero");
        assertEquals(2, r.exit());
        assertEquals("error: /dev/zero:1: line longer than " + Limits.MAX_CSV_LINE_LENGTH + " characters (limit: "
                + Limits.MAX_CSV_LINE_LENGTH + ")\n", r.err());
    }

    @Test
    void anOverLongCsvLineOnStandardInputNamesItsLine() {
        String in = "x\n1\n" + "2".repeat(Limits.MAX_CSV_LINE_LENGTH + 1) + "\n3\n";
        CliRunner.Result r = CliRunner.runWithInput(in, "eval", "x", "--csv", "-");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("error: <stdin>:3: line longer than " + Limits.MAX_CSV_LINE_LENGTH), r.err());
    }
}
