package dev.deriv.testing;

import dev.deriv.MathException;
import dev.deriv.expr.Function;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Rational;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random canonical expressions for property tests, built only through the
 * canonicalizing constructors of {@link Nodes} (so every value is canonical by
 * construction, exactly as the engine would build it).
 *
 * <p>Two families:
 * <ul>
 *   <li>{@link #exprs()} / {@link #exprs(int)}: anything the language can say. Variables
 *       {@code x, y, z}, the constants {@code pi} and {@code e}, small rationals
 *       (numerators -6..6, denominators 1..4), sums, differences, products, quotients,
 *       powers (small integer, negative, fractional and symbolic exponents, including
 *       negative bases), and every built-in function (sin ... abs) plus the parse-time
 *       forms sqrt, log(u, b), log2, log10. No care is taken about domains: these trees
 *       are for structural properties (printing, parsing, canonical form, rewriting
 *       without numeric checks). A construction that would divide by an exact zero
 *       (the constructors throw {@link MathException}) falls back to its first operand.</li>
 *   <li>{@link #smooth()} / {@link #smooth(int)}: expressions that are <em>defined, finite and
 *       infinitely differentiable at every real point</em>, for numeric checks
 *       (finite differences against a symbolic derivative, simplified versus original,
 *       compiled versus interpreted). Every operation with a restricted domain only
 *       sees arguments inside it:
 *       <ul>
 *         <li>divisions are by {@code u^2 + 1} or {@code u^2 + 2} (at least 1);</li>
 *         <li>{@code ln}, {@code sqrt}, fractional, negative and symbolic powers, and
 *             {@code abs} apply to arguments of at least 1/5: {@code u^2 + 1}, {@code u^2 + 2} or
 *             {@code exp(b)} with {@code b} in [-pi/2, pi/2];</li>
 *         <li>{@code asin}, {@code acos}, {@code tan} and {@code sec} get an argument in
 *             [-1/2, 1/2] ({@code sin(u)/2}, {@code cos(u)/2}, {@code u/(u^2 + 1)});
 *             {@code cot} and {@code csc} get one in [1/2, 3/2] (1 plus such a term);</li>
 *         <li>{@code exp}, {@code sinh} and {@code cosh} get a variable, a small multiple
 *             of one, or a bounded expression ({@code sin(u)}, {@code cos(u)},
 *             {@code atan(u)}, {@code tanh(u)}), so nested exponentials cannot overflow;</li>
 *         <li>sums, products, integer powers 2 and 3, sin, cos, atan, tanh and asinh take anything;</li>
 *         <li>the other functions added with the registry: see {@code hyperbolic}.</li>
 *       </ul>
 *       With the default depth (3) values stay moderate (well inside double range) for
 *       variables in [-3, 3]; sample there. Canonicalization may reshape a tree
 *       ({@code exp(ln(u)) = u}), but only by rules that are valid where the input is
 *       defined, so the guarantee holds for the canonical form too.</li>
 * </ul>
 * Both use only the variables {@link #VARIABLES}.
 */
public final class RandomExprs {
    private RandomExprs() {}

    /** The variables the generators use. */
    public static final List<String> VARIABLES = List.of("x", "y", "z");

    /** Default depth of {@link #exprs()}. */
    public static final int DEFAULT_DEPTH = 4;

    /** Default depth of {@link #smooth()}. */
    public static final int DEFAULT_SMOOTH_DEPTH = 3;

    // ---- leaves ---------------------------------------------------------------------------

    public static Arbitrary<Node> variables() {
        return Arbitraries.of(VARIABLES).map(n -> (Node) Nodes.var(n));
    }

    public static Arbitrary<Node> constants() {
        return Arbitraries.<Node>of(Nodes.PI, Nodes.E);
    }

    /** Small rationals: integers -6..6 most often, otherwise p/q with q in 2..4. */
    public static Arbitrary<Node> rationals() {
        Arbitrary<Node> integers = Arbitraries.integers().between(-6, 6).map(n -> (Node) Nodes.num(n));
        Arbitrary<Node> fractions = Combinators.combine(
                Arbitraries.integers().between(-6, 6), Arbitraries.integers().between(2, 4))
                .as((p, q) -> (Node) Nodes.num(Rational.of(p, q)));
        return Arbitraries.frequencyOf(Tuple.of(3, integers), Tuple.of(1, fractions));
    }

    public static Arbitrary<Node> leaves() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, variables()), Tuple.of(3, rationals()), Tuple.of(1, constants()));
    }

    // ---- anything -------------------------------------------------------------------------

    /** Arbitrary canonical expressions of depth at most {@value #DEFAULT_DEPTH}. */
    public static Arbitrary<Node> exprs() {
        return exprs(DEFAULT_DEPTH);
    }

    /** Arbitrary canonical expressions of depth at most {@code depth} (0: leaves only). */
    public static Arbitrary<Node> exprs(int depth) {
        if (depth <= 0) return leaves();
        Arbitrary<Node> sub = Arbitraries.lazy(() -> exprs(depth - 1));
        Arbitrary<Node> exponents = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(2, 3, -1, -2, 4).map(n -> (Node) Nodes.num(n))),
                Tuple.of(3, Arbitraries.<Node>of(Nodes.HALF, Nodes.num(1, 3), Nodes.num(-1, 2),
                        Nodes.num(3, 2), Nodes.num(2, 3), Nodes.num(-5, 4))),
                Tuple.of(2, sub));
        return Arbitraries.frequencyOf(
                Tuple.of(3, leaves()),
                Tuple.of(3, Arbitraries.lazy(() -> sums(sub))),
                Tuple.of(3, Arbitraries.lazy(() -> products(sub))),
                Tuple.of(1, binary(sub, sub, Nodes::sub)),
                Tuple.of(2, binary(sub, sub, Nodes::div)),
                Tuple.of(1, sub.map(Nodes::neg)),
                Tuple.of(3, binary(sub, exponents, Nodes::pow)),
                Tuple.of(4, calls(sub)),
                Tuple.of(1, parseTimeForms(sub)));
    }

    private static Arbitrary<Node> sums(Arbitrary<Node> sub) {
        return sub.list().ofMinSize(2).ofMaxSize(4).map(terms -> safely(() -> Nodes.add(terms), terms.get(0)));
    }

    private static Arbitrary<Node> products(Arbitrary<Node> sub) {
        return sub.list().ofMinSize(2).ofMaxSize(3).map(fs -> safely(() -> Nodes.mul(fs), fs.get(0)));
    }

    /** Every built-in function applied to a subexpression. */
    private static Arbitrary<Node> calls(Arbitrary<Node> sub) {
        return Combinators.combine(Arbitraries.of(Function.BUILTINS), sub)
                .as((f, u) -> safely(() -> Nodes.call(f, u), u));
    }

    /** What the parser makes of sqrt(u), log(u, b), log2(u), log10(u). */
    private static Arbitrary<Node> parseTimeForms(Arbitrary<Node> sub) {
        return Arbitraries.oneOf(
                sub.map(Nodes::sqrt),
                binary(sub, sub, (u, b) -> Nodes.div(Nodes.ln(u), Nodes.ln(b))),
                sub.map(u -> Nodes.div(Nodes.ln(u), Nodes.ln(Nodes.num(2)))),
                sub.map(u -> Nodes.div(Nodes.ln(u), Nodes.ln(Nodes.num(10)))));
    }

    // ---- defined and smooth everywhere ------------------------------------------------------

    /** Expressions defined and smooth at every real point, depth {@value #DEFAULT_SMOOTH_DEPTH}; see the class comment. */
    public static Arbitrary<Node> smooth() {
        return smooth(DEFAULT_SMOOTH_DEPTH);
    }

    /** Expressions defined and smooth at every real point, of depth at most about {@code depth}; see the class comment. */
    public static Arbitrary<Node> smooth(int depth) {
        if (depth <= 0) return leaves();
        Arbitrary<Node> sub = Arbitraries.lazy(() -> smooth(depth - 1));
        Arbitrary<Node> positive = positive(sub);
        Arbitrary<Node> half = halfBounded(sub);
        return Arbitraries.frequencyOf(
                Tuple.of(3, leaves()),
                Tuple.of(3, Arbitraries.lazy(() -> sums(sub))),
                Tuple.of(3, Arbitraries.lazy(() -> products(sub))),
                Tuple.of(1, binary(sub, sub, Nodes::sub)),
                Tuple.of(2, binary(sub, positive, Nodes::div)),
                Tuple.of(2, binary(sub, Arbitraries.of(2, 3).map(n -> (Node) Nodes.num(n)), Nodes::pow)),
                Tuple.of(2, binary(positive, Arbitraries.<Node>of(Nodes.HALF, Nodes.num(1, 3), Nodes.num(-1, 2),
                        Nodes.num(3, 2), Nodes.MINUS_ONE, Nodes.num(-2)), Nodes::pow)),
                Tuple.of(1, binary(positive, bounded(sub), Nodes::pow)),
                Tuple.of(2, Combinators.combine(Arbitraries.of(Function.SIN, Function.COS, Function.ATAN,
                        Function.TANH), sub).as(Nodes::call)),
                Tuple.of(2, Combinators.combine(Arbitraries.of(Function.EXP, Function.SINH, Function.COSH),
                        growthArgument(sub)).as(Nodes::call)),
                Tuple.of(2, positive.map(Nodes::ln)),
                Tuple.of(1, positive.map(Nodes::sqrt)),
                Tuple.of(1, positive.map(u -> Nodes.call(Function.ABS, u))),
                Tuple.of(2, Combinators.combine(Arbitraries.of(Function.ASIN, Function.ACOS, Function.TAN,
                        Function.SEC), half).as(Nodes::call)),
                Tuple.of(1, Combinators.combine(Arbitraries.of(Function.COT, Function.CSC), half)
                        .as((f, h) -> Nodes.call(f, Nodes.add(Nodes.ONE, h)))),
                Tuple.of(2, hyperbolic(sub, positive, half)));
    }

    /**
     * The hyperbolic and root functions of the registry, each inside its domain:
     * asinh of anything, sech of a growth argument, coth and csch of [1/2, 3/2],
     * acosh of at least 6/5, atanh of [-1/2, 1/2], cbrt and sign of a positive argument
     * (sign is then 1, its derivative 0).
     */
    private static Arbitrary<Node> hyperbolic(Arbitrary<Node> sub, Arbitrary<Node> positive, Arbitrary<Node> half) {
        return Arbitraries.oneOf(
                sub.map(u -> call("asinh", u)),
                growthArgument(sub).map(u -> call("sech", u)),
                Combinators.combine(Arbitraries.of("coth", "csch"), half).as((f, h) -> call(f, Nodes.add(Nodes.ONE, h))),
                positive.map(p -> call("acosh", Nodes.add(Nodes.ONE, p))),
                half.map(h -> call("atanh", h)),
                Combinators.combine(Arbitraries.of("cbrt", "sign"), positive).as(RandomExprs::call));
    }

    private static Node call(String registered, Node arg) {
        return Nodes.call(Function.registered(registered), arg);
    }

    /** Positive everywhere (at least e^(-pi/2) > 1/5): {@code u^2 + 1}, {@code u^2 + 2}, or {@code exp(b)} with b bounded. */
    static Arbitrary<Node> positive(Arbitrary<Node> sub) {
        return Arbitraries.oneOf(
                sub.map(u -> Nodes.add(Nodes.pow(u, Nodes.TWO), Nodes.ONE)),
                sub.map(u -> Nodes.add(Nodes.pow(u, Nodes.TWO), Nodes.TWO)),
                bounded(sub).map(Nodes::exp));
    }

    /** In [-pi/2, pi/2] everywhere. */
    static Arbitrary<Node> bounded(Arbitrary<Node> sub) {
        return Combinators.combine(Arbitraries.of(Function.SIN, Function.COS, Function.ATAN, Function.TANH), sub)
                .as(Nodes::call);
    }

    /** In [-1/2, 1/2] everywhere. */
    static Arbitrary<Node> halfBounded(Arbitrary<Node> sub) {
        return Arbitraries.oneOf(
                sub.map(u -> Nodes.mul(Nodes.HALF, Nodes.call(Function.SIN, u))),
                sub.map(u -> Nodes.mul(Nodes.HALF, Nodes.call(Function.COS, u))),
                sub.map(u -> Nodes.div(u, Nodes.add(Nodes.pow(u, Nodes.TWO), Nodes.ONE))));
    }

    /** Arguments for exp, sinh, cosh: a (small multiple of a) variable, or a bounded expression. */
    private static Arbitrary<Node> growthArgument(Arbitrary<Node> sub) {
        Arbitrary<Node> scaled = Combinators.combine(Arbitraries.<Node>of(Nodes.ONE, Nodes.TWO, Nodes.MINUS_ONE,
                Nodes.HALF), variables()).as(Nodes::mul);
        return Arbitraries.oneOf(scaled, bounded(sub));
    }

    // ---- helpers --------------------------------------------------------------------------

    private static Arbitrary<Node> binary(Arbitrary<Node> a, Arbitrary<Node> b, BinaryOperator<Node> op) {
        return Combinators.combine(a, b).as((u, v) -> safely(() -> op.apply(u, v), u));
    }

    /** The constructor's result, or {@code fallback} where it refuses (an exact division by zero). */
    private static Node safely(java.util.function.Supplier<Node> build, Node fallback) {
        try {
            return build.get();
        } catch (MathException e) {
            return fallback;
        }
    }

    /** Applies {@code f} through the canonical constructors; a convenience for callers. */
    public static Arbitrary<Node> mapped(Arbitrary<Node> a, UnaryOperator<Node> f) {
        return a.map(u -> safely(() -> f.apply(u), u));
    }
}
