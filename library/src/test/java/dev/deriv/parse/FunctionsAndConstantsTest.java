package dev.deriv.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deriv.ParseException;
import dev.deriv.expr.Call;
import dev.deriv.expr.Const;
import dev.deriv.expr.Function;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Num;
import dev.deriv.expr.Rational;
import dev.deriv.expr.Var;
import dev.deriv.print.InfixPrinter;
import java.math.BigInteger;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** SPEC section 1: every function and constant, identifiers, and number formats. */
class FunctionsAndConstantsTest {
    private static final Var X = Nodes.var("x");
    private static final double AT = 0.3;

    private static Node p(String text) {
        return Parser.parse(text);
    }

    static Stream<Arguments> functions() {
        return Stream.of(
                Arguments.of("sin(x)", "sin(x)", (DoubleUnaryOperator) Math::sin),
                Arguments.of("cos(x)", "cos(x)", (DoubleUnaryOperator) Math::cos),
                Arguments.of("tan(x)", "tan(x)", (DoubleUnaryOperator) Math::tan),
                Arguments.of("cot(x)", "cot(x)", (DoubleUnaryOperator) x -> Math.cos(x) / Math.sin(x)),
                Arguments.of("sec(x)", "sec(x)", (DoubleUnaryOperator) x -> 1 / Math.cos(x)),
                Arguments.of("csc(x)", "csc(x)", (DoubleUnaryOperator) x -> 1 / Math.sin(x)),
                Arguments.of("asin(x)", "asin(x)", (DoubleUnaryOperator) Math::asin),
                Arguments.of("acos(x)", "acos(x)", (DoubleUnaryOperator) Math::acos),
                Arguments.of("atan(x)", "atan(x)", (DoubleUnaryOperator) Math::atan),
                Arguments.of("sinh(x)", "sinh(x)", (DoubleUnaryOperator) Math::sinh),
                Arguments.of("cosh(x)", "cosh(x)", (DoubleUnaryOperator) Math::cosh),
                Arguments.of("tanh(x)", "tanh(x)", (DoubleUnaryOperator) Math::tanh),
                Arguments.of("exp(x)", "exp(x)", (DoubleUnaryOperator) Math::exp),
                Arguments.of("ln(x)", "ln(x)", (DoubleUnaryOperator) Math::log),
                Arguments.of("log(x)", "ln(x)", (DoubleUnaryOperator) Math::log),
                Arguments.of("log(x, 2)", "ln(x)/ln(2)", (DoubleUnaryOperator) x -> Math.log(x) / Math.log(2)),
                Arguments.of("log(x, 10)", "ln(x)/ln(10)", (DoubleUnaryOperator) Math::log10),
                Arguments.of("log2(x)", "ln(x)/ln(2)", (DoubleUnaryOperator) x -> Math.log(x) / Math.log(2)),
                Arguments.of("log10(x)", "ln(x)/ln(10)", (DoubleUnaryOperator) Math::log10),
                Arguments.of("sqrt(x)", "sqrt(x)", (DoubleUnaryOperator) Math::sqrt),
                Arguments.of("abs(x)", "abs(x)", (DoubleUnaryOperator) Math::abs),
                Arguments.of("abs(-x)", "abs(-x)", (DoubleUnaryOperator) Math::abs));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void everyFunction(String input, String printed, DoubleUnaryOperator reference) {
        Node e = p(input);
        assertEquals(printed, InfixPrinter.print(e));
        assertEquals(e, p(printed));
        for (double at : new double[] {AT, 0.7, 2.5}) {
            if (input.startsWith("a") && !input.startsWith("abs") && at > 1) continue;
            assertEquals(reference.applyAsDouble(at), Interpreter.eval(e, Map.of(X, at)), 1e-12, input + " at " + at);
        }
    }

    @Test
    void everyBuiltinFunctionIsKnownByName() {
        for (Function f : Function.BUILTINS) {
            Call c = assertInstanceOf(Call.class, p(f.name() + "(x)"));
            assertSame(f, c.function());
            assertEquals(f.name() + "(x)", InfixPrinter.print(c));
        }
    }

    @Test
    void functionsTakeExpressions() {
        assertEquals(p("sin(x^2 + 1)"), Nodes.call(Function.SIN, p("x^2+1")));
        assertEquals("sin(cos(tan(x)))", InfixPrinter.print(p("sin(cos(tan(x)))")));
        assertEquals(p("ln(x+1)/ln(y)"), p("log(x + 1, y)"));
        assertEquals(p("sin(x)"), p("sin ( x )"));
    }

    @Test
    void wrongArgumentCounts() {
        assertEquals("sin() takes 1 argument, got 2 at column 6",
                assertThrows(ParseException.class, () -> p("sin(x, y)")).getMessage());
        assertEquals("log() takes 1 or 2 arguments, got 3 at column 9",
                assertThrows(ParseException.class, () -> p("log(x, 2, 3)")).getMessage());
        assertEquals("sqrt() takes 1 argument, got 0 at column 6",
                assertThrows(ParseException.class, () -> p("sqrt()")).getMessage());
        assertEquals("function 'exp' needs an argument: exp(...) or exp x at column 1",
                assertThrows(ParseException.class, () -> p("exp")).getMessage());
        assertEquals("function 'sin' needs an argument: sin(...) or sin x at column 3",
                assertThrows(ParseException.class, () -> p("x^sin")).getMessage());
    }

    @Test
    void constants() {
        assertSame(Nodes.PI, p("pi"));
        assertSame(Nodes.PI, p("π"));
        assertSame(Nodes.E, p("e"));
        assertEquals("pi", InfixPrinter.print(p("π")));
        assertEquals(Math.PI, Interpreter.eval(p("pi"), Map.of()));
        assertEquals(Math.E, Interpreter.eval(p("e"), Map.of()));
        assertInstanceOf(Const.class, p("e"));
        // e^u is exp(u)
        assertEquals(Nodes.exp(X), p("e^x"));
        assertEquals(p("exp(2*x)"), p("e^(2x)"));
        assertEquals(Nodes.E, p("exp(1)"));
        // names that only start with a constant's name are variables
        assertInstanceOf(Var.class, p("pie"));
        assertInstanceOf(Var.class, p("e1"));
        assertInstanceOf(Var.class, p("epsilon"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            x
            w1
            x_2
            alpha
            theta_max
            θ
            φ1
            Δx
            xy
            X
            """)
    void variables(String name) {
        Var v = assertInstanceOf(Var.class, p(name));
        assertEquals(name, v.name());
        assertEquals(name, InfixPrinter.print(v));
    }

    @Test
    void unicodeVariablesInExpressions() {
        Node e = p("θ^2 + sin(θ)");
        assertEquals("θ^2 + sin(θ)", InfixPrinter.print(e));
        assertEquals(e, p(InfixPrinter.print(e)));
        assertEquals(0.25 + Math.sin(0.5), Interpreter.eval(e, Map.of(Nodes.var("θ"), 0.5)), 1e-15);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3          | 3
            0.25       | 1/4
            1e-3       | 1/1000
            1E-3       | 1/1000
            2.5E+4     | 25000
            2.5e4      | 25000
            .5         | 1/2
            5.         | 5
            5.0        | 5
            2.50       | 5/2
            007        | 7
            0.000      | 0
            1e0        | 1
            0e5        | 0
            1.5e-1     | 3/20
            0.1        | 1/10
            0.3333     | 3333/10000
            1/3        | 1/3
            -0.75      | -3/4
            1e30       | 1000000000000000000000000000000
            """)
    void numbersAreExactRationals(String input, String expected) {
        Node n = p(input);
        assertInstanceOf(Num.class, n);
        assertEquals(expected, InfixPrinter.print(n));
    }

    @Test
    void exactArithmetic() {
        assertEquals(Nodes.num(3, 10), p("0.1 + 0.2"));
        assertEquals(Nodes.num(Rational.of(BigInteger.TEN.pow(400))), p("1e400"));
        assertEquals(Nodes.num(1, 2), p("1/3 + 1/6"));
        assertEquals(Nodes.num(Rational.of(new BigInteger("123456789012345678901234567890"))),
                p("123456789012345678901234567890"));
        assertEquals(p("x/4"), p("0.25x"));
    }
}
