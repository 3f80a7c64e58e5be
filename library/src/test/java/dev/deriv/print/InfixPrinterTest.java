package dev.deriv.print;

import static dev.deriv.expr.Nodes.add;
import static dev.deriv.expr.Nodes.div;
import static dev.deriv.expr.Nodes.mul;
import static dev.deriv.expr.Nodes.neg;
import static dev.deriv.expr.Nodes.num;
import static dev.deriv.expr.Nodes.pow;
import static dev.deriv.expr.Nodes.sqrt;
import static dev.deriv.expr.Nodes.sub;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deriv.expr.Function;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.parse.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC section 1 output: fewest parentheses, '-' for negative terms, sqrt, rationals as a/b. */
class InfixPrinterTest {
    private static final Var X = Nodes.var("x");
    private static final Var Y = Nodes.var("y");

    private static String print(Node n) {
        String text = InfixPrinter.print(n);
        assertEquals(n, Parser.parse(text), () -> "does not round-trip: " + text);
        return text;
    }

    @Test
    void negativeTermsAreSubtracted() {
        assertEquals("6*x - 4", print(sub(mul(num(6), X), num(4))));
        assertEquals("x - y", print(sub(X, Y)));
        assertEquals("-x - 1", print(sub(neg(X), num(1))));
        assertEquals("1 - x", print(sub(num(1), X)));
        assertEquals("x^2 - 2*x*y + 1/2", print(add(pow(X, num(2)), mul(num(-2), X, Y), num(1, 2))));
        assertEquals("x - 1/x", print(sub(X, div(num(1), X))));
        assertEquals("x - 3*y/4", print(sub(X, mul(num(3, 4), Y))));
    }

    @Test
    void rationals() {
        assertEquals("3/2", print(num(3, 2)));
        assertEquals("-3/2", print(num(-3, 2)));
        assertEquals("x/2", print(mul(num(1, 2), X)));
        assertEquals("3*x/2", print(mul(num(3, 2), X)));
        assertEquals("-3*x/2", print(mul(num(-3, 2), X)));
        assertEquals("x^(3/2)", print(pow(X, num(3, 2))));
        assertEquals("(3/2)^x", print(pow(num(3, 2), X)));
        assertEquals("(-2)^x", print(pow(num(-2), X)));
    }

    @Test
    void roots() {
        assertEquals("sqrt(x)", print(sqrt(X)));
        assertEquals("sqrt(x + 1)", print(sqrt(add(X, num(1)))));
        assertEquals("1/sqrt(x)", print(pow(X, num(-1, 2))));
        assertEquals("2*sqrt(2)", print(sqrt(num(8))));
        assertEquals("sqrt(2)/2", print(sqrt(num(1, 2))));
        assertEquals("x^(1/3)", print(pow(X, num(1, 3))));
        assertEquals("sqrt(x)^y", print(pow(sqrt(X), Y)));
    }

    @Test
    void quotients() {
        assertEquals("1/x", print(pow(X, num(-1))));
        assertEquals("-1/x^2", print(neg(pow(X, num(-2)))));
        assertEquals("x/y", print(div(X, Y)));
        assertEquals("(x + 1)/(x - 1)", print(div(add(X, num(1)), sub(X, num(1)))));
        assertEquals("x/(y*sin(x))", print(div(X, mul(Y, Nodes.call(Function.SIN, X)))));
        assertEquals("1/x^y", print(pow(X, neg(Y))));
        assertEquals("x^(1/y)", print(pow(X, pow(Y, num(-1)))));
        assertEquals("(1/x)^y", print(pow(pow(X, num(-1)), Y)));
        assertEquals("-(x + y)/x", print(neg(div(add(X, Y), X))));
        assertEquals("-(x + 1)*(x + 2)", print(neg(mul(add(X, num(1)), add(X, num(2))))));
    }

    @Test
    void numberTimesSumInADenominator() {
        // 2*(x + y) would parse back as 2*x + 2*y, a different denominator
        Node n = mul(X, num(1, 2), pow(add(X, Y), num(-1)));
        assertEquals("x/(x + y)/2", print(n));
        assertEquals("1/(x + y)/3", print(mul(num(1, 3), pow(add(X, Y), num(-1)))));
        assertEquals("x/(2*x + 2*y)", print(Parser.parse("x/(2*(x+y))")));
    }

    @Test
    void powers() {
        assertEquals("x^y^2", print(pow(X, pow(Y, num(2)))));
        assertEquals("(x^y)^z", print(pow(pow(X, Y), Nodes.var("z"))));
        assertEquals("x^(2*y)", print(pow(pow(X, Y), num(2))));
        assertEquals("(x + 1)^2", print(pow(add(X, num(1)), num(2))));
        assertEquals("(x*y)^y", print(pow(mul(X, Y), Y)));
        assertEquals("x^(y + 1)", print(pow(X, add(Y, num(1)))));
        assertEquals("x^(2*y)", print(pow(X, mul(num(2), Y))));
        assertEquals("sin(x)^2", print(pow(Nodes.call(Function.SIN, X), num(2))));
        assertEquals("exp(x)", print(pow(Nodes.E, X)));
        assertEquals("pi^2", print(pow(Nodes.PI, num(2))));
    }

    @ParameterizedTest(name = "{0} prints as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3*x^2-4*x                | 3*x^2 - 4*x
            x^4 - 5*x^2 + 4          | x^4 - 5*x^2 + 4
            4*x^3 - 10*x             | 4*x^3 - 10*x
            -5/(x - 3)^2             | -5/(x - 3)^2
            -3*x^2/(x^3 + 2)^2       | -3*x^2/(x^3 + 2)^2
            3^x*ln(3)                | 3^x*ln(3)
            1/(x*ln(3))              | 1/(x*ln(3))
            -x/sqrt(4 - x^2)         | -x/sqrt(4 - x^2)
            5*x^(3/2)/2              | 5*x^(3/2)/2
            4*x^3 + 2/x^3            | 4*x^3 + 2/x^3
            2 - 2*tanh(2*x + 1)^2    | 2 - 2*tanh(2*x + 1)^2
            x^3*y^2                  | x^3*y^2
            """)
    void referenceAnswersPrintAsWritten(String input, String expected) {
        assertEquals(expected, print(Parser.parse(input)));
    }
}
