package dev.deriv.parse;

import static dev.deriv.expr.Nodes.add;
import static dev.deriv.expr.Nodes.mul;
import static dev.deriv.expr.Nodes.num;
import static dev.deriv.expr.Nodes.sub;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deriv.ParseException;
import dev.deriv.expr.Function;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.print.InfixPrinter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC section 1, implicit multiplication: 3x, 2 sin(x), 2(x+1), (x+1)(x-1), x(x+1); xy is one name. */
class ImplicitMultiplicationTest {
    private static final Var X = Nodes.var("x");
    private static final Var Y = Nodes.var("y");

    private static Node p(String text) {
        return Parser.parse(text);
    }

    private static Node sin(Node u) {
        return Nodes.call(Function.SIN, u);
    }

    @Test
    void numberBeforeName() {
        assertEquals(mul(num(3), X), p("3x"));
        assertEquals(p("3*x"), p("3x"));
        assertEquals(p("3*x"), p("3 x"));
        assertEquals(p("0.5*x"), p("0.5x"));
        assertEquals(p("2*pi"), p("2pi"));
        assertEquals(p("2*e"), p("2e"));
    }

    @Test
    void numberBeforeCall() {
        assertEquals(mul(num(2), sin(X)), p("2 sin(x)"));
        assertEquals(p("2*sin(x)"), p("2sin(x)"));
        assertEquals(p("x*sin(x)"), p("x sin(x)"));
    }

    @Test
    void numberBeforeParentheses() {
        assertEquals(add(mul(num(2), X), num(2)), p("2(x+1)"));
        assertEquals("2*x + 2", InfixPrinter.print(p("2(x+1)")));
        assertEquals(p("2*(x+1)"), p("2 (x+1)"));
    }

    @Test
    void parenthesesBeforeParentheses() {
        Node product = p("(x+1)(x-1)");
        assertEquals(mul(add(X, num(1)), sub(X, num(1))), product);
        assertEquals("(x - 1)*(x + 1)", InfixPrinter.print(product));
        assertEquals(p("(x+1)*(x-1)"), p("(x+1) (x-1)"));
        assertEquals(p("sin(x)*cos(x)"), p("sin(x)cos(x)"));
    }

    @Test
    void oneLetterVariableBeforeParentheses() {
        assertEquals(mul(X, add(X, num(1))), p("x(x+1)"));
        assertEquals(p("x*(x+1)"), p("x (x+1)"));
        assertEquals(p("θ*(θ+1)"), p("θ(θ+1)"));
        assertEquals(p("e*(x+1)"), p("e(x+1)"));
        assertEquals(p("pi*(x+1)"), p("pi(x+1)"));
        assertEquals(mul(X, Y), p("x(y)"));
    }

    @Test
    void chainOfImplicitProducts() {
        Node e = p("2x(x+1)");
        assertEquals(mul(num(2), X, add(X, num(1))), e);
        assertEquals(12.0, Interpreter.eval(e, Map.of(X, 2.0)));
        assertEquals(p("2*x*y*sin(x)*(x+1)"), p("2x y sin(x)(x+1)"));
    }

    @Test
    void adjacentLettersAreOneName() {
        Var xy = assertInstanceOf(Var.class, p("xy"));
        assertEquals("xy", xy.name());
        assertEquals(mul(X, Y), p("x y"));
        assertEquals(mul(num(2), Nodes.var("xy")), p("2xy"));
        assertEquals(Nodes.var("x2"), p("x2"));
    }

    @Test
    void longerNameBeforeParenthesesMustBeAFunction() {
        ParseException e = assertThrows(ParseException.class, () -> p("sinn(x)"));
        assertEquals("unknown function 'sinn' (did you mean sin?) at column 1", e.getMessage());
        assertEquals(1, e.column());
        e = assertThrows(ParseException.class, () -> p("2*coss(x)"));
        assertEquals("unknown function 'coss' (did you mean cos?) at column 3", e.getMessage());
        e = assertThrows(ParseException.class, () -> p("xy(x+1)"));
        assertEquals(1, e.column());
        assertEquals("unknown function 'foo' at column 1", assertThrows(ParseException.class, () -> p("foo(x)"))
                .getMessage());
    }

    @Test
    void oneLetterProductTakesOneArgument() {
        ParseException e = assertThrows(ParseException.class, () -> p("x(y, z)"));
        assertEquals("'x(' multiplies x by one expression in parentheses at column 2", e.getMessage());
        e = assertThrows(ParseException.class, () -> p("3 + x ()"));
        assertEquals(7, e.column());
    }

    @Test
    void numberNeverMultipliesFromTheRight() {
        // "2 3" and "1.2.3" are typos, not 6 and 1.2*.3
        assertEquals("unexpected number '3' (missing operator?) at column 3",
                assertThrows(ParseException.class, () -> p("2 3")).getMessage());
        assertEquals("unexpected number '.3' (missing operator?) at column 4",
                assertThrows(ParseException.class, () -> p("1.2.3")).getMessage());
        assertEquals(6, assertThrows(ParseException.class, () -> p("(x+1)2")).column());
        assertEquals(5, assertThrows(ParseException.class, () -> p("x^2 3")).column());
        // a number in parentheses is fine
        assertEquals(num(6), p("2(3)"));
    }
}
