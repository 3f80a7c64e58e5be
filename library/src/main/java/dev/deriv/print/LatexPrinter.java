package dev.deriv.print;

import dev.deriv.expr.Add;
import dev.deriv.expr.Call;
import dev.deriv.expr.Const;
import dev.deriv.expr.Function;
import dev.deriv.expr.GreekLetters;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.NodeVisitor;
import dev.deriv.expr.Num;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Rational;
import dev.deriv.expr.Var;
import java.math.BigInteger;
import java.util.List;

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

    static void write(Node n, StringBuilder sb) { n.accept(new Writer(sb)); }

    /** Writes one expression into its builder; made once per printed expression (and per juxtaposed factor). */
    private static final class Writer implements NodeVisitor<Void> {
        private final StringBuilder sb;

        Writer(StringBuilder sb) { this.sb = sb; }

        @Override public Void num(Num k) { writeNumber(k); return null; }
        @Override public Void var(Var v) { writeVariable(v.name(), sb); return null; }
        @Override public Void constant(Const c) { sb.append(c.kind() == Const.Kind.PI ? "\\pi" : "e"); return null; }
        @Override public Void add(Add a) { writeSum(a); return null; }
        @Override public Void mul(Mul m) { writeFraction(m); return null; }

        @Override public Void pow(Pow p) {
            if (Layout.isReciprocal(p)) writeFraction(p);
            else writePower(p);
            return null;
        }

        @Override public Void call(Call c) { writeCall(c); return null; }

        private void writeNumber(Num k) {
            if (k.value().isInteger()) sb.append(k.value());
            else writeFraction(k);
        }

        /** Parentheses around {@code n} when it binds more weakly than its place needs (strengths of {@link InfixPrinter}). */
        private void writeIn(Node n, int context) {
            int strength = InfixPrinter.strength(n);
            // \sqrt{x}^{2} is hard to read: a root as a base gets parentheses too
            if (context == InfixPrinter.ATOM && n instanceof Pow) strength = InfixPrinter.POWER;
            if (strength < context) {
                sb.append("\\left(");
                n.accept(this);
                sb.append("\\right)");
            } else {
                n.accept(this);
            }
        }

        private void writeSum(Add a) {
            boolean first = true;
            for (Layout.SignedTerm t : Layout.terms(a)) {
                if (first) {
                    if (t.negative()) sb.append('-');
                } else {
                    sb.append(t.negative() ? " - " : " + ");
                }
                writeIn(t.magnitude(), InfixPrinter.PRODUCT);
                first = false;
            }
        }

        private void writeFraction(Node n) {
            Layout.Fraction f = Layout.fraction(n);
            if (f.negative()) sb.append('-');
            if (f.denominator().isEmpty()) {
                writeFactors(f.numerator());
                return;
            }
            sb.append("\\frac{");
            writeFactors(f.numerator());
            sb.append("}{");
            writeFactors(f.denominator());
            sb.append('}');
        }

        private void writeFactors(List<Node> factors) {
            if (factors.isEmpty()) {
                sb.append('1');
                return;
            }
            if (factors.size() == 1) {
                // alone in a numerator or denominator, even a sum needs no parentheses: \frac{x + 1}{x - 1}
                factors.get(0).accept(this);
                return;
            }
            for (int i = 0; i < factors.size(); i++) {
                if (i == 0) {
                    writeIn(factors.get(i), InfixPrinter.POWER);
                    continue;
                }
                StringBuilder factor = new StringBuilder();
                new Writer(factor).writeIn(factors.get(i), InfixPrinter.POWER);
                // juxtaposition (2x, x \sin\left(x\right)), except where two numbers would run together: 2 \cdot 3^{x}
                if (Character.isDigit(factor.charAt(0))) sb.append(" \\cdot ");
                else if (!Character.isDigit(sb.charAt(sb.length() - 1))) sb.append(' ');
                sb.append(factor);
            }
        }

        private void writePower(Pow p) {
            if (p.exponent() instanceof Num k && isUnitFraction(k.value())) {
                BigInteger index = k.value().denominator();
                sb.append("\\sqrt");
                if (!index.equals(BigInteger.TWO)) sb.append('[').append(index).append(']');
                sb.append('{');
                p.base().accept(this);
                sb.append('}');
                return;
            }
            writeIn(p.base(), InfixPrinter.ATOM);
            sb.append("^{");
            p.exponent().accept(this);
            sb.append('}');
        }

        /** 1/2, 1/3, 1/4, ...: printed as roots. */
        private static boolean isUnitFraction(Rational r) {
            return r.numerator().equals(BigInteger.ONE) && r.denominator().compareTo(BigInteger.ONE) > 0
                    && r.denominator().bitLength() < 32;
        }

        private void writeCall(Call c) {
            Function f = c.function();
            String latex = f.latex();
            int hole = latex == null ? -1 : latex.indexOf('#');
            if (hole >= 0) {
                // a template from the registry: e^{#} for exp, \left|#\right| for abs
                sb.append(latex, 0, hole);
                c.arg().accept(this);
                sb.append(latex, hole + 1, latex.length());
                return;
            }
            sb.append(f.latex() != null ? f.latex() : "\\operatorname{" + escape(f.name()) + "}");
            sb.append("\\left(");
            for (int i = 0; i < c.args().size(); i++) {
                if (i > 0) sb.append(", ");
                c.args().get(i).accept(this);
            }
            sb.append("\\right)");
        }
    }

    // ---- variable names ---------------------------------------------------------------------

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
            String greek = GreekLetters.latexName(name.charAt(0));
            if (greek != null) sb.append('\\').append(greek);
            else sb.append(name);
        } else if (GreekLetters.isLatexName(name)) {
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
