package dev.deriv.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.testing.RandomExprs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The request's memory of deep comparisons changes no result, and makes deep towers cheap to sort. */
class ComparisonCacheTest {
    private static final Var X = new Var("x");
    private static final Var Y = new Var("y");

    /** Random expressions made deep enough for the cache (depth 12 and more) by wrapping. */
    @Provide
    Arbitrary<Node> deep() {
        Arbitrary<Node> base = RandomExprs.exprs(2);
        return base.flatMap(e -> net.jqwik.api.Arbitraries.integers().between(12, 30)
                .map(levels -> wrap(e, levels)));
    }

    private static Node wrap(Node e, int levels) {
        Node n = e;
        for (int i = 0; i < levels; i++) {
            n = (i % 3 == 0) ? Nodes.call(Function.SIN, n) : (i % 3 == 1) ? Nodes.pow(X, n) : Nodes.add(n, Y);
        }
        return n;
    }

    @Property(tries = 300)
    void cachedComparisonsAgreeWithTheWalk(@ForAll("deep") Node a, @ForAll("deep") Node b) {
        int expected = Integer.signum(Order.compareUncached(a, b));
        Deadline.call(60_000, "the test", () -> {
            for (int round = 0; round < 2; round++) { // the second round answers from the cache
                assertEquals(expected, Integer.signum(Order.compare(a, b)));
                assertEquals(-expected, Integer.signum(Order.compare(b, a)));
            }
            return null;
        });
    }

    @Test
    void shuffledTowersSortByHeight() {
        List<Node> towers = towers(400);
        List<Node> shuffled = new ArrayList<>(towers);
        Collections.shuffle(shuffled, new Random(7));
        Deadline.call(60_000, "the test", () -> {
            shuffled.sort(Order.FACTORS);
            return null;
        });
        assertEquals(towers, shuffled);
    }

    /**
     * Issue 11: the Hessian of a 1,000-level tower x^x^...^x walked the same deep pairs
     * again and again, sorting sums that share terms (14 s of CPU; minutes for 3,000
     * levels). Sorting the same towers again walks almost no pair again (a few are
     * forgotten where two pairs share a slot of the table).
     */
    @Test
    void deepPairsAreRememberedWithinARequest() {
        List<Node> shuffled = towers(200);
        Collections.shuffle(shuffled, new Random(7));
        long[] walks = Deadline.call(60_000, "the test", () -> {
            ComparisonCache cache = Deadline.comparisons();
            new ArrayList<>(shuffled).sort(Order.FACTORS);
            long first = cache.walks();
            new ArrayList<>(shuffled).sort(Order.FACTORS);
            return new long[] {first, cache.walks() - first};
        });
        assertTrue(walks[0] > 10_000, "the first sort walks the towers: " + walks[0]);
        assertTrue(walks[1] < walks[0] / 20, walks[1] + " walks in the second sort, " + walks[0] + " in the first");
    }

    private static List<Node> towers(int count) {
        List<Node> towers = new ArrayList<>();
        Node t = X;
        for (int i = 0; i < count; i++) {
            towers.add(t);
            t = Nodes.pow(X, t);
        }
        return towers;
    }
}
