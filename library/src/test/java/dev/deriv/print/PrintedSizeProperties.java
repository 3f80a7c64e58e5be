package dev.deriv.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deriv.expr.Node;
import dev.deriv.testing.RandomExprs;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The simplifier's cost, computed from the expression, equals the size of the
 * printed text counted token by token (the independent count of the tests).
 */
class PrintedSizeProperties {
    @Provide
    Arbitrary<Node> anything() {
        return RandomExprs.exprs();
    }

    @Property(tries = 1000)
    void sizeOfTheExpressionIsTheSizeOfItsText(@ForAll("anything") Node n) {
        String text = InfixPrinter.print(n);
        assertEquals(dev.deriv.testing.PrintedSize.of(text), PrintedSize.of(n), text);
    }
}
