package dev.deriv.expr;

import dev.deriv.expr.Builtin.Compiled;
import dev.deriv.expr.Builtin.Domain;
import dev.deriv.expr.Builtin.ErrorGain;
import dev.deriv.expr.Builtin.PreciseForm;
import dev.deriv.expr.Builtin.Reciprocal;
import dev.deriv.expr.Builtin.SpecialValue;
import dev.deriv.expr.Builtin.StaticCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

/**
 * The built-in functions, each described once. Adding a function is one entry
 * here plus one rule in {@code rules/derivatives.rules} (see docs/extending.md);
 * everything else (parser, printers, interpreter, compiler, high precision,
 * point-value checks, test generators) reads the entry.
 *
 * <p>This class touches nothing of the Vector API: a vector form is the name of a
 * {@code VectorOperators} constant that only generated code resolves.
 */
public final class FunctionRegistry {
    private FunctionRegistry() {}

    /** Names the parser rewrites into other forms: sqrt(u) = u^(1/2), log(u) = ln(u), log(u, b) = ln(u)/ln(b). */
    public static final List<String> REWRITTEN = List.of("sqrt", "log", "log2", "log10");

    /**
     * Other spellings of built-in functions, as textbooks and math editors write them
     * ({@code arcsin x}, {@code \\arctan}): the parser reads each as the function it names.
     */
    public static final Map<String, String> ALIASES = Map.of(
            "arcsin", "asin", "arccos", "acos", "arctan", "atan",
            "arsinh", "asinh", "arcosh", "acosh", "artanh", "atanh",
            "arcsinh", "asinh", "arccosh", "acosh", "arctanh", "atanh");

    private static final double[] NO_KINKS = {};

    /** Every built-in function, in the order the documentation lists them. */
    public static final List<Builtin> ENTRIES = List.of(
            entry("sin").value(Math::sin).math("sin", "SIN").latex("\\sin")
                    .precise(BoundedDfpMath::sin).gain((x, v) -> 1).special(SpecialValues::sin).build(),
            entry("cos").value(Math::cos).math("cos", "COS").latex("\\cos")
                    .precise(BoundedDfpMath::cos).gain((x, v) -> 1).special(SpecialValues::cos).build(),
            entry("tan").value(Math::tan).math("tan", "TAN").latex("\\tan")
                    .domain(Domain.poles(x -> Double.isFinite(Math.tan(x)), "cos({arg}) = 0"))
                    .precise(x -> PreciseFunctions.quotient(BoundedDfpMath.sin(x), BoundedDfpMath.cos(x)))
                    .gain((x, v) -> 1 + v * v).special(SpecialValues::tan).build(),
            entry("cot").value(RealFunctions::cot).reciprocalOf("tan").latex("\\cot")
                    .domain(Domain.poles(x -> Double.isFinite(RealFunctions.cot(x)), "sin({arg}) = 0"))
                    .precise(x -> PreciseFunctions.quotient(BoundedDfpMath.cos(x), BoundedDfpMath.sin(x)))
                    .gain((x, v) -> 1 + v * v).special(SpecialValues::cot).build(),
            entry("sec").value(RealFunctions::sec).reciprocalOf("cos").latex("\\sec")
                    .domain(Domain.poles(x -> Double.isFinite(RealFunctions.sec(x)), "cos({arg}) = 0"))
                    .precise(x -> PreciseFunctions.quotient(x.getOne(), BoundedDfpMath.cos(x)))
                    .gain((x, v) -> v * Math.sqrt(Math.max(0, v * v - 1)) + v).special(SpecialValues::sec).build(),
            entry("csc").value(RealFunctions::csc).reciprocalOf("sin").latex("\\csc")
                    .domain(Domain.poles(x -> Double.isFinite(RealFunctions.csc(x)), "sin({arg}) = 0"))
                    .precise(x -> PreciseFunctions.quotient(x.getOne(), BoundedDfpMath.sin(x)))
                    .gain((x, v) -> v * Math.sqrt(Math.max(0, v * v - 1)) + v).special(SpecialValues::csc).build(),
            entry("asin").value(Math::asin).math("asin", "ASIN").latex("\\arcsin")
                    .domain(Domain.needs(x -> Math.abs(x) <= 1, "an argument from -1 to 1"))
                    .precise(x -> PreciseFunctions.arcsine(x, false))
                    .gain((x, v) -> 1 / Math.sqrt(Math.max(1e-300, 1 - x * x)))
                    .special(SpecialValues.at(0, Nodes.ZERO)).build(),
            entry("acos").value(Math::acos).math("acos", "ACOS").latex("\\arccos")
                    .domain(Domain.needs(x -> Math.abs(x) <= 1, "an argument from -1 to 1"))
                    .precise(x -> PreciseFunctions.arcsine(x, true))
                    .gain((x, v) -> 1 / Math.sqrt(Math.max(1e-300, 1 - x * x)))
                    .special(arg -> arg.isZero() ? Nodes.mul(Nodes.HALF, Nodes.PI) : arg.isOne() ? Nodes.ZERO : null)
                    .build(),
            entry("atan").value(Math::atan).math("atan", "ATAN").latex("\\arctan")
                    .precise(BoundedDfpMath::atan).gain((x, v) -> 1).special(SpecialValues.at(0, Nodes.ZERO)).build(),
            entry("sinh").value(Math::sinh).math("sinh", "SINH").latex("\\sinh")
                    .precise(BoundedDfpMath::sinh).gain((x, v) -> Math.max(Math.abs(v), 1))
                    .special(SpecialValues.at(0, Nodes.ZERO)).build(),
            entry("cosh").value(Math::cosh).math("cosh", "COSH").latex("\\cosh")
                    .precise(BoundedDfpMath::cosh).gain((x, v) -> Math.max(v, 1)).special(SpecialValues.at(0, Nodes.ONE)).build(),
            entry("tanh").value(Math::tanh).math("tanh", "TANH").latex("\\tanh")
                    .precise(BoundedDfpMath::tanh).gain((x, v) -> 1).special(SpecialValues.at(0, Nodes.ZERO)).build(),
            entry("sech").value(RealFunctions::sech).reciprocalOf("cosh").latex("\\operatorname{sech}")
                    .precise(x -> x.getOne().divide(BoundedDfpMath.cosh(x))).gain((x, v) -> 1)
                    .special(SpecialValues.at(0, Nodes.ONE)).build(),
            entry("csch").value(RealFunctions::csch).reciprocalOf("sinh").latex("\\operatorname{csch}")
                    .domain(Domain.poles(x -> x != 0, "sinh({arg}) = 0"))
                    .precise(x -> PreciseFunctions.quotient(x.getOne(), BoundedDfpMath.sinh(x)))
                    .gain((x, v) -> Math.abs(v) * Math.sqrt(1 + v * v)).special(SpecialValues.poleAt(0, "csch")).build(),
            entry("coth").value(RealFunctions::coth).reciprocalOf("tanh").latex("\\coth")
                    .domain(Domain.poles(x -> x != 0, "tanh({arg}) = 0"))
                    .precise(x -> PreciseFunctions.quotient(BoundedDfpMath.cosh(x), BoundedDfpMath.sinh(x)))
                    .gain((x, v) -> v * v + 1).special(SpecialValues.poleAt(0, "coth")).build(),
            entry("asinh").value(RealFunctions::asinh).scalarOnly("asinh").latex("\\operatorname{arsinh}")
                    .precise(PreciseFunctions::asinh).gain((x, v) -> 1).special(SpecialValues.at(0, Nodes.ZERO)).build(),
            entry("acosh").value(RealFunctions::acosh).scalarOnly("acosh").latex("\\operatorname{arcosh}")
                    .domain(Domain.needs(x -> x >= 1, "an argument of at least 1"))
                    .precise(PreciseFunctions::acosh).gain((x, v) -> 1 / Math.sqrt(Math.max(1e-300, x * x - 1)))
                    .special(SpecialValues.at(1, Nodes.ZERO)).build(),
            entry("atanh").value(RealFunctions::atanh).scalarOnly("atanh").latex("\\operatorname{artanh}")
                    .domain(Domain.needs(x -> Math.abs(x) < 1, "an argument between -1 and 1 (both excluded)"))
                    .precise(PreciseFunctions::atanh).gain((x, v) -> 1 / Math.max(1e-300, 1 - x * x))
                    .special(SpecialValues.at(0, Nodes.ZERO)).build(),
            entry("exp").value(Math::exp).math("exp", "EXP").latex("e^{#}")
                    .precise(BoundedDfpMath::exp).gain((x, v) -> v).special(SpecialValues::exp).build(),
            entry("ln").value(Math::log).math("log", "LOG").latex("\\ln")
                    .domain(Domain.needs(x -> x > 0, "a positive argument"))
                    .precise(PreciseFunctions::ln).gain((x, v) -> 1 / Math.abs(x)).special(SpecialValues::ln).build(),
            entry("cbrt").value(Math::cbrt).math("cbrt", "CBRT").latex("\\sqrt[3]{#}")
                    .precise(PreciseFunctions::cbrt).gain((x, v) -> 1 / Math.max(1e-300, 3 * v * v))
                    .special(SpecialValues::cbrt).build(),
            entry("abs").value(Math::abs).math("abs", "ABS").latex("\\left|#\\right|")
                    .precise(x -> x.abs()).gain((x, v) -> 1).special(SpecialValues::abs).kinks(0).build(),
            entry("sign").value(RealFunctions::sign).scalarOnly("sign").latex("\\operatorname{sgn}")
                    .precise(PreciseFunctions::sign).gain((x, v) -> 0).special(SpecialValues::sign).kinks(0).build());

    private static final Map<String, Builtin> BY_NAME = indexed();

    /** The entry named {@code name}, if it is a built-in function. */
    public static Optional<Builtin> lookup(String name) { return Optional.ofNullable(BY_NAME.get(name)); }

    /** The entry named {@code name}; IllegalArgumentException when there is none. */
    public static Builtin get(String name) {
        Builtin b = BY_NAME.get(name);
        if (b == null) throw new IllegalArgumentException("no built-in function '" + name + "' in the registry");
        return b;
    }

    /**
     * Refuses entries whose derivative rule is missing: each entry's {@link Builtin#derivativeRule}
     * must name a rule of {@code ruleNames} (the rules read from derivatives.rules) whose pattern
     * is a call of that function. Called when the standard rules are read.
     *
     * @param rulesByName  rule name to the name of the function its pattern calls, or null when the
     *                     pattern is not a call
     * @throws IllegalStateException naming every entry without its rule
     */
    public static void requireDerivativeRules(List<Builtin> entries, Map<String, String> rulesByName) {
        List<String> missing = new ArrayList<>();
        for (Builtin b : entries) {
            String rule = b.derivativeRule();
            if (!rulesByName.containsKey(rule)) {
                missing.add("'" + b.name() + "' has no derivative rule named '" + rule + "'");
            } else if (!b.name().equals(rulesByName.get(rule))) {
                missing.add("'" + b.name() + "': the rule '" + rule + "' is not a rule for " + b.name() + "(u)");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("function registry: " + String.join("; ", missing)
                    + " (add a line such as 'NAME: NAME(u) => ...*D(u)' to rules/derivatives.rules)");
        }
    }

    private static Map<String, Builtin> indexed() {
        Map<String, Builtin> m = new LinkedHashMap<>();
        for (Builtin b : ENTRIES) {
            if (m.put(b.name(), b) != null) throw new IllegalStateException("function '" + b.name() + "' is registered twice");
            if (REWRITTEN.contains(b.name())) throw new IllegalStateException("'" + b.name() + "' is a parser rewrite");
        }
        Set<String> names = m.keySet();
        for (Builtin b : ENTRIES) {
            if (b.compiled() instanceof Reciprocal r && !names.contains(r.of())) {
                throw new IllegalStateException("'" + b.name() + "' is compiled as 1/" + r.of() + ", which is not registered");
            }
        }
        return Map.copyOf(m);
    }

    /** Starts an entry; the derivative rule is named like the function unless {@link Entry#rule} says otherwise. */
    public static Entry entry(String name) { return new Entry(name); }

    /** Builds one {@link Builtin}; defaults: defined everywhere, no special values, no kinks. */
    public static final class Entry {
        private final String name;
        private DoubleUnaryOperator value;
        private Domain domain = Domain.ALL;
        private String latex;
        private Compiled compiled;
        private PreciseForm precise;
        private ErrorGain gain;
        private SpecialValue special = SpecialValue.NONE;
        private double[] kinks = NO_KINKS;
        private String rule;

        private Entry(String name) {
            this.name = name;
            this.rule = name;
        }

        public Entry value(DoubleUnaryOperator f) { value = f; return this; }

        public Entry domain(Domain d) { domain = d; return this; }

        public Entry latex(String l) { latex = l; return this; }

        /** Compiled as {@code java.lang.Math.method}; {@code vectorOperator} null when the Vector API lacks it. */
        public Entry math(String method, String vectorOperator) { compiled = StaticCall.math(method, vectorOperator); return this; }

        /** Compiled as the {@link RealFunctions} method of that name, lane by lane in vector loops. */
        public Entry scalarOnly(String method) { compiled = StaticCall.scalarOnly(method); return this; }

        /** Compiled as 1/g(x) for the registered function g. */
        public Entry reciprocalOf(String g) { compiled = new Reciprocal(g); return this; }

        public Entry compiled(Compiled c) { compiled = c; return this; }

        public Entry precise(PreciseForm p) { precise = p; return this; }

        public Entry gain(ErrorGain g) { gain = g; return this; }

        public Entry special(SpecialValue s) { special = s; return this; }

        public Entry kinks(double... at) { kinks = at.clone(); return this; }

        public Entry rule(String ruleName) { rule = ruleName; return this; }

        public Builtin build() {
            List<Double> k = new ArrayList<>();
            for (double d : kinks) k.add(d);
            return new Builtin(name, value, domain, latex, compiled, precise, gain, special, k, rule);
        }
    }
}
