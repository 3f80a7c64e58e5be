package dev.deriv.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Expr;
import org.junit.jupiter.api.Test;

class DerivationTest {

    private static String steps(String f) {
        return Derivation.of(Expr.parse(f), "x").infix();
    }

    @Test
    void productRule() {
        String s = steps("x^2*sin(x)");
        assertTrue(s.startsWith("product rule: d/dx(x^2*sin(x)) = x^2*d/dx(sin(x)) + sin(x)*d/dx(x^2)\n"), s);
        assertTrue(s.contains("\n  power rule: d/dx(x^2) = 2*x\n"), s);
        assertTrue(s.contains("\n  table entry for sin: d/dx(sin(x)) = cos(x)\n"), s);
        assertTrue(s.endsWith("\nsimplified: " + Expr.parse("x^2*sin(x)").diff("x")), s);
    }

    @Test
    void sumAndConstantMultipleRules() {
        String s = steps("3*x^2 - 4*x + 5");
        assertTrue(s.startsWith("sum rule: d/dx(3*x^2 - 4*x + 5) = d/dx(3*x^2) + d/dx(-4*x) + d/dx(5)\n"), s);
        assertTrue(s.contains("  constant multiple rule: d/dx(3*x^2) = 3*d/dx(x^2)\n"), s);
        assertTrue(s.contains("  constant rule: d/dx(5) = 0\n"), s);
        assertTrue(s.endsWith("simplified: 6*x - 4"), s);
    }

    @Test
    void chainRuleShowsTheInnerFunction() {
        String s = steps("sin(x^2)");
        assertTrue(s.startsWith("chain rule with inner function u = x^2, table entry for sin: "
                + "d/dx(sin(x^2)) = cos(x^2)*d/dx(x^2)\n"), s);
        assertTrue(s.contains("so d/dx(sin(x^2)) = 2*x*cos(x^2)"), s);
        assertTrue(steps("sqrt(1 + x^2)").startsWith("chain rule with inner function u = x^2 + 1, power rule"));
    }

    @Test
    void quotientRule() {
        String s = steps("(x + 1)/(x - 1)");
        assertTrue(s.startsWith("quotient rule: d/dx((x + 1)/(x - 1)) = "), s);
        assertTrue(s.contains("d/dx(x + 1)") && s.contains("d/dx(x - 1)"), s);
        assertTrue(s.endsWith("simplified: -2/(x - 1)^2"), s);
    }

    @Test
    void generalPowerAndExponentialRules() {
        assertTrue(steps("x^x").startsWith("general power rule"));
        assertTrue(steps("2^x").startsWith("exponential rule: d/dx(2^x) = 2^x*ln(2)"));
        assertTrue(steps("exp(3*x)").startsWith("chain rule with inner function u = 3*x, table entry for exp"));
    }

    @Test
    void otherVariables() {
        String s = Derivation.of(Expr.parse("t^3 + y*t"), "t").infix();
        assertTrue(s.contains("d/dt(t^3)"), s);
        assertTrue(s.endsWith("simplified: " + Expr.parse("t^3 + y*t").diff("t")), s);
    }

    @Test
    void latexHasTheSameSteps() {
        Derivation d = Derivation.of(Expr.parse("x^2*sin(x)"), "x");
        String tex = d.latex();
        assertTrue(tex.startsWith("\\begin{aligned}\n& \\text{product rule:} && \\frac{d}{dx}\\left("), tex);
        assertTrue(tex.contains("\\text{power rule:}"), tex);
        assertTrue(tex.contains("\\text{simplified:} && " + d.result().toLatex()), tex);
        assertTrue(tex.endsWith("\\end{aligned}"), tex);
        assertTrue(!tex.contains("~") && !tex.contains("DERIVSTEPHOLE"), tex);
        assertEquals(d.lines().size() + 1, tex.split("\\\\\\\\\n").length, tex);
    }

    @Test
    void latexIsBalancedAndShowsTheInnerFunctionInMath() {
        for (String f : new String[] {"sin(x^2)", "(x + 1)/(x - 1)", "sqrt(1 + x^2)", "x^x", "exp(3*x)/x"}) {
            String tex = Derivation.of(Expr.parse(f), "x").latex();
            int depth = 0;
            for (char c : tex.toCharArray()) {
                if (c == '{') depth++;
                if (c == '}') depth--;
                assertTrue(depth >= 0, tex);
            }
            assertEquals(0, depth, tex);
            assertEquals(tex.split("\\\\left").length, tex.split("\\\\right").length, tex);
        }
        String tex = Derivation.of(Expr.parse("sin(x^2)"), "x").latex();
        assertTrue(tex.contains("\\text{chain rule with inner function } u = x^{2}\\text{, table entry for sin:}"), tex);
    }
}
