package dev.deriv.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deriv.ParseException;
import dev.deriv.expr.Limits;
import org.junit.jupiter.api.Test;

/** Error positions, suggestions and the nesting count where tests elsewhere do not reach (mutation testing found them). */
class ParserEdgesTest {
    private static ParseException error(String text) {
        return assertThrows(ParseException.class, () -> Parser.parse(text));
    }

    @Test
    void columnsCountAcrossLines() {
        // the library takes several lines; a column counts from the start of the whole text
        assertEquals(5, error("x +\n* 2").column());
        assertEquals(9, error("x +\n2 +\n)").column());
        assertEquals("unknown character '#' at column 8", error("x\n+\ny +#").getMessage());
    }

    @Test
    void theFirstErrorIsReportedWhetherCharacterOrSyntax() {
        // the text is lexed whole before it is parsed; the error further left still wins
        assertEquals("unexpected ')' at column 3", error("3*)x#").getMessage());
        assertEquals("unknown character '#' at column 3", error("3*#x)").getMessage());
        assertEquals("unknown character '#' at column 2", error("x# + 1").getMessage());
        assertEquals("unknown character '#' at column 11", error("sinn(x) + #").getMessage());
        assertEquals("unknown function 'sinn' (did you mean sin?) at column 1", error("sinn(x#)").getMessage());
        assertEquals("unknown character '#' at column 1", error("#(((((((").getMessage());
    }

    @Test
    void suggestionsPreferANameTheTypedOneStartsWith() {
        assertEquals("unknown function 'logg' (did you mean log?) at column 1", error("logg(x)").getMessage());
        assertEquals("unknown function 'tanhh' (did you mean tanh?) at column 1", error("tanhh(x)").getMessage());
        assertEquals("unknown function 'sinhh' (did you mean sinh?) at column 1", error("sinhh(x)").getMessage());
        assertEquals("unknown function 'sqr' (did you mean sqrt?) at column 1", error("sqr(x)").getMessage());
        assertEquals("unknown function 'foobar' at column 1", error("foobar(x)").getMessage());
    }

    @Test
    void editDistance() {
        assertEquals(0, Suggestions.distance("sin", "sin"));
        assertEquals(3, Suggestions.distance("", "abc"));
        assertEquals(3, Suggestions.distance("abc", ""));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(2, Suggestions.distance("flaw", "lawn"));
        assertEquals(1, Suggestions.distance("sinn", "sin"));
        assertEquals(1, Suggestions.distance("cis", "sis"));
    }

    @Test
    void caretLinesForShortSingleLineInputsOnly() {
        String at200 = "x".repeat(198) + "+)";
        ParseException e = error(at200);
        assertEquals(200, e.column());
        assertEquals(3, e.withCaret().split("\n").length);
        ParseException longer = error("x".repeat(199) + "+)");
        assertEquals(longer.getMessage(), longer.withCaret());
        ParseException twoLines = error("x\n+)");
        assertEquals(twoLines.getMessage(), twoLines.withCaret());
        ParseException nowhere = new ParseException("something", "x", 0);
        assertEquals("something", nowhere.getMessage());
        assertEquals("something", nowhere.withCaret());
        assertEquals("something at column 1", new ParseException("something", "x", 1).getMessage());
    }

    @Test
    void anImplicitProductBeforeAParenthesisClosesTheExponent() {
        // 2^3 (...) is 2^3 * (...): each level adds one, not two, to the nesting
        int n = Limits.MAX_NESTING_DEPTH * 2 / 3;
        String text = "2^3(".repeat(n) + "x" + ")".repeat(n);
        assertEquals(Parser.parse("8^" + n + "*x"), Parser.parse(text));
        // and so is 2^x(...): the exponent is one operand, x, and (...) the next factor (issue 17)
        assertEquals(Parser.parse("(2^x)^" + n + "*x"), Parser.parse("2^x(".repeat(n) + "x" + ")".repeat(n)));
        // and a call after an operand too: x^2 sin(...) is x^2 * sin(...)
        String calls = "x^2 sin(".repeat(n) + "x" + ")".repeat(n);
        Parser.parse(calls);
        // while an exponent that is a parenthesis stays open: 2^(2^(...)) nests two levels a step
        assertEquals("expression nested too deeply", error("2^(".repeat(n) + "x" + ")".repeat(n)).getMessage().substring(0, 28));
    }
}
