package dev.deriv.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Engine;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.internal.Internals;
import dev.deriv.parse.Parser;
import org.junit.jupiter.api.Test;

/**
 * The standard search does not grow with the size of large expressions: above
 * {@link Strategies#STANDARD_LARGEST} an expression is only rebuilt from its
 * simplified operands. Counted in steps (the search's own unit), not in time, so
 * the test does not depend on the machine. Before the bound, the derivative of a
 * 100-factor product ran into the 2 s time budget (cubic: each of its 100 nested
 * levels was expanded and factored).
 */
class SearchGrowthTest {

    private static Simplifier.Result simplifiedDerivativeOfProduct(int factors) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= factors; i++) sb.append(i > 1 ? "*" : "").append("sin(x + ").append(i).append(")");
        Node d = Internals.differentiator(Engine.standard()).derivative(Parser.parse(sb.toString()), Nodes.var("x"));
        return Internals.simplifier(Engine.standard()).simplify(d, new Simplifier.Budget(1_000_000, 60_000));
    }

    @Test
    void aProductRulesAnswerIsSearchedInStepsThatDoNotGrowWithItsSize() {
        Simplifier.Result fifty = simplifiedDerivativeOfProduct(50);
        Simplifier.Result hundred = simplifiedDerivativeOfProduct(100);
        assertEquals(Simplifier.Stop.SATURATED, fifty.stop());
        assertEquals(Simplifier.Stop.SATURATED, hundred.stop());
        assertEquals(fifty.steps(), hundred.steps(), "only the small inner levels are searched");
        assertTrue(hundred.steps() < 1_000, hundred.steps() + " steps");
    }

    @Test
    void expressionsBelowTheBoundAreStillSearched() {
        // (x+1)^2 - x^2 - 2*x costs far less than the bound: expanding finds 1
        Simplifier s = Internals.simplifier(Engine.standard());
        assertEquals(Nodes.ONE, s.simplify(Parser.parse("(x+1)^2 - x^2 - 2*x")).node());
    }
}
