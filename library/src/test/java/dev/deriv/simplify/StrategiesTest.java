package dev.deriv.simplify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.expr.Add;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.internal.Internals;
import dev.deriv.parse.Parser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The simplifier's strategies one at a time, with their exact results and their
 * limits: what each proposes, and where it declines. (Mutation testing showed
 * that the end-to-end tests, which only see the smallest form, let many of these
 * choices change unnoticed.)
 */
class StrategiesTest {
    private static Node p(String text) {
        return Parser.parse(text);
    }

    private static Add sum(String text) {
        return (Add) p(text);
    }

    private static String sum(int from, int to, String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) sb.append(i > from ? "+" : "").append(name).append(i);
        return sb.toString();
    }

    // ---- Expand -------------------------------------------------------------------------

    @Test
    void expandsProductsAndPowersOfSums() {
        assertEquals(p("x^2 + 2*x + 1"), Expand.expand(p("(x+1)^2")));
        assertEquals(p("x^2 - 3*x + 2"), Expand.expand(p("(x-1)*(x-2)")));
        assertEquals(p("x*y + x"), Expand.expand(p("x*(y+1)")));
        assertEquals(p("x^2 + 2*x + 1 + y"), Expand.expand(p("(x+1)^2 + y")));
        assertEquals(p("2*x^2*y + 4*x*y + 2*y"), Expand.expand(p("2*(x+1)^2*y")));
        assertEquals(p("sin(x)*y + sin(x)"), Expand.expand(p("sin(x)*(y+1)")));
    }

    @Test
    void declinesWhereThereIsNothingToExpand() {
        for (String text : List.of("x + y", "x*y", "sin(x + 1)^2", "(x + 1)^(-2)", "(x + 1)^(1/2)", "(x + 1)^y",
                "x^2 + sin(x)", "exp(x*(y + 1))", "3")) {
            assertNull(Expand.expand(p(text)), text);
        }
    }

    @Test
    void expandsPowersUpToTheLimitOnly() {
        Node at = Expand.expand(p("(x+1)^" + dev.deriv.expr.Limits.MAX_EXPAND_POWER));
        assertTrue(at instanceof Add a && a.terms().size() == dev.deriv.expr.Limits.MAX_EXPAND_POWER + 1);
        assertNull(Expand.expand(p("(x+1)^" + (dev.deriv.expr.Limits.MAX_EXPAND_POWER + 1))));
    }

    @Test
    void expandsUpToMaxTermsOnly() {
        // 10 x (MAX_TERMS/10) terms: expanded; 11 x (MAX_TERMS/10): declined
        int b = Expand.MAX_TERMS / 10;
        String big = "(" + sum(1, 10, "a") + ")*(" + sum(1, b, "b") + ")";
        assertEquals(10 * b, ((Add) Expand.expand(p(big))).terms().size());
        assertNull(Expand.expand(p("(" + sum(1, 11, "a") + ")*(" + sum(1, b, "b") + ")")));
        // a sum whose expanded terms add up past the limit
        assertNull(Expand.expand(p(big + " + (c+1)*(d+1)")));
        // powers of long sums: n(n+1)/2 terms for the square of n terms
        assertEquals(55, ((Add) Expand.expand(p("(" + sum(1, 10, "a") + ")^2"))).terms().size());
        assertNull(Expand.expand(p("(" + sum(1, 16, "a") + ")^2"))); // 136 terms
    }

    // ---- Factor -------------------------------------------------------------------------

    @Test
    void pullsOutTheCommonFactorOfAllTerms() {
        // factored, then left to the other strategies: exp(3*x)*exp(-3*x) is a rule's business
        assertEquals(p("(3*x + 1)*exp(3*x)"), Internals.node(dev.deriv.Expr.parse("3*x*exp(3*x) + exp(3*x)").simplify()));
        assertEquals(p("exp(3*x)*(3*x*exp(-3*x)*exp(3*x) + exp(-3*x)*exp(3*x))"),
                Factor.common(sum("3*x*exp(3*x) + exp(3*x)")));
        assertEquals(p("6*x + 9"), Factor.common(sum("6*x + 9"))); // 3*(2*x + 3) is 6*x + 9 in canonical form
        assertEquals(p("x^2*(x + 1)"), Factor.common(sum("x^2 + x^3")));
        assertEquals(p("(a*x + b)/x^2"), Factor.common(sum("a/x + b/x^2")));
        assertEquals(p("x^a*(y + z)"), Factor.common(sum("x^a*y + x^a*z")));
        assertNull(Factor.common(sum("x^a + x^b")));
        assertNull(Factor.common(sum("x + y")));
        assertNull(Factor.common(sum("x + 1")));
    }

    @Test
    void theNumericCommonFactor() {
        assertEquals(p("3"), Factor.commonFactor(sum("6*x + 9").terms()));
        assertEquals(p("-2"), Factor.commonFactor(sum("-2*x - 4*y").terms()));
        assertEquals(p("2*x"), Factor.commonFactor(sum("-2*x + 4*x*y").terms()));
        assertEquals(p("1/6"), Factor.commonFactor(sum("x/2 + y/3").terms()));
        assertEquals(p("x/4"), Factor.commonFactor(sum("x/2 + x*y/4").terms()));
        assertNull(Factor.commonFactor(sum("x + 2*y").terms()));
        assertEquals(p("x"), Factor.commonFactor(sum("x + x^2*y").terms()));
        assertEquals(p("x^-2"), Factor.commonFactor(sum("1/x + 1/x^2*y").terms()));
    }

    @Test
    void partialFactoringOfTermsThatShareABase() {
        List<Node> options = Factor.partial(sum("a*sin(x) + b*sin(x) + c"));
        assertTrue(options.contains(p("(a + b)*sin(x) + c")), options.toString());
        assertTrue(Factor.partial(sum("a*sin(x) + b*cos(x) + c")).isEmpty());
        // all terms share it: that is common(), not partial()
        assertTrue(Factor.partial(sum("a*sin(x) + b*sin(x)")).isEmpty());
        // polynomials are left alone: 4*x^3 - 30*x^2 + 70*x - 50 is the form readers expect
        assertTrue(Factor.partial(sum("4*x^3 - 30*x^2 + 70*x - 50")).isEmpty());
        assertTrue(Factor.partial(sum("x*y + x*z + 1")).isEmpty());
        assertTrue(Factor.partial(sum("x*y^2 + x*z + 1")).isEmpty());
        assertEquals(List.of(p("(sin(y) + cos(y))*x + 1")), Factor.partial(sum("x*sin(y) + x*cos(y) + 1")));
        assertEquals(List.of(p("(y + sqrt(z))*x + 1")), Factor.partial(sum("x*y + x*sqrt(z) + 1")));
        assertEquals(List.of(p("(y + z)/x + 1")), Factor.partial(sum("y/x + z/x + 1")));
        // at most MAX_PARTIAL proposals
        StringBuilder many = new StringBuilder("1");
        for (int i = 1; i <= 12; i++) many.append(" + a*sin(").append(i).append("*x) + b*sin(").append(i).append("*x)");
        assertEquals(Factor.MAX_PARTIAL, Factor.partial(sum(many.toString())).size());
    }

    // ---- Fractions ----------------------------------------------------------------------

    @Test
    void combinesFractionsOverTheLeastCommonDenominator() {
        assertEquals(p("(x + y)/(x*y)"), Fractions.together(sum("1/x + 1/y")));
        assertEquals(p("(x + 1)/x^2"), Fractions.together(sum("1/x + 1/x^2")));
        assertNull(Fractions.together(sum("x + y")));
    }

    @Test
    void cancelsPolynomialFactors() {
        assertEquals(p("x + 1"), Fractions.cancel((Mul) p("(x^2 - 1)/(x - 1)")));
        assertEquals(p("1/(x - 1)"), Fractions.cancel((Mul) p("(x + 1)/(x^2 - 1)")));
        assertEquals(p("(x + 1)/(x - 1)"), Fractions.cancel((Mul) p("(x + 1)^2/(x^2 - 1)")));
        assertEquals(p("1/(x + 1)"), Fractions.cancel((Mul) p("(x - 1)/(x^2 - 1)")));
        assertNull(Fractions.cancel((Mul) p("(x + 2)/(x - 1)")));
        assertNull(Fractions.cancel((Mul) p("x*y")));
        assertNull(Fractions.cancel((Mul) p("(y + 1)/(x - 1)")));
    }
}
