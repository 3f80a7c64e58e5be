package dev.deriv.print;

import dev.deriv.expr.Add;
import dev.deriv.expr.Call;
import dev.deriv.expr.Const;
import dev.deriv.expr.Function;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.Num;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Rational;
import dev.deriv.expr.Var;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * LaTeX output (math mode, without the surrounding {@code $}): {@code \frac{a}{b}},
 * {@code \sqrt{u}} and {@code \sqrt[3]{u}}, {@code \sin\left(x\right)}, {@code x^{2}},
 * {@code e^{u}} for exp, {@code \left|u\right|} for abs, {@code \pi}, and
 * {@code \operatorname{name}} for functions LaTeX does not know. Factors are
 * juxtaposed ({@code 2x}, {@code x \left(x + 1\right)}), with {@code \cdot} before
 * a factor that starts with a digit ({@code 2 \cdot 3^{x}}). The term order, signs and the split of a product into
 * a fraction come from {@link Layout}, as for {@link InfixPrinter}.
 */
public final class LatexPrinter {
    private LatexPrinter() {}

    public static String print(Node n) {
        StringBuilder sb = new StringBuilder();
        write(n, sb);
        return sb.toString();
    }

    static void write(Node n, StringBuilder sb) {
        if (n instanceof Num k) writeNumber(k, sb);
        else if (n instanceof Var v) writeVariable(v.name(), sb);
        else if (n instanceof Const c) sb.append(c.kind() == Const.Kind.PI ? "\\pi" : "e");
        else if (n instanceof Add a) writeSum(a, sb);
        else if (n instanceof Mul || n instanceof Pow p && Layout.isReciprocal(p)) writeFraction(n, sb);
        else if (n instanceof Pow p) writePower(p, sb);
        else if (n instanceof Call c) writeCall(c, sb);
    }

    private static void writeNumber(Num k, StringBuilder sb) {
        if (k.value().isInteger()) sb.append(k.value());
        else writeFraction(k, sb);
    }

    /** Parentheses around {@code n} when it binds more weakly than its place needs (strengths of {@link InfixPrinter}). */
    private static void writeIn(Node n, int context, StringBuilder sb) {
        int strength = InfixPrinter.strength(n);
        // \sqrt{x}^{2} is hard to read: a root as a base gets parentheses too
        if (context == InfixPrinter.ATOM && n instanceof Pow) strength = InfixPrinter.POWER;
        if (strength < context) {
            sb.append("\\left(");
            write(n, sb);
            sb.append("\\right)");
        } else {
            write(n, sb);
        }
    }

    private static void writeSum(Add a, StringBuilder sb) {
        boolean first = true;
        for (Layout.SignedTerm t : Layout.terms(a)) {
            if (first) {
                if (t.negative()) sb.append('-');
            } else {
                sb.append(t.negative() ? " - " : " + ");
            }
            writeIn(t.magnitude(), InfixPrinter.PRODUCT, sb);
            first = false;
        }
    }

    private static void writeFraction(Node n, StringBuilder sb) {
        Layout.Fraction f = Layout.fraction(n);
        if (f.negative()) sb.append('-');
        if (f.denominator().isEmpty()) {
            writeFactors(f.numerator(), sb);
            return;
        }
        sb.append("\\frac{");
        writeFactors(f.numerator(), sb);
        sb.append("}{");
        writeFactors(f.denominator(), sb);
        sb.append('}');
    }

    private static void writeFactors(List<Node> factors, StringBuilder sb) {
        if (factors.isEmpty()) {
            sb.append('1');
            return;
        }
        if (factors.size() == 1) {
            // alone in a numerator or denominator, even a sum needs no parentheses: \frac{x + 1}{x - 1}
            write(factors.get(0), sb);
            return;
        }
        for (int i = 0; i < factors.size(); i++) {
            if (i == 0) {
                writeIn(factors.get(i), InfixPrinter.POWER, sb);
                continue;
            }
            StringBuilder factor = new StringBuilder();
            writeIn(factors.get(i), InfixPrinter.POWER, factor);
            // juxtaposition (2x, x \sin\left(x\right)), except where two numbers would run together: 2 \cdot 3^{x}
            if (Character.isDigit(factor.charAt(0))) sb.append(" \\cdot ");
            else if (!Character.isDigit(sb.charAt(sb.length() - 1))) sb.append(' ');
            sb.append(factor);
        }
    }

    private static void writePower(Pow p, StringBuilder sb) {
        if (p.exponent() instanceof Num k && isUnitFraction(k.value())) {
            BigInteger index = k.value().denominator();
            sb.append("\\sqrt");
            if (!index.equals(BigInteger.TWO)) sb.append('[').append(index).append(']');
            sb.append('{');
            write(p.base(), sb);
            sb.append('}');
            return;
        }
        writeIn(p.base(), InfixPrinter.ATOM, sb);
        sb.append("^{");
        write(p.exponent(), sb);
        sb.append('}');
    }

    /** 1/2, 1/3, 1/4, ...: printed as roots. */
    private static boolean isUnitFraction(Rational r) {
        return r.numerator().equals(BigInteger.ONE) && r.denominator().compareTo(BigInteger.ONE) > 0
                && r.denominator().bitLength() < 32;
    }

    private static void writeCall(Call c, StringBuilder sb) {
        Function f = c.function();
        String latex = f.latex();
        int hole = latex == null ? -1 : latex.indexOf('#');
        if (hole >= 0) {
            // a template from the registry: e^{#} for exp, \left|#\right| for abs
            sb.append(latex, 0, hole);
            write(c.arg(), sb);
            sb.append(latex, hole + 1, latex.length());
            return;
        }
        sb.append(f.latex() != null ? f.latex() : "\\operatorname{" + escape(f.name()) + "}");
        sb.append("\\left(");
        for (int i = 0; i < c.args().size(); i++) {
            if (i > 0) sb.append(", ");
            write(c.args().get(i), sb);
        }
        sb.append("\\right)");
    }

    // ---- variable names ---------------------------------------------------------------------

    private static final List<String> GREEK = List.of(
            "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta",
            "iota", "kappa", "lambda", "mu", "nu", "xi", "rho", "varrho", "sigma", "varsigma", "tau",
            "upsilon", "phi", "varphi", "chi", "psi", "omega",
            "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega");

    private static final Map<Character, String> GREEK_LETTERS = Map.ofEntries(
            Map.entry('α', "alpha"), Map.entry('β', "beta"), Map.entry('γ', "gamma"), Map.entry('δ', "delta"),
            Map.entry('ε', "epsilon"), Map.entry('ζ', "zeta"), Map.entry('η', "eta"), Map.entry('θ', "theta"),
            Map.entry('ι', "iota"), Map.entry('κ', "kappa"), Map.entry('λ', "lambda"), Map.entry('μ', "mu"),
            Map.entry('ν', "nu"), Map.entry('ξ', "xi"), Map.entry('ρ', "rho"), Map.entry('σ', "sigma"),
            Map.entry('ς', "varsigma"), Map.entry('τ', "tau"), Map.entry('υ', "upsilon"), Map.entry('φ', "phi"),
            Map.entry('χ', "chi"), Map.entry('ψ', "psi"), Map.entry('ω', "omega"), Map.entry('Γ', "Gamma"),
            Map.entry('Δ', "Delta"), Map.entry('Θ', "Theta"), Map.entry('Λ', "Lambda"), Map.entry('Ξ', "Xi"),
            Map.entry('Π', "Pi"), Map.entry('Σ', "Sigma"), Map.entry('Υ', "Upsilon"), Map.entry('Φ', "Phi"),
            Map.entry('Ψ', "Psi"), Map.entry('Ω', "Omega"));

    /**
     * {@code x}, {@code \theta} for {@code theta} or {@code θ}, {@code x_{2}} for {@code x_2} and {@code x2},
     * {@code \mathit{xy}} for other names of several letters (so that {@code xy} does not read as x times y).
     */
    static void writeVariable(String name, StringBuilder sb) {
        String base = name;
        String subscript = null;
        int underscore = name.indexOf('_');
        if (underscore > 0) {
            base = name.substring(0, underscore);
            subscript = name.substring(underscore + 1);
        } else {
            int end = name.length();
            while (end > 0 && Character.isDigit(name.charAt(end - 1))) end--;
            if (end > 0 && end < name.length()) {
                base = name.substring(0, end);
                subscript = name.substring(end);
            }
        }
        writeName(base, sb);
        if (subscript != null && !subscript.isEmpty()) {
            sb.append("_{");
            if (subscript.length() == 1 || subscript.chars().allMatch(Character::isDigit)) sb.append(escape(subscript));
            else writeName(subscript, sb);
            sb.append('}');
        }
    }

    private static void writeName(String name, StringBuilder sb) {
        if (name.length() == 1) {
            String greek = GREEK_LETTERS.get(name.charAt(0));
            if (greek != null) sb.append('\\').append(greek);
            else sb.append(name);
        } else if (GREEK.contains(name)) {
            sb.append('\\').append(name);
        } else {
            sb.append("\\mathit{").append(escape(name)).append('}');
        }
    }

    /** Underscores are the only character of a name that LaTeX reads as markup. */
    private static String escape(String name) {
        return name.replace("_", "\\_");
    }
}
