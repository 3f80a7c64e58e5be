package dev.deriv.simplify;

import dev.deriv.expr.Add;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Num;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Rational;
import dev.deriv.expr.Var;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A polynomial in one variable with exact rational coefficients, for cancelling
 * common factors of numerator and denominator by polynomial GCD
 * ({@code (x^2 - 1)/(x - 1) = x + 1}).
 */
final class Poly {
    static final int MAX_DEGREE = 64;

    private final Rational[] c; // c[i] is the coefficient of g^i; no trailing zeros

    private Poly(Rational[] c) {
        int n = c.length;
        while (n > 0 && c[n - 1].isZero()) n--;
        this.c = Arrays.copyOf(c, n);
    }

    int degree() { return c.length - 1; }

    boolean isZero() { return c.length == 0; }

    /** The polynomial of an (expanded) expression in g, or null when it is not one. */
    static Poly of(Node n, Var g) {
        List<Node> terms = n instanceof Add a ? a.terms() : List.of(n);
        Rational[] coefficients = new Rational[MAX_DEGREE + 1];
        Arrays.fill(coefficients, Rational.ZERO);
        for (Node t : terms) {
            Rational k = Nodes.coefficientOf(t);
            Node rest = Nodes.withoutCoefficient(t);
            int degree;
            if (rest.isOne()) degree = 0;
            else if (rest.equals(g)) degree = 1;
            else if (rest instanceof Pow p && p.base().equals(g) && p.exponent() instanceof Num e
                    && e.value().isInteger() && e.value().signum() > 0
                    && e.value().compareTo(Rational.of(MAX_DEGREE)) <= 0) degree = e.value().intValueExact();
            else return null;
            coefficients[degree] = coefficients[degree].add(k);
        }
        return new Poly(coefficients);
    }

    Node toNode(Var g) {
        List<Node> terms = new ArrayList<>();
        for (int i = 0; i < c.length; i++) {
            if (!c[i].isZero()) terms.add(Nodes.mul(Nodes.num(c[i]), Nodes.pow(g, Nodes.num(i))));
        }
        return Nodes.add(terms);
    }

    /** {quotient, remainder}. */
    Poly[] divide(Poly d) {
        Rational[] r = Arrays.copyOf(c, c.length);
        int dd = d.degree();
        if (degree() < dd) return new Poly[] {new Poly(new Rational[0]), this};
        Rational[] q = new Rational[degree() - dd + 1];
        Arrays.fill(q, Rational.ZERO);
        Rational lead = d.c[dd];
        for (int i = degree(); i >= dd; i--) {
            if (r[i].isZero()) continue;
            Rational f = r[i].divide(lead);
            q[i - dd] = f;
            for (int j = 0; j <= dd; j++) r[i - dd + j] = r[i - dd + j].subtract(f.multiply(d.c[j]));
        }
        return new Poly[] {new Poly(q), new Poly(r)};
    }

    /** The monic greatest common divisor. */
    static Poly gcd(Poly a, Poly b) {
        while (!b.isZero()) {
            Poly r = a.divide(b)[1];
            a = b;
            b = r;
        }
        if (a.isZero()) return a;
        Rational lead = a.c[a.degree()];
        Rational[] m = new Rational[a.c.length];
        for (int i = 0; i < m.length; i++) m[i] = a.c[i].divide(lead);
        return new Poly(m);
    }
}
