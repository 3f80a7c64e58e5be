package dev.deriv.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.ParseException;
import dev.deriv.expr.Node;
import dev.deriv.print.InfixPrinter;
import dev.deriv.print.LatexPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cases of test-expressions/parse.tsv (its header comment describes the format). */
class CorpusTest {
    static final Path CORPUS = Path.of("test-expressions", "parse.tsv");
    private static final String ERROR = "error: ";

    static List<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
        assertEquals("# input\texpected\tnotes", lines.get(0), "column header of " + CORPUS);
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            if (line.startsWith("#") || line.isEmpty()) continue;
            String[] fields = line.split("\t", -1);
            assertEquals(3, fields.length, CORPUS + ":" + lineNumber + " needs 3 tab-separated fields");
            out.add(Arguments.of(lineNumber, fields[0], fields[1]));
        }
        return out;
    }

    @Test
    void corpusIsBigEnough() throws IOException {
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
