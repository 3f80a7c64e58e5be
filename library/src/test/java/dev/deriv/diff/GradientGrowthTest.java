package dev.deriv.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.deriv.Expr;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reverse sweep looks for a node's variables among the node's own, not among
 * all the gradient's: the 10,000 partials of LSE-10000 took 28 s when each of its
 * nodes went through all 10,000 variables (quadratic), about 0.5 s now. The bound
 * is 20 times that, so a slow machine does not fail it; the quadratic sweep does.
 */
class GradientGrowthTest {

    @Test
    void theGradientOfAWideLogSumExpIsNotQuadratic() {
        int n = 10_000;
        StringBuilder sb = new StringBuilder("ln(");
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            sb.append(i > 1 ? " + " : "").append("exp(x").append(i).append(')');
            names.add("x" + i);
        }
        Expr f = Expr.parse(sb.append(')').toString());
        List<Expr> partials = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> f.gradient(names));
        assertEquals(n, partials.size());
        // the partials are the softmax: each is exp(xi) over the same sum
        assertEquals(1.0 / n, partials.get(n - 1).eval(zeros(names)), 1e-15);
    }

    private static java.util.Map<String, Double> zeros(List<String> names) {
        java.util.Map<String, Double> at = new java.util.HashMap<>();
        for (String s : names) at.put(s, 0.0);
        return at;
    }
}
