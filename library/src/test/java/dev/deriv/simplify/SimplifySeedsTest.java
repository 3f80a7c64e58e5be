package dev.deriv.simplify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Engine;
import dev.deriv.expr.Node;
import dev.deriv.internal.Internals;
import dev.deriv.print.InfixPrinter;
import dev.deriv.print.PrintedSize;
import dev.deriv.testing.RandomExprs;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;

/**
 * The soundness and no-growth checks of {@link SimplifyProperties} on trees drawn
 * from the shared generator with fixed seeds: deterministic, and quick enough for
 * mutation testing, which leaves the property tests out (README, "Test strength").
 * jqwik examples, so that the generator runs in its context.
 */
class SimplifySeedsTest {
    private static final Simplifier SIMPLIFIER = Internals.simplifier(Engine.standard());

    private static void check(Arbitrary<Node> trees, int count, long seed) {
        RandomGenerator<Node> generator = trees.generator(100);
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            Node input = generator.next(random).value();
            Node output = SIMPLIFIER.simplify(input).node();
            SimplifyProperties.checkSameValues(input, output);
            assertTrue(PrintedSize.of(output) <= PrintedSize.of(input),
                    () -> InfixPrinter.print(input) + " grew to " + InfixPrinter.print(output));
        }
    }

    @Example
    void anythingKeepsItsValueAndDoesNotGrow() {
        check(RandomExprs.exprs(), 300, 20_261_122);
    }

    @Example
    void smoothExpressionsKeepTheirValue() {
        check(RandomExprs.smooth(), 150, 7);
    }
}
