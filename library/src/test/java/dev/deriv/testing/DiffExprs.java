package dev.deriv.testing;

import dev.deriv.Engine;
import dev.deriv.MathException;
import dev.deriv.expr.Function;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random expression trees for derivative properties, built through the
 * canonical constructors of {@link Nodes}: every function of the derivative
 * table (built in and defined: sigmoid, softplus), sqrt, integer and fractional
 * powers, constant bases, general powers u^v, sums, differences, products and
 * quotients, over the variable {@link #X} and a second variable {@link #Y}
 * (a parameter for d/dx, a variable for gradients). Trees the constructors
 * refuse (x/0) are left out.
 */
public final class DiffExprs {
    private DiffExprs() {}

    public static final Var X = Nodes.var("x");
    public static final Var Y = Nodes.var("y");

    /** Stands for a tree the constructors refused; filtered out. */
    private static final Node REFUSED = Nodes.var("$refused");

    /** Every function a tree may call: the built-ins and those defined in the rule files. */
    public static List<Function> functions() {
        List<Function> fs = new ArrayList<>(Internals.functions(Engine.standard()).all());
        fs.sort((a, b) -> a.name().compareTo(b.name()));
        return fs;
    }

    /** Trees of height at most {@code maxDepth} (calls, powers and operators), leaves x, y and constants. */
    public static Arbitrary<Node> expressions(int maxDepth) {
        if (maxDepth == 0) return leaf();
        Arbitrary<Node> sub = Arbitraries.lazy(() -> expressions(maxDepth - 1));
        return Arbitraries.frequencyOf(
                Tuple.of(2, leaf()),
                Tuple.of(5, unary(sub)),
                Tuple.of(5, binary(sub)),
                Tuple.of(1, nary(sub)))
                .filter(n -> n != REFUSED);
    }

    private static Node safe(Supplier<Node> build) {
        try {
            return build.get();
        } catch (MathException e) {
            return REFUSED;
        }
    }

    static Arbitrary<Node> leaf() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(X)),
                Tuple.of(2, Arbitraries.just(Y)),
                Tuple.of(3, Arbitraries.integers().between(-3, 5).map(n -> (Node) Nodes.num(n))),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(-7, 7),
                        Arbitraries.integers().between(2, 5)).as((p, q) -> (Node) Nodes.num(p, q))),
                Tuple.of(1, Arbitraries.of(Nodes.PI, Nodes.E)));
    }

    private static Arbitrary<Node> unary(Arbitrary<Node> sub) {
        Arbitrary<Function> fs = Arbitraries.of(functions());
        Arbitrary<Node> exponent = Arbitraries.of(
                Nodes.num(2), Nodes.num(3), Nodes.num(4), Nodes.num(-1), Nodes.num(-2), Nodes.num(-3),
                Nodes.HALF, Nodes.num(1, 3), Nodes.num(-1, 2), Nodes.num(3, 2), Nodes.num(2, 3));
        return Arbitraries.frequencyOf(
                Tuple.of(8, Combinators.combine(fs, sub).as((f, u) -> safe(() -> Nodes.call(f, u)))),
                Tuple.of(2, sub.map(u -> safe(() -> Nodes.sqrt(u)))),
                Tuple.of(2, sub.map(u -> safe(() -> Nodes.neg(u)))),
                Tuple.of(4, Combinators.combine(sub, exponent).as((u, n) -> safe(() -> Nodes.pow(u, n)))));
    }

    private static Arbitrary<Node> binary(Arbitrary<Node> sub) {
        Arbitrary<Node> base = Arbitraries.of(Nodes.num(2), Nodes.num(1, 2), Nodes.num(10), Nodes.PI, Nodes.E, Y);
        return Arbitraries.frequencyOf(
                Tuple.of(4, Combinators.combine(sub, sub).as((u, v) -> safe(() -> Nodes.add(u, v)))),
                Tuple.of(3, Combinators.combine(sub, sub).as((u, v) -> safe(() -> Nodes.sub(u, v)))),
                Tuple.of(4, Combinators.combine(sub, sub).as((u, v) -> safe(() -> Nodes.mul(u, v)))),
                Tuple.of(3, Combinators.combine(sub, sub).as((u, v) -> safe(() -> Nodes.div(u, v)))),
                Tuple.of(1, Combinators.combine(base, sub).as((a, u) -> safe(() -> Nodes.pow(a, u)))),
                Tuple.of(1, sub.map(u -> safe(() -> Nodes.pow(u, Y)))),
                Tuple.of(2, Combinators.combine(sub, sub).as((u, v) -> safe(() -> Nodes.pow(u, v)))));
    }

    private static Arbitrary<Node> nary(Arbitrary<Node> sub) {
        return Arbitraries.frequencyOf(
                Tuple.of(1, sub.list().ofMinSize(3).ofMaxSize(5).map(ts -> safe(() -> Nodes.add(ts)))),
                Tuple.of(1, sub.list().ofMinSize(3).ofMaxSize(4).map(fs -> safe(() -> Nodes.mul(fs)))));
    }
}
