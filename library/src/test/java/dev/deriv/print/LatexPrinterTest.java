package dev.deriv.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.deriv.Expr;
import dev.deriv.expr.Function;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.parse.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatexPrinterTest {

    private static String tex(String input) {
        return LatexPrinter.print(Parser.parse(input));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            x/y                  | \\frac{x}{y}
            1/x                  | \\frac{1}{x}
            3/2                  | \\frac{3}{2}
            -3/2                 | -\\frac{3}{2}
            x/2                  | \\frac{x}{2}
            -x/2                 | -\\frac{x}{2}
            2*x/3                | \\frac{2x}{3}
            -1/x^2               | -\\frac{1}{x^{2}}
            (x + 1)/(x - 1)      | \\frac{x + 1}{x - 1}
            x/(2*(x+y))          | \\frac{x}{2x + 2y}
            x/(2*y*(x+y))        | \\frac{x}{2y \\left(x + y\\right)}
            sqrt(x)              | \\sqrt{x}
            sqrt(x + 1)          | \\sqrt{x + 1}
            1/sqrt(x)            | \\frac{1}{\\sqrt{x}}
            x^(1/3)              | \\sqrt[3]{x}
            x^(1/5)              | \\sqrt[5]{x}
            2*sqrt(2)            | 2\\sqrt{2}
            x^(2/3)              | x^{\\frac{2}{3}}
            sin(x)               | \\sin\\left(x\\right)
            cos(x)               | \\cos\\left(x\\right)
            tan(x)               | \\tan\\left(x\\right)
            cot(x)               | \\cot\\left(x\\right)
            sec(x)               | \\sec\\left(x\\right)
            csc(x)               | \\csc\\left(x\\right)
            asin(x)              | \\arcsin\\left(x\\right)
            acos(x)              | \\arccos\\left(x\\right)
            atan(x)              | \\arctan\\left(x\\right)
            sinh(x)              | \\sinh\\left(x\\right)
            cosh(x)              | \\cosh\\left(x\\right)
            tanh(x)              | \\tanh\\left(x\\right)
            ln(x)                | \\ln\\left(x\\right)
            log(x, 2)            | \\frac{\\ln\\left(x\\right)}{\\ln\\left(2\\right)}
            exp(x)               | e^{x}
            exp(-x^2)            | e^{-x^{2}}
            pi                   | \\pi
            2*pi*x               | 2\\pi x
            e                    | e
            x^2                  | x^{2}
            x^y^z                | x^{y^{z}}
            (x^y)^z              | \\left(x^{y}\\right)^{z}
            x^(y + 1)            | x^{y + 1}
            (x + 1)^2            | \\left(x + 1\\right)^{2}
            (-2)^x               | \\left(-2\\right)^{x}
            (2/3)^x              | \\left(\\frac{2}{3}\\right)^{x}
            sqrt(x)^y            | \\left(\\sqrt{x}\\right)^{y}
            sin(x)^2             | \\sin\\left(x\\right)^{2}
            3x                   | 3x
            2 sin(x)             | 2\\sin\\left(x\\right)
            x*y*z                | x y z
            x*sin(x)             | x \\sin\\left(x\\right)
            (x+1)(x-1)           | \\left(x - 1\\right) \\left(x + 1\\right)
            3*2^x                | 3 \\cdot 2^{x}
            x*2^x                | 2^{x} x
            x*2^x*3^x            | 2^{x} \\cdot 3^{x} x
            sqrt(2)*sqrt(3)      | \\sqrt{2} \\sqrt{3}
            6*x - 4              | 6x - 4
            -x - 1               | -x - 1
            1 - x^2              | 1 - x^{2}
            x - 1/x              | x - \\frac{1}{x}
            -(x+y)/x             | -\\frac{x + y}{x}
            θ^2                  | \\theta^{2}
            theta + alpha        | \\alpha + \\theta
            x_2 + w1             | w_{1} + x_{2}
            xy                   | \\mathit{xy}
            x_max                | x_{\\mathit{max}}
            """)
    void layout(String input, String expected) {
        assertEquals(expected, tex(input));
    }

    @Test
    void absoluteValueBars() {
        assertEquals("\\left|x\\right|", tex("abs(x)"));
        assertEquals("\\left|x - 1\\right|^{2}", tex("abs(x - 1)^2"));
    }

    @Test
    void definedFunctionsUseOperatorname() {
        Function sigmoid = Function.defined("sigmoid", Nodes.var("t"), Nodes.var("t"));
        Node n = Nodes.rawCall(sigmoid, Nodes.var("x"));
        assertEquals("\\operatorname{sigmoid}\\left(x\\right)", LatexPrinter.print(n));
    }

    @Test
    void facadeUsesTheLatexPrinter() {
        assertEquals("\\frac{\\sin\\left(x\\right)}{x}", Expr.parse("sin(x)/x").toLatex());
    }

    @Test
    void balanceCheckerCatchesMistakes() {
        // the checker used by RoundTripProperties.latexIsWellFormed
        assertNull(RoundTripProperties.unbalanced("\\frac{1}{\\left(x\\right)}"));
        assertNotNull(RoundTripProperties.unbalanced("\\frac{1}{x"));
        assertNotNull(RoundTripProperties.unbalanced("\\left(x\\right|"));
        assertNotNull(RoundTripProperties.unbalanced("x}{"));
        assertNotNull(RoundTripProperties.unbalanced("(x)"));
    }
}
