package dev.deriv.simplify;

import dev.deriv.expr.Node;
import dev.deriv.print.PrintedSize;

/**
 * What the simplifier minimizes. A cost may remember the costs of the
 * subexpressions it has seen, so one instance serves one simplification: a
 * {@link Simplifier} takes a factory ({@code Cost::printedSize}) and makes a
 * fresh cost for each run.
 */
@FunctionalInterface
public interface Cost {
    long of(Node n);

    /** For people: the size of the printed form ({@link PrintedSize}), the measure SymPy's answers are compared by. */
    static Cost printedSize() {
        PrintedSize size = new PrintedSize();
        return size::size;
    }

    /** For the compiler: the arithmetic the generated code performs, weighted by what each operation costs. */
    static Cost operations() {
        return new OperationCount(OperationCount.Weights.COMPILER);
    }
}
