package dev.deriv.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Expr;
import dev.deriv.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every class of syntax error gives one line that says what is wrong, with the
 * 1-based column of the place (SPEC section 1), and never a stack trace.
 */
class SyntaxErrorTest {

    private static ParseException error(String input) {
        return assertThrows(ParseException.class, () -> Parser.parse(input), () -> "'" + input + "' should not parse");
    }

    @ParameterizedTest(name = "[{0}] at column {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # unbalanced parentheses
            (x+1              | unexpected end of input | 5
            ((x+1)            | unexpected end of input | 7
            x+1)              | unexpected ')'          | 4
            sin(x))           | unexpected ')'          | 7
            3*x^2)            | unexpected ')'          | 6
            )(                | unexpected ')'          | 1
            (()               | unexpected ')'          | 3
            cos(              | unexpected end of input | 5
            (x+1]             | unexpected ']'          | 5
            # dangling operators
            x -               | unexpected end of input | 4
            x +               | unexpected end of input | 4
            2**               | unexpected end of input | 4
            x^                | unexpected end of input | 3
            *x                | unexpected '*'          | 1
            /                 | unexpected '/'          | 1
            x*/y              | unexpected '/'          | 3
            x^*2              | unexpected '*'          | 3
            tan(x) +* 1       | unexpected '*'          | 9
            x + (* y)         | unexpected '*'          | 6
            -                 | unexpected end of input | 2
            x,y               | unexpected ','          | 2
            # empty calls and parentheses
            sin()             | sin() takes 1 argument, got 0 | 5
            log()             | log() takes 1 or 2 arguments, got 0 | 5
            x + cos( )        | cos() takes 1 argument, got 0 | 10
            ()                | unexpected ')'          | 2
            2*()              | unexpected ')'          | 4
            log(x,)           | unexpected ')'          | 7
            sin(,x)           | unexpected ','          | 5
            # unknown characters
            x ! 2             | unknown character '!'   | 3
            x$                | unknown character '$'   | 2
            3 # 4             | unknown character '#'   | 3
            x & y             | unknown character '&'   | 3
            "2;"              | unknown character ';'   | 2
            # names
            sinn(x)           | unknown function 'sinn' (did you mean sin?) | 1
            x + tann(x)       | unknown function 'tann' (did you mean tan?) | 5
            """)
    void errorClass(String input, String message, int column) {
        ParseException e = error(input);
        assertEquals(message + " at column " + column, e.getMessage());
        assertEquals(column, e.column());
    }

    @Test
    void emptyInput() {
        for (String blank : new String[] {"", " ", "   ", "\t"}) {
            ParseException e = error(blank);
            assertEquals("empty expression at column 1", e.getMessage());
        }
    }

    @Test
    void caretPointsAtTheColumn() {
        // SPEC section 1: error: unexpected ')' at column 6 / 3*x^2) / caret under the ')'
        ParseException e = error("3*x^2)");
        assertEquals("unexpected ')' at column 6\n  3*x^2)\n       ^", e.withCaret());
        e = error("x ! 2");
        String[] lines = e.withCaret().split("\n");
        assertEquals(3, lines.length);
        assertEquals("!", lines[1].substring(lines[2].indexOf('^'), lines[2].indexOf('^') + 1));
    }

    @Test
    void messageIsOneLineWithoutStackTrace() {
        ParseException e = error("tan(x) +* 1");
        assertFalse(e.getMessage().contains("\n"));
        assertEquals(0, e.getStackTrace().length, "a user error needs no stack trace");
        assertTrue(e.getMessage().startsWith("unexpected"));
    }

    @Test
    void facadeThrowsTheSameException() {
        ParseException e = assertThrows(ParseException.class, () -> Expr.parse("3*x^2)"));
        assertEquals(6, e.column());
        assertEquals("3*x^2)", e.input());
    }

    @Test
    void firstErrorWins() {
        assertEquals(4, error("x *) + (").column());
        assertEquals(2, error("x!!").column());
    }
}
