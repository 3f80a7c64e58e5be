package dev.deriv.compile;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.CompileOptions;
import dev.deriv.LimitException;
import dev.deriv.expr.Deadline;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.parse.Parser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the request's time budget holds while compiling and minimizing too. The
 * gradient of a 1,000-level tower x^x^...^x took 30 s to compile and minimize with a
 * budget of 10 s (3,000 levels: 568 s): lowering and code generation never looked at the clock (and scanned its program
 * from the start for every method: quadratic), a budget that ran out while compiling
 * was taken for a compiler failure and evaluation went on in the interpreter, and the
 * minimizer's evaluations never looked at the clock either.
 */
class BudgetTest {
    private static final Var X = (Var) Parser.parse("x");

    @Test
    void aBudgetThatRunsOutWhileCompilingEndsTheRequest() {
        List<Node> terms = new ArrayList<>();
        for (int i = 1; i <= 20_000; i++) terms.add(Nodes.call(dev.deriv.expr.Function.SIN, Nodes.mul(Nodes.num(i), X)));
        List<Node> program = List.of(Nodes.add(terms));
        LimitException stop = assertThrows(LimitException.class, () -> Deadline.call(1, "the test", () ->
                CompiledFunction.compile(program, List.of(X), CompileOptions.defaults())));
        assertTrue(stop.getMessage().contains("time limit"), stop.getMessage());
    }

    @Test
    void theMinimizerStopsWhenTheBudgetRunsOut() {
        Minimizer.Objective slowParabola = (x, g) -> {
            try {
                Thread.sleep(30); // longer than the budget: the second evaluation must not start
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            g[0] = 2 * (x[0] - 3);
            return (x[0] - 3) * (x[0] - 3);
        };
        assertThrows(LimitException.class, () -> Deadline.call(10, "the test", () ->
                Minimizer.minimize(slowParabola, new double[] {-40}, Minimizer.Options.defaults(), null)));
    }
}
