package dev.deriv.print;

import dev.deriv.expr.Add;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Num;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * How an expression is laid out for reading, shared by every printer: the order
 * of terms, which terms are subtracted, and how a product splits into a fraction.
 */
final class Layout {
    private Layout() {}

    /** A term of a sum as printed: its sign and the (positive) expression after the sign. */
    record SignedTerm(boolean negative, Node magnitude) {}

    /** A product as printed: {@code -numerator/denominator}; empty lists mean 1. */
    record Fraction(boolean negative, List<Node> numerator, List<Node> denominator) {}

    /** The terms in reading order: canonical order, but starting with a positive term when there is one. */
    static List<SignedTerm> terms(Add sum) {
        List<Node> ordered = new ArrayList<>(sum.terms());
        if (isNegative(ordered.get(0))) {
            for (int i = 1; i < ordered.size(); i++) {
                if (!isNegative(ordered.get(i))) {
                    ordered.add(0, ordered.remove(i));
                    break;
                }
            }
        }
        List<SignedTerm> out = new ArrayList<>(ordered.size());
        for (Node t : ordered) {
            boolean negative = isNegative(t);
            out.add(new SignedTerm(negative, negative ? Nodes.neg(t) : t));
        }
        return out;
    }

    static boolean isNegative(Node term) {
        return Nodes.coefficientOf(term).signum() < 0;
    }

    /** Whether a power is printed as a reciprocal: {@code x^-2} as {@code 1/x^2}, {@code x^(-y)} as {@code 1/x^y}. */
    static boolean isReciprocal(Pow p) {
        return isNegative(p.exponent());
    }

    /** {@code x^-2} to {@code x^2}. */
    static Node reciprocal(Pow p) {
        return Nodes.pow(p.base(), Nodes.neg(p.exponent()));
    }

    static Fraction fraction(Node n) {
        List<Node> num = new ArrayList<>();
        List<Node> den = new ArrayList<>();
        Rational c = Rational.ONE;
        List<Node> factors = n instanceof Mul m ? m.factors() : List.of(n);
        for (Node f : factors) {
            if (f instanceof Num k) {
                c = k.value();
            } else if (f instanceof Pow p && isReciprocal(p)) {
                den.add(reciprocal(p));
            } else {
                num.add(f);
            }
        }
        boolean negative = c.signum() < 0;
        c = c.abs();
        if (!c.denominator().equals(java.math.BigInteger.ONE)) den.add(0, Nodes.num(Rational.of(c.denominator())));
        if (!c.numerator().equals(java.math.BigInteger.ONE)) num.add(0, Nodes.num(Rational.of(c.numerator())));
        return new Fraction(negative, num, den);
    }
}
