package dev.deriv.expr;

import static dev.deriv.expr.Nodes.add;
import static dev.deriv.expr.Nodes.div;
import static dev.deriv.expr.Nodes.mul;
import static dev.deriv.expr.Nodes.num;
import static dev.deriv.expr.Nodes.pow;
import static dev.deriv.expr.Nodes.sqrt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.MathException;
import dev.deriv.parse.Parser;
import dev.deriv.testing.CanonicalChecks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical forms the Nodes javadoc promises, and the exact arithmetic under them. */
class NodesTest {
    private static final Var X = Nodes.var("x");
    private static final Var Y = Nodes.var("y");

    @Test
    void sumsAreFlatWithLikeTermsCollected() {
        Add s = assertInstanceOf(Add.class, add(X, add(Y, num(1)), X, num(2)));
        assertEquals(List.of(mul(num(2), X), Y, num(3)), s.terms());
        assertEquals(Nodes.ZERO, add(X, mul(num(-1), X)));
        CanonicalChecks.assertCanonical(s);
    }

    @Test
    void productsAreFlatWithPowersCombined() {
        assertEquals(pow(X, num(3)), mul(X, mul(X, X)));
        assertEquals(Nodes.ONE, div(X, X));
        assertEquals(pow(X, add(Y, num(1))), mul(X, pow(X, Y)));
        Mul m = assertInstanceOf(Mul.class, mul(Y, num(3), X));
        assertEquals(List.of(num(3), X, Y), m.factors());
    }

    /**
     * A power whose base changes as it is built (e^2 is exp(2), exp(x)^2 is exp(2*x)) meets
     * the equal factors of the same product: found by PipelineFuzzProperties, where
     * x^2*e^2*exp(2) stayed x^2*exp(2)*exp(2) and printed text that parsed to x^2*exp(4).
     */
    @Test
    void powersThatChangeTheirBaseStillCombine() {
        Node e = Nodes.E;
        Node exp2 = Nodes.exp(num(2));
        Node x2 = pow(X, num(2));
        assertEquals(mul(x2, Nodes.exp(num(4))), mul(x2, pow(e, num(2)), exp2));
        assertEquals(mul(x2, Nodes.exp(num(4))), mul(exp2, x2, mul(e, e)));
        assertEquals(Nodes.exp(mul(num(3), X)), mul(Nodes.exp(X), Nodes.exp(X), Nodes.exp(X)));
        assertEquals(Nodes.exp(num(6)), mul(mul(e, e), exp2, pow(e, num(2))));
        for (Node n : List.of(mul(x2, pow(e, num(2)), exp2), mul(num(-3, 5), Nodes.PI, mul(e, e), exp2, add(X, Y)))) {
            assertEquals(n, Parser.parse(dev.deriv.print.InfixPrinter.print(n)), "round trip of " + n);
            CanonicalChecks.assertCanonical(n);
        }
    }

    @Test
    void numberTimesSumIsDistributed() {
        assertEquals(add(mul(num(2), X), num(2)), mul(num(2), add(X, num(1))));
        // but not a product with more factors
        assertInstanceOf(Mul.class, mul(num(2), Y, add(X, num(1))));
    }

    @Test
    void exactPowers() {
        assertEquals(num(512), pow(num(2), pow(num(3), num(2))));
        assertEquals(mul(num(2), sqrt(num(2))), sqrt(num(8)));
        assertEquals(num(4), pow(num(8), num(2, 3)));
        assertEquals(sqrt(num(2)), pow(num(4), num(1, 4)));
        assertEquals(num(1, 8), pow(num(2), num(-3)));
        // (x^2)^(1/2) is |x|, not x: kept as written
        assertInstanceOf(Pow.class, sqrt(pow(X, num(2))));
        assertEquals(pow(X, num(6)), pow(pow(X, num(2)), num(3)));
    }

    @Test
    void hugePowersStayPowers() {
        Node big = pow(num(2), num(1_000_000));
        assertInstanceOf(Pow.class, big);
        assertEquals(num(1), mul(big, pow(num(2), num(-1_000_000))));
    }

    @Test
    void exponentialsAndLogs() {
        assertEquals(Nodes.exp(X), pow(Nodes.E, X));
        assertEquals(X, Nodes.exp(Nodes.ln(X)));
        assertEquals(X, Nodes.ln(Nodes.exp(X)));
        assertEquals(Nodes.exp(mul(num(2), X)), pow(Nodes.exp(X), num(2)));
        assertEquals(Nodes.ONE, Nodes.ln(Nodes.E));
        assertEquals(Nodes.E, Nodes.exp(Nodes.ONE));
    }

    @Test
    void specialValuesFold() {
        assertEquals(Nodes.ONE, Nodes.call(Function.COS, Nodes.ZERO));
        assertEquals(Nodes.ZERO, Nodes.call(Function.SIN, Nodes.ZERO));
        assertEquals(div(Nodes.PI, num(2)), Nodes.call(Function.ACOS, Nodes.ZERO));
        assertEquals(num(3), Nodes.call(Function.ABS, num(-3)));
    }

    @Test
    void divisionByAnExactZeroIsAMathError() {
        MathException e = assertThrows(MathException.class, () -> div(X, Nodes.ZERO));
        assertTrue(e.getMessage().contains("division by zero"), e.getMessage());
        assertThrows(MathException.class, () -> Parser.parse("1/0"));
        assertThrows(MathException.class, () -> Parser.parse("0^-1"));
        assertThrows(MathException.class, () -> Parser.parse("x/(y - y)"));
    }

    @Test
    void rationalsAreExact() {
        assertEquals(Rational.of(1, 2), Rational.of(1, 3).add(Rational.of(1, 6)));
        assertEquals(Rational.of(3, 10), Rational.parseDecimal("0.1").add(Rational.parseDecimal("0.2")));
        assertEquals(Rational.of(-3, 4), Rational.of(6, -8));
        assertEquals("-3/4", Rational.of(6, -8).toString());
        assertEquals(Rational.of(25_000), Rational.parseDecimal("2.5E+4"));
        assertEquals(Rational.of(1, 1000), Rational.parseDecimal("1e-3"));
        assertEquals(0.1, Rational.parseDecimal("0.1").doubleValue());
    }

    @Test
    void parsedExpressionsAreCanonical() {
        for (String s : List.of("x^4 - 5*x^2 + 4", "(x + 2)/(x - 3)", "x*cos(x)*ln(x)*exp(2*x)",
                "(x - 1)*(x - 2)*(x - 3)*(x - 4)", "x^3*sin(x)*atan(x)*sqrt(x)", "-(x+y)/x", "2x(x+1)/(3y)")) {
            CanonicalChecks.assertCanonical(Parser.parse(s));
        }
    }
}
