package dev.deriv.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Notation;
import dev.deriv.ParseException;
import dev.deriv.expr.Functions;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.print.InfixPrinter;
import dev.deriv.testing.TsvCorpus;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cases of test-expressions/reading.tsv: what students type, and what it must be read as
 * (issue 17). The intended reading is written in plain explicit syntax, which needs no reading
 * rule itself; input and reading must agree exactly when their canonical forms do, and else at
 * random points, as numbers.
 */
class ReadingCorpusTest {
    static final Path CORPUS = Path.of("test-expressions", "reading.tsv");
    private static final String ERROR = "error: ";
    private static final Parser PARSER = new Parser(Functions.builtin());

    static List<Arguments> cases() {
        return TsvCorpus.rows(CORPUS, "# input\treading\tnotes", 3).stream()
                .map(r -> Arguments.of(r.line(), r.field(0), r.field(1))).collect(Collectors.toList());
    }

    @Test
    void corpusIsBigEnough() {
        List<Arguments> all = cases();
        long errors = all.stream().filter(a -> ((String) a.get()[2]).startsWith(ERROR)).count();
        assertTrue(all.size() - errors >= 300 && errors >= 30, "readings: " + (all.size() - errors) + ", errors: " + errors);
    }

    @ParameterizedTest(name = "line {0}: {1}")
    @MethodSource("cases")
    void readsAsIntended(int line, String input, String expected) {
        if (expected.startsWith(ERROR)) {
            ParseException e = assertThrows(ParseException.class, () -> PARSER.read(input, Notation.AUTO),
                    () -> "line " + line + " should be an error");
            String prefix = expected.substring(ERROR.length());
            assertTrue(e.getMessage().startsWith(prefix),
                    () -> "line " + line + ": expected a message starting with <" + prefix + "> but was <" + e.getMessage() + ">");
            return;
        }
        Reading intended = PARSER.read(expected, Notation.PLAIN);
        // explicit syntax needs no reading rule; a name like xe next to x is only said (a note), as in the input
        boolean onlyOneNameNotes = !intended.notes().isEmpty()
                && intended.notes().stream().allMatch(n -> n.contains("is one variable"));
        assertFalse(intended.interpreted() && !onlyOneNameNotes,
                () -> "line " + line + ": the reading '" + expected + "' needs a reading rule itself");
        Node read = PARSER.read(input, Notation.AUTO).expression();
        if (read.equals(intended.expression())) return;
        assertNumericallyEqual(line, read, intended.expression());
    }

    private static void assertNumericallyEqual(int line, Node read, Node intended) {
        Set<Var> vars = new TreeSet<>((a, b) -> a.name().compareTo(b.name()));
        vars.addAll(Nodes.variables(read));
        vars.addAll(Nodes.variables(intended));
        Random random = new Random(line);
        int compared = 0;
        for (int attempt = 0; attempt < 40 && compared < 5; attempt++) {
            Map<Var, Double> point = new HashMap<>();
            for (Var v : vars) point.put(v, 0.1 + 0.8 * random.nextDouble()); // in (0.1, 0.9): inside asin's and ln's domains
            double a = Interpreter.eval(read, point);
            double b = Interpreter.eval(intended, point);
            if (!Double.isFinite(a) || !Double.isFinite(b)) continue;
            assertEquals(b, a, 1e-9 * Math.max(1, Math.abs(b)),
                    () -> "line " + line + " at " + point + ": read as " + InfixPrinter.print(read) + ", intended "
                            + InfixPrinter.print(intended));
            compared++;
        }
        assertTrue(compared >= 3, () -> "line " + line + ": too few points where both are defined");
    }

    @Test
    void plainInputRefusesLatex() {
        ParseException e = assertThrows(ParseException.class, () -> PARSER.read("\\frac{1}{x}", Notation.PLAIN));
        assertEquals("'\\frac' is LaTeX, and plain input was chosen at column 1", e.getMessage());
    }

    @Test
    void theReadingSaysWhatRuleShapedIt() {
        assertFalse(PARSER.read("3*x^2 - 4*x", Notation.AUTO).interpreted());
        assertFalse(PARSER.read("2x + 3(x+1)", Notation.AUTO).interpreted());
        assertTrue(PARSER.read("x^x(ln(x) + 1)", Notation.AUTO).interpreted());
        assertTrue(PARSER.read("sin x", Notation.AUTO).interpreted());
        assertTrue(PARSER.read("x^2", Notation.LATEX).interpreted());
        Reading inverse = PARSER.read("sin^-1 x", Notation.AUTO);
        assertEquals(List.of("sin^-1 is the inverse function asin, not 1/sin (write sin(x)^-1 for the reciprocal)"),
                inverse.notes());
        assertEquals("x", PARSER.read("d/dx x^3", Notation.AUTO).wrt());
        assertEquals("t", PARSER.read("\\frac{d}{dt} t^2", Notation.AUTO).wrt());
        assertEquals("t", PARSER.read("f(t) = t^2", Notation.AUTO).wrt());
        assertEquals(null, PARSER.read("y = x^2", Notation.AUTO).wrt());
    }

    @Test
    void functionsWithoutParenthesesNestWithinTheLimit() {
        int limit = dev.deriv.expr.Limits.MAX_NESTING_DEPTH;
        Node deep = PARSER.read("ln ".repeat(limit - 2) + "x", Notation.AUTO).expression(); // on the big stack
        assertEquals(PARSER.read("ln ".repeat(limit - 2) + "x", Notation.AUTO).expression(), deep);
        assertEquals(PARSER.read("ln(".repeat(5) + "x" + ")".repeat(5), Notation.AUTO).expression(),
                PARSER.read("ln ".repeat(5) + "x", Notation.AUTO).expression());
        ParseException e = assertThrows(ParseException.class,
                () -> PARSER.read("sin ".repeat(limit + 1) + "x", Notation.AUTO));
        assertTrue(e.getMessage().startsWith("expression nested too deeply"), e.getMessage());
        // a product of such calls stays shallow: each function closes the argument of the one before
        PARSER.read("sin x cos x ".repeat(limit), Notation.AUTO);
    }

    @Test
    void longBareFunctionProductsParseInLinearTime() {
        // the argument of sin x y y y ... is collected after parsing, not by grammar lookahead
        String text = "sin x" + " y".repeat(50_000) + " + cos x" + " |y|".repeat(20_000);
        long start = System.nanoTime();
        PARSER.read(text, Notation.AUTO);
        assertTrue(System.nanoTime() - start < 3_000_000_000L, "took " + (System.nanoTime() - start) / 1e6 + " ms");
    }
}
