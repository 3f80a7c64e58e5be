package dev.deriv.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Expr;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {

    @Test
    void highPrecisionWhereDoublesCancel() {
        // in doubles exp(100)*(sin(x)^2 + cos(x)^2 - 1) is of the order of 1e27
        Verdict v = AnswerCheck.check("exp(x)", "exp(x) + exp(100)*(sin(x)^2 + cos(x)^2 - 1)", null);
        assertTrue(v.correct(), v.text());
        assertEquals(List.of("correct"), v.lines());
        assertEquals(0, v.exitCode());
    }

    @Test
    void aTinyDifferenceHiddenUnderCancellationIsStillFound() {
        Verdict v = AnswerCheck.check("exp(x)", "exp(x) + exp(100)*(sin(x)^2 + cos(x)^2 - 1) + 1e-20*x^2", null);
        assertFalse(v.correct(), v.text());
    }

    @Test
    void anAnswerOffByATinyConstantIsIncorrectSymbolically() {
        Verdict v = AnswerCheck.check("x^2", "2*x + 1e-12", null);
        assertFalse(v.correct());
        assertEquals("symbolic", v.method());
        assertEquals(List.of("incorrect",
                "at x = 1: the derivative is 2, the answer is 2.000000000001",
                "the answer minus the derivative is the constant 1/1000000000000 (1e-12) everywhere"), v.lines());
        assertEquals(1, v.exitCode());
    }

    @Test
    void theTextbookErrorForExponentials() {
        // one widely read table says (a^x)' = a^x ln x
        Verdict v = AnswerCheck.check("2^x", "2^x*ln(x)", null);
        assertFalse(v.correct());
        assertEquals("1", v.point().get("x"));
        assertEquals("1.38629", v.derivativeValue());
        assertEquals("0", v.answerValue());
    }

    @Test
    void powerRuleAppliedToXToTheX() {
        Verdict v = AnswerCheck.check("x^x", "x*x^(x-1)", null);
        assertFalse(v.correct());
        assertTrue(v.text().startsWith("incorrect\nat x = "), v.text());
    }

    @Test
    void equivalentFormsThatLookDifferent() {
        assertTrue(AnswerCheck.check("sin(x)^2", "sin(2x)", null).correct());
        assertTrue(AnswerCheck.check("sin(x)^2", "2*sin(x)*cos(x)", null).correct());
        assertTrue(AnswerCheck.check("tan(x)", "1 + tan(x)^2", null).correct());
        assertTrue(AnswerCheck.check("tan(x)", "sec(x)^2", null).correct());
    }

    @Test
    void agreementOnPartOfTheDomainIsReported() {
        Verdict v = AnswerCheck.check("sqrt(x^2)", "1", null);
        assertEquals(List.of("incorrect", "at x = -1: the derivative is -1, the answer is 1",
                "the answer agrees with the derivative only for x > 0"), v.lines());
        // asin(x) = atan(x/sqrt(1 - x^2)) where both are defined: right there, undefined for |x| >= 1
        Verdict w = AnswerCheck.check("x^2", "2*x + asin(x) - atan(x/sqrt(1 - x^2))", null);
        assertEquals("correct-where-defined", w.verdict(), w.text());
        assertEquals("correct where the answer is defined: for -1 < x < 1", w.lines().get(0));
    }

    @Test
    void partialDerivativesNeedTheVariableWhenThereAreSeveral() {
        InputException e = assertThrows(InputException.class, () -> AnswerCheck.check("x*y", "y", null));
        assertTrue(e.getMessage().contains("--wrt"), e.getMessage());
        assertTrue(AnswerCheck.check("x*y", "y", "x").correct());
        Verdict v = AnswerCheck.check("x*y", "x", "x");
        assertFalse(v.correct());
        assertTrue(v.pointText().contains("x = ") && v.pointText().contains("y = "), v.pointText());
    }

    @Test
    void theVerdictNamesTheDerivative() {
        Verdict v = AnswerCheck.check(Expr.parse("3*x^2 - 4*x"), Expr.parse("6*x - 4"), null);
        assertTrue(v.correct());
        assertEquals("6*x - 4", v.derivative().toString());
    }

    @Test
    void samplePointsAreTheSameEveryRun() {
        Verdict a = AnswerCheck.check("sin(x)/x", "(sin(x) - x*cos(x))/x^2", null);
        Verdict b = AnswerCheck.check("sin(x)/x", "(sin(x) - x*cos(x))/x^2", null);
        assertEquals(a.text(), b.text());
    }

    @Test
    void aProblemDefinedNowhereIsAMathError() {
        assertThrows(dev.deriv.MathException.class, () -> AnswerCheck.check("ln(-x^2 - 1)", "0", null));
    }

    /**
     * Issue 17, cause (1): 1 + tanh(-40) is exactly 0 at 30 digits, so the answer looked undefined
     * at x = -40 ("incorrect", "agrees only for x > -36.84"); at 60 digits it is 3.6e-35.
     */
    @Test
    void anAnswerUndefinedAt30DigitsIsEvaluatedAgainAtHigherPrecision() {
        Verdict v = AnswerCheck.check("x/2 - exp(-2*x)/4", "1/(1+tanh(x))", null);
        assertTrue(v.correct(), v.text());
        // an answer that is undefined in truth stays so
        Verdict w = AnswerCheck.check("x/2 - exp(-2*x)/4", "1/(1+tanh(x)) + ln(-exp(x))", null);
        assertFalse(w.correct(), w.text());
    }

    /**
     * Issue 17, cause (2): a value lost to cancellation was trusted because 30 and 60 digits agreed
     * on the same garbage: 25*(1 - tanh(10x))^2*exp(40x) is 100 at x = 10, and 0 at both.
     */
    @Test
    void aValueLostToCancellationIsNotTrusted() {
        Verdict v = AnswerCheck.check("5*(ln(exp(20*x) + 1) + 1/(exp(20*x) + 1))", "25*(1 - tanh(10*x))^2*exp(40*x)", null);
        assertTrue(v.correct(), v.text());
    }

    /**
     * Issue 17, cause (4): the problem is defined only where a &gt; b &gt; c &gt; d &gt; 0 and x &gt; 0, which one
     * random point in thousands meets; 96 found none, and check refused ("not defined at any of the
     * 96 points tried"). The domain search reads the constraints off the expressions.
     */
    @Test
    void aDomainThatRandomPointsMissIsSearched() {
        String problem = "ln(x)*sqrt(a - b)*sqrt(b - c)*sqrt(c - d)*sqrt(d)";
        Verdict v = AnswerCheck.check(problem, "sqrt((a - b)*(b - c))*sqrt((c - d)*d)/x", "x");
        assertTrue(v.correct(), v.text());
        Verdict w = AnswerCheck.check(problem, "sqrt((a - b)*(b - c))*sqrt((c - d)*d)/x^2", "x");
        assertFalse(w.correct(), w.text());
        assertTrue(w.text().contains("the answer is"), w.text());
    }

    @Test
    void theDomainSearchMeetsEveryConstraint() {
        dev.deriv.expr.Node n = dev.deriv.internal.Internals.node(
                Expr.parse("asin(x/a)*ln(a - b)*sqrt(b - c)*sqrt(c)*sqrt(d - a)*acosh(d)"));
        List<dev.deriv.expr.Var> vars = java.util.stream.Stream.of("x", "a", "b", "c", "d")
                .map(dev.deriv.expr.Nodes::var).collect(java.util.stream.Collectors.toList());
        DomainSearch search = new DomainSearch(List.of(n), vars, 1);
        assertEquals(6, search.constraintCount());
        List<java.util.Map<dev.deriv.expr.Var, java.math.BigDecimal>> points = search.points(10);
        assertEquals(10, points.size());
        for (var p : points) {
            java.util.Map<dev.deriv.expr.Var, Double> at = new java.util.HashMap<>();
            p.forEach((k, x) -> at.put(k, x.doubleValue()));
            assertTrue(Double.isFinite(dev.deriv.expr.Interpreter.eval(n, at)), p.toString());
        }
    }
}
