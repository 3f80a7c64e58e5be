package dev.deriv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.expr.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The printed-size bound as a user meets it: an answer that would print tens of
 * megabytes (the derivative of a 10 KB tower printed 50 MB) is an error naming
 * the limit, in every format, and a batch goes on after it.
 */
class PrintedSizeCliTest {
    private static final String LIMIT = "(limit: " + Limits.MAX_PRINTED_SIZE + " terms";
    private static final String TOWER = "x" + "^x".repeat(3_200);

    @Test
    void aDerivativeBeyondThePrintedSizeIsAnErrorInEveryFormat() {
        for (String format : List.of("infix", "latex", "json")) {
            CliRunner.Result r = CliRunner.run(TOWER, "--format", format);
            assertEquals(2, r.exit(), r.err());
            assertEquals("", r.out());
            assertTrue(r.err().startsWith("error: result too large to print: ") && r.err().contains(LIMIT), r.err());
        }
    }

    @Test
    void jsonCountsBothTheInfixAndTheLatexText() {
        // about 6.5 million terms: prints as infix, but JSON holds it twice
        String tower = "x" + "^x".repeat(1_800);
        CliRunner.Result json = CliRunner.run(tower, "--format", "json");
        assertEquals(2, json.exit(), json.err());
        assertTrue(json.err().contains(LIMIT), json.err());
    }

    @Test
    void inABatchTheLineIsAnErrorAndTheBatchGoesOn() {
        CliRunner.Result r = CliRunner.runWithInput(TOWER + "\nx^2\n", "--batch");
        List<String> lines = r.outLines();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("error: result too large to print: ") && lines.get(0).contains(LIMIT));
        assertEquals("2*x", lines.get(1));
    }

    @Test
    void aValueAtAPointIsNotBoundByThePrintedSizeOfTheDerivative() {
        CliRunner.Result r = CliRunner.run("x" + "^x".repeat(3_200), "--at", "x=1");
        assertEquals(0, r.exit(), r.err());
        assertEquals("1\n", r.out());
    }
}
