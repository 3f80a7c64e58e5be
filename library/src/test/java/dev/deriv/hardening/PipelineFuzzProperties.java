package dev.deriv.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.CompileOptions;
import dev.deriv.Evaluator;
import dev.deriv.Expr;
import dev.deriv.LimitException;
import dev.deriv.MathException;
import dev.deriv.ParseException;
import dev.deriv.expr.DeepStack;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.internal.Internals;
import dev.deriv.print.InfixPrinter;
import dev.deriv.simplify.Simplifier;
import dev.deriv.testing.RandomExprs;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing by property: random strings, random token sequences and random
 * expression trees through parse, differentiate, simplify, print (infix and
 * LaTeX) and compile. The only outcomes allowed are a result or a documented
 * error ({@link ParseException}, {@link MathException}, {@link LimitException});
 * any other exception fails the property. Sizes are bounded, and every step has
 * its budget, so no try can hang: jqwik would report one that takes long.
 */
class PipelineFuzzProperties {
    private static final Simplifier.Budget SMALL = new Simplifier.Budget(2_000, 200);

    private static final List<String> TOKENS = List.of(
            "x", "y", "z", "xy", "x_2", "pi", "e", "θ", "π", "0", "1", "2", "3", "10", "0.5", ".25", "1e3", "2.5E-2",
            "1e400", "99999999999999999999", "+", "-", "−", "*", "/", "^", "**", "·", "(", ")", "(", ")", ",", " ",
            "sin(", "cos(", "tan(", "cot(", "sec(", "csc(", "asin(", "acos(", "atan(", "sinh(", "cosh(", "tanh(",
            "exp(", "ln(", "log(", "log2(", "log10(", "sqrt(", "abs(", "sigmoid(", "softplus(", "sinn(", "x(", "e(");

    @Provide
    Arbitrary<String> randomText() {
        Arbitrary<Character> chars = Arbitraries.of(
                'x', 'y', 'e', 'p', 'i', 's', 'n', '0', '1', '2', '9', '.', 'E', '+', '-', '*', '/', '^', '(', ')',
                ',', ' ', '\t', '\n', '_', 'θ', '−', '#', '\u0000', '\uFEFF', '\uD835', '!', '=');
        return chars.list().ofMaxSize(40).map(cs -> {
            StringBuilder sb = new StringBuilder();
            for (char c : cs) sb.append(c);
            return sb.toString();
        });
    }

    @Provide
    Arbitrary<String> tokenSequences() {
        return Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(30).map(ts -> String.join("", ts));
    }

    @Provide
    Arbitrary<Node> trees() {
        return RandomExprs.exprs();
    }

    @Property(tries = 1_500)
    void randomTextGivesAResultOrADocumentedError(@ForAll("randomText") String text) {
        pipeline(text);
    }

    @Property(tries = 1_500)
    void randomTokensGiveAResultOrADocumentedError(@ForAll("tokenSequences") String text) {
        pipeline(text);
    }

    @Property(tries = 400)
    void randomTreesGoThroughThePipeline(@ForAll("trees") Node tree) {
        String text = DeepStack.call(() -> InfixPrinter.print(tree));
        Expr e = Expr.parse(text); // printed canonical forms always parse
        assertTrue(DeepStack.call(() -> Internals.node(e).equals(tree)), text);
        pipeline(text);
    }

    /**
     * The last stage: random trees and their derivatives compile (no fallback to the
     * interpreter) and evaluate at ordinary and edge points without an exception.
     * Agreement with the interpreter, within error bounds, is
     * {@code compile.CompiledVsInterpreterProperties}; here NaN where the interpreter
     * has a number, or a number where it has NaN, is enough to fail.
     */
    private static boolean definedStrictly(Node n, double[] p) {
        try {
            dev.deriv.expr.Interpreter.evalStrict(n, Map.of(Nodes.var("x"), p[0], Nodes.var("y"), p[1], Nodes.var("z"), p[2]));
            return true;
        } catch (dev.deriv.MathException undefined) {
            return false;
        }
    }

    @Property(tries = 60)
    void randomTreesCompile(@ForAll("trees") Node tree) {
        Expr f = Internals.expr(tree);
        List<Expr> outputs;
        try {
            outputs = List.of(f, f.diff("x"));
        } catch (MathException | LimitException documented) {
            outputs = List.of(f);
        }
        Evaluator ev = Evaluator.compile(outputs, List.of("x", "y", "z"), CompileOptions.defaults().withThreads(1));
        assertTrue(ev.isCompiled(), ev.fallbackReason());
        // no overflowing points here: where intermediates overflow, evaluation order decides between 0, an
        // infinity and NaN, and the compiler's order differs from the interpreter's (EdgeNumbersTest has those)
        double[][] points = {{0.5, -1.25, 2}, {0, 0, 0}, {-3, 1e-3, 7}, {Double.NaN, 1, 1}};
        for (double[] p : points) {
            double[] got = ev.evalAt(p);
            assertEquals(outputs.size(), got.length);
            for (int k = 0; k < outputs.size(); k++) {
                double want = outputs.get(k).eval(Map.of("x", p[0], "y", p[1], "z", p[2]));
                // through a pole (ln(0) = -infinity) the result is an accident of the operation
                // chosen: pow(-infinity, -1/2) is 0, 1/sqrt(-infinity) NaN; only defined points count
                if (!definedStrictly(Internals.node(outputs.get(k)), p)) continue;
                if (Double.isNaN(want) && Double.isFinite(got[k]) || Double.isFinite(want) && Double.isNaN(got[k])) {
                    throw new AssertionError(outputs.get(k) + " at " + java.util.Arrays.toString(p)
                            + ": compiled " + got[k] + ", interpreted " + want);
                }
            }
        }
    }

    /** Parse, differentiate, simplify, print: a result, or a documented error. */
    private static void pipeline(String text) {
        Expr e;
        try {
            e = Expr.parse(text);
        } catch (ParseException | MathException | LimitException documented) {
            assertTrue(documented.getMessage() != null && !documented.getMessage().isBlank());
            return;
        }
        String printed = e.toString();
        assertEquals(e, Expr.parse(printed), printed);
        e.toLatex();
        for (String v : List.of("x", "y")) {
            try {
                Expr d = e.diff(v);
                Node s = Internals.simplifier(e.engine()).simplify(Internals.node(d), SMALL).node();
                Expr.parse(InfixPrinter.print(s));
                d.toLatex();
            } catch (MathException | LimitException documented) {
                assertTrue(documented.getMessage() != null && !documented.getMessage().isBlank());
            }
        }
        try {
            e.gradient(List.of("x", "y"));
            e.simplify();
        } catch (MathException | LimitException documented) {
            assertTrue(documented.getMessage() != null && !documented.getMessage().isBlank());
        }
    }
}
