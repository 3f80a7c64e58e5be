package dev.deriv.parse;

import static dev.deriv.expr.Nodes.div;
import static dev.deriv.expr.Nodes.mul;
import static dev.deriv.expr.Nodes.neg;
import static dev.deriv.expr.Nodes.num;
import static dev.deriv.expr.Nodes.pow;
import static dev.deriv.expr.Nodes.sub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Var;
import dev.deriv.print.InfixPrinter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC section 1: precedence, associativity, ** and unary minus. */
class PrecedenceTest {
    private static final Var A = Nodes.var("a");
    private static final Var B = Nodes.var("b");
    private static final Var C = Nodes.var("c");
    private static final Var X = Nodes.var("x");

    private static Node p(String text) {
        return Parser.parse(text);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -3^2         | -9
            (-3)^2       | 9
            -2^2^3       | -256
            2^-1         | 1/2
            2^-2         | 1/4
            -2^-2        | -1/4
            2^3^2        | 512
            (2^3)^2      | 64
            2**3**2      | 512
            2**-1        | 1/2
            2 ** 3       | 8
            8/4/2        | 1
            8/(4/2)      | 4
            2-3-4        | -5
            2-(3-4)      | 3
            12/3*2       | 8
            2+3*4        | 14
            (2+3)*4      | 20
            2*3^2        | 18
            -2*3         | -6
            2*-3         | -6
            2 * - 3      | -6
            2 - -3       | 5
            2--3         | 5
            2+-3         | -1
            --3          | 3
            -+-3         | 3
            +3           | 3
            2^3*2        | 16
            2^(3*2)      | 64
            1/2*4        | 2
            """)
    void numericPrecedence(String input, String expected) {
        assertEquals(expected, InfixPrinter.print(p(input)));
    }

    @Test
    void minusThreeSquaredIsMinusNine() {
        // the classic pitfall of Java evaluators (exp4j#2, EvalEx#245)
        assertEquals(num(-9), p("-3^2"));
        assertEquals(-9.0, Interpreter.eval(p("-x^2"), Map.of(X, 3.0)));
        assertEquals(9.0, Interpreter.eval(p("(-x)^2"), Map.of(X, 3.0)));
    }

    @Test
    void unaryMinusBindsWeakerThanPower() {
        assertEquals(neg(pow(X, num(2))), p("-x^2"));
        assertEquals(pow(X, num(2)), p("(-x)^2"));
        assertEquals(neg(pow(X, num(-2))), p("-x^-2"));
        assertEquals("-1/x^2", InfixPrinter.print(p("-x^-2")));
        // the sign in an exponent covers the power to its right: 2^-x^2 = 2^(-(x^2))
        assertEquals(pow(num(2), neg(pow(X, num(2)))), p("2^-x^2"));
        // and only that: x^-1/2 = (x^-1)/2
        assertEquals(div(pow(X, num(-1)), num(2)), p("x^-1/2"));
    }

    @Test
    void unaryMinusBindsTighterThanProducts() {
        assertEquals(neg(mul(A, B)), p("-a*b"));
        assertEquals(mul(A, neg(B)), p("a*-b"));
        assertEquals(neg(div(A, B)), p("-a/b"));
        assertEquals(mul(num(-2), pow(X, num(2))), p("-2x^2"));
    }

    @Test
    void divisionIsLeftAssociative() {
        assertEquals(mul(A, pow(B, num(-1)), pow(C, num(-1))), p("a/b/c"));
        assertNotEquals(p("a/(b/c)"), p("a/b/c"));
        assertEquals(mul(A, C, pow(B, num(-1))), p("a/b*c"));
        assertEquals("a/(b*c)", InfixPrinter.print(p("a/b/c")));
    }

    @Test
    void subtractionIsLeftAssociative() {
        assertEquals(sub(sub(A, B), C), p("a-b-c"));
        assertNotEquals(p("a-(b-c)"), p("a-b-c"));
        assertEquals("a - b + c", InfixPrinter.print(p("a-(b-c)")));
    }

    @Test
    void powerIsRightAssociative() {
        Node abc = p("a^b^c");
        assertEquals(pow(A, pow(B, C)), abc);
        Pow outer = assertInstanceOf(Pow.class, abc);
        assertEquals(A, outer.base());
        assertNotEquals(p("(a^b)^c"), abc);
        assertEquals("a^b^c", InfixPrinter.print(abc));
        assertEquals("(a^b)^c", InfixPrinter.print(p("(a^b)^c")));
    }

    @Test
    void doubleStarIsPower() {
        assertEquals(p("x^2"), p("x**2"));
        assertEquals(p("a^b^c"), p("a**b**c"));
        assertEquals(p("a^b^c"), p("a**b^c"));
        assertEquals(p("x^-2"), p("x ** -2"));
        assertEquals(p("-x^2"), p("-x**2"));
    }

    @Test
    void implicitProductsHaveProductPrecedence() {
        // 1/2x reads left to right as (1/2)*x, like 1/2*x (the mathjs#641 question)
        assertEquals(div(X, num(2)), p("1/2x"));
        assertEquals(p("1/2*x"), p("1/2x"));
        // ^ binds tighter than an implicit product
        assertEquals(mul(num(2), pow(X, num(2))), p("2x^2"));
        assertEquals(mul(pow(X, num(2)), Nodes.var("y")), p("x^2y"));
        assertEquals(mul(num(8), X), p("2^3x"));
    }

    @Test
    void whitespaceIsIgnored() {
        assertEquals(p("3*x^2-4*x"), p("  3 * x ^ 2 - 4 * x  "));
        assertEquals(p("3*x^2-4*x"), p("3\t*x^2\n-4*x"));
        assertEquals(p("-x"), p("- x"));
    }
}
