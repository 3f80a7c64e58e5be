package dev.deriv.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Expr;
import dev.deriv.LimitException;
import dev.deriv.expr.Limits;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import org.junit.jupiter.api.Test;

/**
 * An expression is a DAG; its printed form repeats every shared part, and can be
 * exponentially larger (the derivative of a 10 KB tower x^x^...^x printed 50 MB).
 * Printing is refused beyond {@link Limits#MAX_PRINTED_SIZE}, before the text is built.
 */
class PrintedSizeLimitTest {
    private static Expr towerDerivative(int levels) {
        return Expr.parse("x" + "^x".repeat(levels)).diff("x");
    }

    @Test
    void aDerivativeThatWouldPrintFiftyMegabytesIsRefusedByToInfixAndToLatex() {
        Expr d = towerDerivative(5_000);
        assertTrue(d.printedSize() > Limits.MAX_PRINTED_SIZE, () -> "printed size " + d.printedSize());
        LimitException infix = assertThrows(LimitException.class, d::toInfix);
        assertEquals("result too large to print: " + d.printedSize() + " terms written out (limit: "
                + Limits.MAX_PRINTED_SIZE + " terms; shared subexpressions print once per use)", infix.getMessage());
        assertThrows(LimitException.class, d::toLatex);
    }

    @Test
    void toStringDescribesATooLargeExpressionInsteadOfFailing() {
        Expr d = towerDerivative(5_000);
        String s = d.toString();
        assertTrue(s.startsWith("<expression too large to print: "), s);
        assertTrue(s.length() < 200, s);
    }

    @Test
    void belowTheLimitTheTextIsPrintedAndItsSizeIsThePrintedSize() {
        Expr d = towerDerivative(50);
        assertEquals(d.toString(), d.toInfix());
        assertTrue(d.printedSize() < Limits.MAX_PRINTED_SIZE);
        assertEquals(5, Expr.parse("6*x - 4").printedSize());
    }

    @Test
    void theSizeSaturatesInsteadOfOverflowing() {
        // f(k+1) = exp(f(k)) + ln(f(k)): 2^k terms written out from 2k distinct nodes
        Node f = Nodes.var("x");
        for (int k = 0; k < 100; k++) f = Nodes.add(Nodes.exp(f), Nodes.ln(f));
        long size = PrintedSize.of(f);
        assertEquals(Long.MAX_VALUE, size);
        LimitException e = assertThrows(LimitException.class, () -> PrintedSize.requireWithinLimit(size));
        assertTrue(e.getMessage().contains("(limit: " + Limits.MAX_PRINTED_SIZE), e.getMessage());
    }
}
