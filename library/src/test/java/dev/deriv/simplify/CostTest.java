package dev.deriv.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Engine;
import dev.deriv.Expr;
import dev.deriv.expr.Node;
import dev.deriv.internal.Internals;
import dev.deriv.parse.Parser;
import dev.deriv.print.PrintedSize;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two costs: the operation count against hand counts of what the compiler
 * emits, and the forms each makes the standard search pick where people and the
 * compiler want different things.
 */
class CostTest {
    private static final Simplifier FOR_PEOPLE = Internals.simplifier(Engine.standard());
    private static final Simplifier FOR_THE_COMPILER = FOR_PEOPLE.withCost(Cost::operations);

    private static Node p(String text) {
        return Parser.parse(text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "x; 0", "7; 0",
            "x + y - z; 2",             // a negative term is a subtraction
            "-x; 1", "3*x; 1", "-3*x*y; 2",
            "x^2; 1", "x^3; 2", "x^4; 2", "x^7; 4", "x^8; 3",
            "x^9; 30",                  // beyond repeated squaring: Math.pow
            "x^y; 30",
            "sqrt(x); 4", "x^(3/2); 5",
            "1/x; 4", "x/y; 4", "x/(y*z); 5", "1/x^2; 5",
            "sin(x); 20", "abs(x); 1", "exp(x^2)*sin(x); 42",
            "(x + 1)^2; 2"})
    void countsTheOperationsTheCompilerEmits(String expression, long operations) {
        assertEquals(operations, Cost.operations().of(p(expression)));
    }

    @ParameterizedTest(name = "{0}: people {1}, compiler {2}")
    @CsvSource(delimiter = ';', value = {
            // one call instead of two
            "sin(x)*cos(x); cos(x)*sin(x); sin(2*x)/2",
            // a multiplication fewer (Horner's first step)
            "5*x^3 + 2*x; 5*x^3 + 2*x; x*(5*x^2 + 2)",
            // one division instead of three
            "1/x + 1/y + 1/z; 1/x + 1/y + 1/z; (x*y + x*z + y*z)/(x*y*z)"})
    void theCostsPickDifferentForms(String input, String forPeople, String forTheCompiler) {
        Node n = p(input);
        Node people = FOR_PEOPLE.simplify(n).node();
        Node compiler = FOR_THE_COMPILER.simplify(n).node();
        assertEquals(forPeople, Internals.expr(people).toString());
        assertEquals(forTheCompiler, Internals.expr(compiler).toString());
        assertTrue(PrintedSize.of(people) <= PrintedSize.of(compiler), "people's form prints no longer (a tie keeps the input)");
        assertTrue(Cost.operations().of(compiler) < Cost.operations().of(people), "the compiler's form computes faster");
    }
}
