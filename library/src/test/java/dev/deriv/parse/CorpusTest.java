package dev.deriv.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.ParseException;
import dev.deriv.expr.Node;
import dev.deriv.print.InfixPrinter;
import dev.deriv.print.LatexPrinter;
import dev.deriv.testing.TsvCorpus;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cases of test-expressions/parse.tsv (its header comment describes the format). */
class CorpusTest {
    static final Path CORPUS = Path.of("test-expressions", "parse.tsv");
    private static final String ERROR = "error: ";

    static List<Arguments> cases() {
        return TsvCorpus.rows(CORPUS, "# input\texpected\tnotes", 3).stream()
                .map(r -> Arguments.of(r.line(), r.field(0), r.field(1))).collect(Collectors.toList());
    }

    @Test
    void corpusIsBigEnough() {
        List<Arguments> all = cases();
        assertTrue(all.size() >= 80, "only " + all.size() + " cases");
        long errors = all.stream().filter(a -> ((String) a.get()[2]).startsWith(ERROR)).count();
        assertTrue(errors >= 20 && all.size() - errors >= 60, "errors: " + errors + " of " + all.size());
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @MethodSource("cases")
    void parsesAsExpected(int line, String input, String expected) {
        if (expected.startsWith(ERROR)) {
            ParseException e = assertThrows(ParseException.class, () -> Parser.parse(input),
                    () -> "line " + line + " should be an error");
            String prefix = expected.substring(ERROR.length());
            assertTrue(e.getMessage().startsWith(prefix),
                    () -> "line " + line + ": expected a message starting with <" + prefix + "> but was <"
                            + e.getMessage() + ">");
            return;
        }
        Node node = Parser.parse(input);
        assertEquals(expected, InfixPrinter.print(node), () -> "line " + line);
        // the expected text is canonical output itself: it parses back to the same expression
        assertEquals(node, Parser.parse(expected), () -> "line " + line + ": expected text does not round-trip");
        assertTrue(!LatexPrinter.print(node).isEmpty());
    }
}
