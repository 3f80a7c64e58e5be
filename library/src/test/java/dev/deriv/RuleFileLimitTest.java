package dev.deriv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.LimitException;
import dev.deriv.expr.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule files: at most {@link Limits#MAX_RULE_FILE_BYTES}, a byte-order mark skipped, no one-letter function names. */
class RuleFileLimitTest {

    @Test
    void aRuleFileOverTheLimitIsRefusedBeforeItIsParsed(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.rules");
        Files.write(big, "#".repeat(Limits.MAX_RULE_FILE_BYTES + 1).getBytes());
        LimitException e = assertThrows(LimitException.class, () -> Engine.standard().withRules(big));
        assertTrue(e.getMessage().endsWith("(limit: " + Limits.MAX_RULE_FILE_BYTES + " bytes)"), e.getMessage());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheRules() {
        Engine e = Engine.standard().withRules("bom.rules", "\uFEFF[derivatives]\ndefine sq(u) = u^2\n");
        assertEquals("2*x", e.parse("sq(x)").diff("x").toString());
    }

    @Test
    void aOneLetterFunctionNameIsRefusedNotLeftToBreakEveryLaterVariable() {
        for (String name : new String[] {"x", "θ", "e", "pi"}) {
            dev.deriv.RuleFileException e = assertThrows(dev.deriv.RuleFileException.class,
                    () -> Engine.standard().withRules("one.rules", "[derivatives]\ndefine " + name + "(u) = u\n"));
            assertEquals("one.rules:2: '" + name + "' cannot name a function: " + name + "(...) reads as the product "
                    + name + "*(...); give the function a name of two letters or more", e.getMessage());
        }
        assertEquals("1", Engine.standard().withRules("two.rules", "[derivatives]\ndefine xx(u) = u\n")
                .parse("x").diff("x").toString());
    }
}
