package dev.deriv.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Expr;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.dfp.Dfp;
import org.junit.jupiter.api.Test;

class PreciseTest {
    private static final Var X = Nodes.var("x");

    private static Dfp at(String expr, String x, int digits) {
        Node n = Internals.node(Expr.parse(expr));
        return Precise.at(digits, Map.of(X, new BigDecimal(x))).value(n);
    }

    @Test
    void agreesWithDoublesOnEveryFunction() {
        String[] fs = {"sin(x)", "cos(x)", "tan(x)", "cot(x)", "sec(x)", "csc(x)", "asin(x/20)", "acos(x/20)",
            "atan(x)", "sinh(x)", "cosh(x)", "tanh(x)", "exp(x)", "ln(abs(x))", "abs(x)", "sqrt(abs(x))",
            "abs(x)^(1/3)", "x^5", "x^-3", "2^x", "abs(x)^x", "sigmoid(x)", "softplus(x)", "log10(abs(x))"};
        Random r = new Random(7);
        for (String f : fs) {
            Expr e = Expr.parse(f);
            for (int i = 0; i < 20; i++) {
                BigDecimal x = new BigDecimal(r.nextDouble() * 20 - 10).round(new java.math.MathContext(6));
                double expected = e.eval(Map.of("x", x.doubleValue()));
                Dfp v = Precise.at(30, Map.of(X, x)).value(Internals.node(e));
                assertEquals(expected, v.toDouble(), 1e-12 * Math.max(1, Math.abs(expected)), f + " at " + x);
            }
        }
    }

    @Test
    void undefinedIsNull() {
        assertNull(at("ln(x)", "-1", 30));
        assertNull(at("ln(x)", "0", 30));
        assertNull(at("1/x", "0", 30));
        assertNull(at("sqrt(x)", "-2", 30));
        assertNull(at("asin(x)", "1.5", 30));
        assertNull(at("x^(1/3)", "-8", 30)); // as Math.pow: a negative base to a fractional power is undefined
        assertEquals(-8, at("x^3", "-2", 30).toDouble());
        assertEquals(Math.PI / 2, at("asin(x)", "1", 30).toDouble(), 1e-15);
    }

    @Test
    void longNumbersKeepTheirSize() {
        // Dfp's own parser reads "1" and 200 zeros as 1e32
        assertEquals(1e-200 * 0.5, at("1e-200*x", "0.5", 30).toDouble(), 1e-214);
        assertEquals(1.5777218104420236e-28, at("100*x^99 + 1e-200*x", "0.5", 30).toDouble(), 1e-43);
        assertEquals(123456789012345678901234567890123456789e10,
                at("123456789012345678901234567890123456789*x", "1e10", 30).toDouble(), 1e34);
    }

    @Test
    void cancellationShowsInTheErrorEstimate() {
        Node n = Internals.node(Expr.parse("exp(100)*(sin(x)^2 + cos(x)^2 - 1)"));
        Precise p30 = Precise.at(30, Map.of(X, new BigDecimal("0.7")));
        Dfp v30 = p30.value(n);
        assertTrue(Math.abs(v30.toDouble()) <= p30.error(n), v30 + " within " + p30.error(n));
        Precise p60 = Precise.at(60, Map.of(X, new BigDecimal("0.7")));
        assertTrue(p60.error(n) < 1e-5 && p60.error(n) < p30.error(n) * 1e-20, "at 60 digits: " + p60.error(n));
        assertTrue(Math.abs(p60.value(n).toDouble()) <= p60.error(n));
    }

    /** Issue 11, "Hangs": exp of 1.5e9 looped forever in DfpMath; 2^x and sinh reach it too. */
    @Test
    void hugeArgumentsFinish() {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            for (String x : new String[] {"1500000000", "-1500000000", "1073741825", "2147483649"}) {
                for (String f : new String[] {"exp(x)", "2^x", "sinh(x)", "cosh(x)", "tanh(x)", "x^x", "(-2)^x", "0.5^x"}) {
                    at(f, x, 30);
                }
            }
        });
        assertTrue(at("exp(x)", "-1500000000", 30).isZero());
        assertEquals(-1, at("tanh(x)", "-1500000000", 30).toDouble());
        assertEquals(-1, at("(-1)^x", "3000000001", 30).toDouble());
    }

    /**
     * Issue 17, cause (2): the error of a value is a bound, also where the value rounds to 0.
     * (1 - tanh(x))^2*exp(4x) at x = 94.4 is 4, but 0 at 30 and 60 digits (tanh(94.4) is 1 to
     * 82 digits); a first-order estimate took the slope of u^2 at u = 0 and said "no error".
     */
    @Test
    void theErrorBoundCoversTheTrueError() {
        String[] fs = {"(1 - tanh(x))^2*exp(4*x)", "(1 - tanh(x))*(1 - tanh(x))*exp(4*x)", "sqrt(1 - tanh(x))*exp(x)",
            "(1 + x - x)*1e40 - 1e40", "(x + 1e-35 - x)*1e35", "(1 - tanh(x))^3*exp(6*x)", "exp((1 - tanh(x))*exp(2*x))",
            "(cosh(x)^2 - sinh(x)^2)*7", "(1 - tanh(x)^2)*cosh(x)^2", "abs(1 - tanh(x))^(1/3)*exp(2*x/3)",
            "(1 - sigmoid(x))*exp(x)", "(2^(x - 1e-40) - 2^x)*1e40", "ln(1 + (1 - tanh(x))*exp(2*x))"};
        String[] xs = {"94.4", "40", "-40", "17.5", "0.3", "3"};
        for (String f : fs) {
            Node n = Internals.node(Expr.parse(f));
            for (String x : xs) {
                Dfp truth = Precise.at(120, Map.of(X, new BigDecimal(x))).value(n);
                if (truth == null) continue;
                for (int digits : new int[] {30, 60}) {
                    Precise p = Precise.at(digits, Map.of(X, new BigDecimal(x)));
                    Dfp v = p.value(n);
                    if (v == null) continue; // undefined at this precision: certain() must say it is not sure
                    BigDecimal error = Precise.decimal(v).subtract(Precise.decimal(truth)).abs();
                    double bound = p.error(n);
                    assertTrue(error.doubleValue() <= bound, f + " at x = " + x + ", " + digits + " digits: "
                            + v.toDouble() + " is off by " + error.doubleValue() + ", beyond the bound " + bound);
                }
            }
        }
    }
}
