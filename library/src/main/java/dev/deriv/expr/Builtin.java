package dev.deriv.expr;

import dev.deriv.MathException;
import java.util.List;
import java.util.Objects;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.dfp.Dfp;

/**
 * Everything deriv knows about one built-in function, in one place: an entry of
 * {@link FunctionRegistry}. The parser, both printers, the interpreter, the
 * compiler, the high-precision evaluator, the point-value checks and the test
 * oracles all read it from here. Its derivative is the one thing not here: it is
 * the rule named {@link #derivativeRule} in {@code rules/derivatives.rules}, and
 * {@link FunctionRegistry#requireDerivativeRules} refuses an entry without one.
 *
 * @param name            the name in the expression language
 * @param value           the double implementation (NaN outside the domain, an infinity at a pole)
 * @param domain          where the function is defined, and how to say so when it is not
 * @param latex           a LaTeX command written before the parenthesized argument ({@code \sin}),
 *                        or a template in which {@code #} stands for the argument ({@code e^{#}})
 * @param compiled        what compiled code computes: a static method and its Vector API form, if any
 * @param precise         the high-precision (Dfp) implementation
 * @param errorGain       a bound of |f'| for propagating rounding errors in high precision
 * @param special         exact values at special arguments ({@code sin(pi) = 0}), applied whenever a call is built
 * @param kinks           arguments where the function is not differentiable though its derivative formula
 *                        may be defined there ({@code sign} at 0): derivatives there are checked by limits
 * @param derivativeRule  the name of this function's rule in {@code rules/derivatives.rules}
 */
public record Builtin(String name, DoubleUnaryOperator value, Domain domain, String latex, Compiled compiled,
                      PreciseForm precise, ErrorGain errorGain, SpecialValue special, List<Double> kinks,
                      String derivativeRule) {

    public Builtin {
        Objects.requireNonNull(name, "name");
        for (Object part : new Object[] {value, domain, latex, compiled, precise, errorGain, special, derivativeRule}) {
            if (part == null) throw new IllegalArgumentException("the registry entry for '" + name + "' is incomplete");
        }
        kinks = List.copyOf(kinks);
    }

    /** True when {@link #latex} is a template with {@code #} for the argument. */
    public boolean latexIsTemplate() { return latex.indexOf('#') >= 0; }

    /** Where a function is defined, with the words that say so. */
    public record Domain(DoublePredicate contains, String needs, String poleWhere) {
        /** Defined for every real number. */
        public static final Domain ALL = new Domain(x -> true, null, null);

        /** Defined where {@code contains}; elsewhere "NAME needs {@code needs}" ("a positive argument"). */
        public static Domain needs(DoublePredicate contains, String needs) { return new Domain(contains, needs, null); }

        /** Defined except at poles, where {@code poleWhere} with {@code {arg}} for the argument holds ("sin({arg}) = 0"). */
        public static Domain poles(DoublePredicate contains, String poleWhere) {
            return new Domain(contains, null, poleWhere);
        }

        /**
         * Why {@code name(arg)} is undefined, for messages: "ln needs a positive argument, and
         * 2 - x = -1 here", "division by zero: sin(x) = 0".
         *
         * @param here  ", and ARG = VALUE here", or "" when the argument is a variable
         */
        public String reason(String name, String printedCall, String arg, String here) {
            if (needs != null) return name + " needs " + needs + here;
            if (poleWhere != null) return "division by zero: " + poleWhere.replace("{arg}", arg);
            return printedCall + " is undefined";
        }
    }

    /** What compiled code computes for a call. */
    public sealed interface Compiled permits StaticCall, Reciprocal {}

    /**
     * A static method {@code double owner.method(double)} for scalar code, and the
     * {@code jdk.incubator.vector.VectorOperators} constant for vector code, or null
     * when the Vector API has none: then the vector loop calls the method lane by lane.
     * Names only, so that this class loads without the Vector API module.
     *
     * @param owner           the class in internal form, {@code java/lang/Math}
     */
    public record StaticCall(String owner, String method, String vectorOperator) implements Compiled {
        /** A method of {@code java.lang.Math}. */
        public static StaticCall math(String method, String vectorOperator) {
            return new StaticCall("java/lang/Math", method, vectorOperator);
        }

        /** A method of {@link RealFunctions}, with no Vector API form. */
        public static StaticCall scalarOnly(String method) {
            return new StaticCall(RealFunctions.class.getName().replace('.', '/'), method, null);
        }
    }

    /** {@code 1/g(x)} for the registered function {@code of}: sec is 1/cos, and vectorizes as cos does. */
    public record Reciprocal(String of) implements Compiled {}

    /** A high-precision implementation: the value at x, or null where undefined. */
    @FunctionalInterface
    public interface PreciseForm {
        Dfp apply(Dfp x);
    }

    /** A bound of |f'(x)| from the argument and the value, for rounding-error estimates. */
    @FunctionalInterface
    public interface ErrorGain {
        double slope(double x, double value);
    }

    /** Exact values: the folded node for {@code f(arg)}, or null when the call stays. May throw MathException at a pole. */
    @FunctionalInterface
    public interface SpecialValue {
        SpecialValue NONE = arg -> null;

        Node fold(Node arg);
    }
}
