package dev.deriv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Engine;
import dev.deriv.Notation;
import dev.deriv.check.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How check and the other commands show what they read (issue 17). */
class ReadingCommandsTest {
    private static final Engine ENGINE = Engine.standard();

    private static TeachingCommands.Result check(String expression, String answer, String wrt) {
        return TeachingCommands.check(ENGINE, expression, answer, wrt, null, Notation.AUTO, false);
    }

    @Test
    void aStudentsProductWrittenAsOneNameIsSaid() {
        TeachingCommands.Result r = check("x^2*y", "2xy", "x");
        assertEquals(1, r.exitCode());
        List<String> lines = List.of(r.text().split("\n"));
        assertEquals("answer read as: 2*xy", lines.get(0));
        assertEquals("note: 'xy' is one variable (write x*y for a product)", lines.get(1));
        assertTrue(lines.get(2).startsWith("incorrect"), r.text());
    }

    @Test
    void plainAnswersAreNotEchoed() {
        assertEquals("correct", check("x^2*y", "2x*y", "x").text());
        assertEquals("correct", check("x^3", "3x^2", null).text());
    }

    @Test
    void theDerivativeVariableComesFromDdx() {
        assertEquals(0, check("d/dt t^2*x", "2t x", null).exitCode());
        assertThrows(UsageException.class, () -> check("d/dt t^2", "2t", "x"));
        InputException e = assertThrows(InputException.class, () -> check("xy", "y", "x"));
        assertEquals("x does not occur in the expression: 'xy' is one variable (write x*y for a product)", e.getMessage());
    }

    @Test
    void theReadingIsShownLikeTheExpressionItWas() {
        assertEquals("d/dx (x^3)", Readings.shown(ENGINE, Readings.read(ENGINE, "d/dx x^3", Notation.AUTO)));
        assertEquals("d/dx x", Readings.shown(ENGINE, Readings.read(ENGINE, "\\frac{d}{dx} x", Notation.AUTO)));
        assertEquals("x^2", Readings.shown(ENGINE, Readings.read(ENGINE, "f(x) = x^2", Notation.AUTO)));
        assertEquals(Notation.LATEX, Readings.notation(" LaTeX "));
        assertThrows(UsageException.class, () -> Readings.notation("html"));
    }
}
