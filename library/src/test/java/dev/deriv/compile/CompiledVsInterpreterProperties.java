package dev.deriv.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.deriv.CompileOptions;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Node;
import dev.deriv.expr.Var;
import dev.deriv.testing.RandomExprs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Compiled code against the reference interpreter on random trees (plus 1,000
 * from the shared generator RandomExprs): 300 tries
 * of 8 trees each (compiled together, so CSE across outputs is exercised too)
 * = 2,400 trees per path, at 37 points (vector lanes and the scalar tail),
 * through the scalar loop and through the Vector API loop. Results agree within
 * the rounding-error bound of {@link ErrorBound} (a few ulps where the
 * expression is well conditioned); NaN exactly where the interpreter gives NaN.
 */
class CompiledVsInterpreterProperties {
    static final int TREES = 8;
    static final int POINTS = 37;
    static final AtomicLong COMPARED = new AtomicLong();
    static final AtomicLong SKIPPED = new AtomicLong();
    static final AtomicLong TREES_SEEN = new AtomicLong();

    @Property(tries = 300)
    void scalarLoopAgreesWithInterpreter(@ForAll long seed) {
        check(seed, false);
    }

    @Property(tries = 300)
    void vectorLoopAgreesWithInterpreter(@ForAll long seed) {
        check(seed, true);
    }

    /** Trees of the project's shared generator (dev.deriv.testing.RandomExprs), shrinkable, both paths. */
    @Property(tries = 250)
    void sharedGeneratorTreesAgree(@ForAll("fourTrees") List<Node> trees, @ForAll long seed) {
        check(trees, new RandomTrees(seed), seed % 2 == 0);
    }

    @Provide
    Arbitrary<List<Node>> fourTrees() {
        return RandomExprs.exprs().list().ofSize(4);
    }

    static void check(long seed, boolean simd) {
        RandomTrees g = new RandomTrees(seed);
        List<Node> trees = new ArrayList<>();
        for (int t = 0; t < TREES; t++) trees.add(g.tree(1 + (int) Math.floorMod(seed + t, 5L)));
        check(trees, g, simd);
    }

    static void check(List<Node> trees, RandomTrees g, boolean simd) {
        TREES_SEEN.addAndGet(trees.size());
        CompiledFunction f = CompiledFunction.compile(trees, RandomTrees.VARS,
                CompileOptions.defaults().withSimd(simd).withThreads(1));
        assertTrue(f.isCompiled(), () -> "fell back: " + f.fallbackReason());
        assertEquals(simd && Simd.available(), f.usesSimd());
        double[][] in = new double[3][POINTS];
        for (double[] a : in) for (int i = 0; i < POINTS; i++) a[i] = g.value();
        double[][] out = new double[trees.size()][POINTS];
        f.eval(in, out);
        for (int i = 0; i < POINTS; i++) {
            Map<Var, Double> point = new HashMap<>();
            for (int v = 0; v < 3; v++) point.put(RandomTrees.VARS.get(v), in[v][i]);
            for (int t = 0; t < trees.size(); t++) {
                double expected = Interpreter.eval(trees.get(t), point);
                ErrorBound.Value bound = ErrorBound.of(trees.get(t), point);
                if (bound.singular()) {
                    SKIPPED.incrementAndGet();
                    continue;
                }
                COMPARED.incrementAndGet();
                if (!ErrorBound.agrees(out[t][i], expected, bound)) {
                    fail("compiled " + out[t][i] + " but interpreter " + expected + " (bound " + bound.e() + ", "
                            + (simd ? "SIMD" : "scalar") + ") for " + trees.get(t) + " at " + point + "\n"
                            + f.describeProgram());
                }
            }
        }
    }

    @AfterContainer
    static void enoughWasCompared() {
        long c = COMPARED.get();
        long s = SKIPPED.get();
        System.out.println("compiled vs interpreter: " + TREES_SEEN.get() + " trees, " + c + " values compared, "
                + s + " skipped at singular points");
        assertTrue(TREES_SEEN.get() >= 4000, "trees: " + TREES_SEEN.get());
        assertTrue(c > 2 * s, "compared " + c + " values, skipped " + s + " at singular points");
    }
}
