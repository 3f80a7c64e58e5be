package dev.deriv.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deriv.Engine;
import dev.deriv.Notation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One table serves reading LaTeX and writing it: a Greek letter goes in and comes out by its name. */
class GreekLettersTest {

    @ParameterizedTest
    @CsvSource({
        "\\theta, θ, \\theta",
        "\\vartheta, ϑ, \\vartheta",
        "\\varphi, φ, \\phi",       // one letter, two names: written by the first
        "\\varsigma, ς, \\varsigma",
        "\\Upsilon, Υ, \\Upsilon",
        "\\omega, ω, \\omega",
    })
    void readAndWritten(String latex, String letter, String written) {
        var read = Engine.standard().parse(latex, Notation.LATEX);
        assertEquals(letter, read.toString());
        assertEquals(written, read.toLatex());
    }
}
