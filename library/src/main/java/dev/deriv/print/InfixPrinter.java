package dev.deriv.print;

import dev.deriv.expr.Add;
import dev.deriv.expr.Call;
import dev.deriv.expr.Const;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
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

    static void write(Node n, StringBuilder sb) {
        if (n instanceof Num k) sb.append(k.value());
        else if (n instanceof Var v) sb.append(v.name());
        else if (n instanceof Const c) sb.append(c.kind().symbol);
        else if (n instanceof Add a) writeSum(a, sb);
        else if (n instanceof Mul || n instanceof Pow p && Layout.isReciprocal(p)) writeFraction(n, sb);
        else if (n instanceof Pow p) writePower(p, sb);
        else if (n instanceof Call c) writeCall(c, sb);
    }

    /** How strongly {@code n} binds as printed. */
    static int strength(Node n) {
        if (n instanceof Add) return SUM;
        if (n instanceof Num k) return k.value().signum() < 0 || !k.value().isInteger() ? PRODUCT : ATOM;
        if (n instanceof Mul) return PRODUCT;
        if (n instanceof Pow p) {
            if (Layout.isReciprocal(p)) return PRODUCT;
            return isSqrt(p) ? ATOM : POWER;
        }
        return ATOM;
    }

    private static void writeIn(Node n, int context, StringBuilder sb) {
        if (strength(n) < context) {
            sb.append('(');
            write(n, sb);
            sb.append(')');
        } else {
            write(n, sb);
        }
    }

    private static void writeSum(Add a, StringBuilder sb) {
        boolean first = true;
        for (Layout.SignedTerm t : Layout.terms(a)) {
            if (first) {
                if (t.negative()) sb.append('-');
                writeIn(t.magnitude(), PRODUCT, sb);
            } else {
                sb.append(t.negative() ? " - " : " + ");
                writeIn(t.magnitude(), PRODUCT, sb);
            }
            first = false;
        }
    }

    private static void writeFraction(Node n, StringBuilder sb) {
        Layout.Fraction f = Layout.fraction(n);
        if (f.negative()) sb.append('-');
        writeFactors(f.numerator(), sb);
        if (f.denominator().isEmpty()) return;
        sb.append('/');
        List<Node> den = f.denominator();
        if (den.size() == 1) {
            writeIn(den.get(0), POWER, sb);
        } else if (den.size() == 2 && den.get(0) instanceof Num && den.get(1) instanceof Add) {
            // not a/(2*(x + y)): 2*(x + y) parses to 2*x + 2*y, a different canonical denominator
            writeIn(den.get(1), POWER, sb);
            sb.append('/');
            write(den.get(0), sb);
        } else {
            sb.append('(');
            writeFactors(f.denominator(), sb);
            sb.append(')');
        }
    }

    private static void writeFactors(List<Node> factors, StringBuilder sb) {
        if (factors.isEmpty()) {
            sb.append('1');
            return;
        }
        for (int i = 0; i < factors.size(); i++) {
            if (i > 0) sb.append('*');
            writeIn(factors.get(i), POWER, sb);
        }
    }

    private static void writePower(Pow p, StringBuilder sb) {
        if (isSqrt(p)) {
            sb.append("sqrt(");
            write(p.base(), sb);
            sb.append(')');
            return;
        }
        writeIn(p.base(), ATOM, sb);
        sb.append('^');
        writeIn(p.exponent(), POWER, sb);
    }

    private static void writeCall(Call c, StringBuilder sb) {
        sb.append(c.name()).append('(');
        for (int i = 0; i < c.args().size(); i++) {
            if (i > 0) sb.append(", ");
            write(c.args().get(i), sb);
        }
        sb.append(')');
    }

    static boolean isSqrt(Pow p) {
        return p.exponent() instanceof Num k && k.value().equals(Rational.HALF);
    }
}
