package dev.deriv.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.deriv.Expr;
import dev.deriv.LimitException;
import dev.deriv.MathException;
import dev.deriv.ParseException;
import dev.deriv.expr.DeepStack;

/**
 * Fuzz target for the parser: any text either parses, and then prints to text
 * that parses back to the same expression (SPEC section 1), or is refused with
 * a documented error: a {@link ParseException} with a column inside the input
 * (or 0 for errors without a place), a {@link MathException} (1/0), or a
 * {@link LimitException} naming its limit. Anything else, or a hang, is a bug.
 *
 * <p>In {@code mvn verify} this runs once per file of the seed corpus
 * ({@code src/test/resources/dev/deriv/fuzz/ParserFuzzTestInputs/parse/}); to fuzz
 * (README, "Fuzzing"): {@code JAZZER_FUZZ=1 mvn -B test -Dtest=ParserFuzzTest -Djazzer.max_duration=5m}.
 */
class ParserFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void parse(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Expr e;
        try {
            e = Expr.parse(text);
        } catch (ParseException p) {
            assertTrue(p.column() >= 0 && p.column() <= text.length() + 1, p.getMessage());
            assertTrue(!p.getMessage().isEmpty() && !p.getMessage().contains("\n"), p.getMessage());
            return;
        } catch (MathException | LimitException expected) {
            assertTrue(expected.getMessage() != null && !expected.getMessage().isEmpty());
            return;
        }
        String printed = e.toString();
        Expr again;
        try {
            again = Expr.parse(printed);
        } catch (RuntimeException failed) {
            throw new AssertionError("'" + text + "' printed as '" + printed + "', which does not parse", failed);
        }
        assertTrue(DeepStack.call(() -> e.equals(again)), () -> text + " printed as " + printed);
        assertEquals(printed, again.toString());
    }
}
