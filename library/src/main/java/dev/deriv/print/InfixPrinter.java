package dev.deriv.print;

import dev.deriv.expr.Add;
import dev.deriv.expr.Call;
import dev.deriv.expr.Const;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.NodeVisitor;
import dev.deriv.expr.Num;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Rational;
import dev.deriv.expr.Var;
import java.util.List;

/**
 * SPEC section 1 output: fewest parentheses, {@code -} for negative terms,
 * {@code sqrt(u)} for {@code u^(1/2)}, fractions as {@code a/b}. For every
 * canonical {@code e}, {@code parse(print(e)).equals(e)}.
 */
public final class InfixPrinter {
    private InfixPrinter() {}

    // binding strength of what a node prints as; a child weaker than its context gets parentheses
    static final int SUM = 1;
    static final int PRODUCT = 2;
    static final int POWER = 3;
    static final int ATOM = 4;

    public static String print(Node n) {
        StringBuilder sb = new StringBuilder();
        write(n, sb);
        return sb.toString();
    }

    /** How strongly {@code n} binds as printed. */
    static int strength(Node n) { return n.accept(STRENGTH); }

    private static final NodeVisitor<Integer> STRENGTH = new NodeVisitor<>() {
        @Override public Integer num(Num k) { return k.value().signum() < 0 || !k.value().isInteger() ? PRODUCT : ATOM; }
        @Override public Integer var(Var v) { return ATOM; }
        @Override public Integer constant(Const c) { return ATOM; }
        @Override public Integer add(Add a) { return SUM; }
        @Override public Integer mul(Mul m) { return PRODUCT; }

        @Override public Integer pow(Pow p) {
            if (Layout.isReciprocal(p)) return PRODUCT;
            return isSqrt(p) ? ATOM : POWER;
        }

        @Override public Integer call(Call c) { return ATOM; }
    };

    static void write(Node n, StringBuilder sb) { n.accept(new Writer(sb)); }

    /** Writes one expression into its builder; made once per printed expression, not per node. */
    private static final class Writer implements NodeVisitor<Void> {
        private final StringBuilder sb;

        Writer(StringBuilder sb) { this.sb = sb; }

        @Override public Void num(Num k) { sb.append(k.value()); return null; }
        @Override public Void var(Var v) { sb.append(v.name()); return null; }
        @Override public Void constant(Const c) { sb.append(c.kind().symbol); return null; }
        @Override public Void add(Add a) { writeSum(a); return null; }
        @Override public Void mul(Mul m) { writeFraction(m); return null; }

        @Override public Void pow(Pow p) {
            if (Layout.isReciprocal(p)) writeFraction(p);
            else writePower(p);
            return null;
        }

        @Override public Void call(Call c) { writeCall(c); return null; }

        private void writeIn(Node n, int context) {
            if (strength(n) < context) {
                sb.append('(');
                n.accept(this);
                sb.append(')');
            } else {
                n.accept(this);
            }
        }

        private void writeSum(Add a) {
            boolean first = true;
            for (Layout.SignedTerm t : Layout.terms(a)) {
                if (first) {
                    if (t.negative()) sb.append('-');
                    writeIn(t.magnitude(), PRODUCT);
                } else {
                    sb.append(t.negative() ? " - " : " + ");
                    writeIn(t.magnitude(), PRODUCT);
                }
                first = false;
            }
        }

        private void writeFraction(Node n) {
            Layout.Fraction f = Layout.fraction(n);
            if (f.negative()) sb.append('-');
            writeFactors(f.numerator());
            if (f.denominator().isEmpty()) return;
            sb.append('/');
            List<Node> den = f.denominator();
            if (den.size() == 1) {
                writeIn(den.get(0), POWER);
            } else if (den.size() == 2 && den.get(0) instanceof Num && den.get(1) instanceof Add) {
                // not a/(2*(x + y)): 2*(x + y) parses to 2*x + 2*y, a different canonical denominator
                writeIn(den.get(1), POWER);
                sb.append('/');
                den.get(0).accept(this);
            } else {
                sb.append('(');
                writeFactors(f.denominator());
                sb.append(')');
            }
        }

        private void writeFactors(List<Node> factors) {
            if (factors.isEmpty()) {
                sb.append('1');
                return;
            }
            for (int i = 0; i < factors.size(); i++) {
                if (i > 0) sb.append('*');
                writeIn(factors.get(i), POWER);
            }
        }

        private void writePower(Pow p) {
            if (isSqrt(p)) {
                sb.append("sqrt(");
                p.base().accept(this);
                sb.append(')');
                return;
            }
            writeIn(p.base(), ATOM);
            sb.append('^');
            writeIn(p.exponent(), POWER);
        }

        private void writeCall(Call c) {
            sb.append(c.name()).append('(');
            for (int i = 0; i < c.args().size(); i++) {
                if (i > 0) sb.append(", ");
                c.args().get(i).accept(this);
            }
            sb.append(')');
        }
    }

    static boolean isSqrt(Pow p) {
        return p.exponent() instanceof Num k && k.value().equals(Rational.HALF);
    }
}
