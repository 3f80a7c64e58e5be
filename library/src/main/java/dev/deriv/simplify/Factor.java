package dev.deriv.simplify;

import dev.deriv.expr.Add;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Num;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pulls common factors out of sums: out of all terms
 * ({@code 3*x*exp(3*x) + exp(3*x) = (3*x + 1)*exp(3*x)}), or out of the terms
 * that share one base ({@code a*x + b*x + c = (a + b)*x + c}). Numeric exponents
 * factor out at their least value, so {@code a/x + b/x^2 = (a*x + b)/x^2}.
 */
final class Factor {
    private Factor() {}

    /** At most this many partial factorings are proposed per sum. */
    static final int MAX_PARTIAL = 8;

    /** The sum with the common factor of all its terms pulled out, or null when there is none. */
    static Node common(Add sum) {
        Node common = commonFactor(sum.terms());
        if (common == null) return null;
        return factorOut(sum.terms(), common);
    }

    /**
     * Sums with one shared base pulled out of the terms that have it. Not for
     * polynomials: {@code 4*x^3 - 30*x^2 + 70*x - 50} is the form readers expect,
     * though the nested {@code 2*x*(x*(2*x - 15) + 35) - 50} prints shorter.
     */
    static List<Node> partial(Add sum) {
        List<Node> out = new ArrayList<>();
        if (isPolynomial(sum)) return out;
        Map<Node, List<Integer>> byBase = new LinkedHashMap<>();
        List<Node> terms = sum.terms();
        for (int i = 0; i < terms.size(); i++) {
            for (Node f : factors(terms.get(i))) byBase.computeIfAbsent(base(f), k -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<Node, List<Integer>> e : byBase.entrySet()) {
            List<Integer> idx = e.getValue();
            if (idx.size() < 2 || idx.size() == terms.size()) continue;
            List<Node> group = new ArrayList<>();
            List<Node> others = new ArrayList<>();
            for (int i = 0; i < terms.size(); i++) (idx.contains(i) ? group : others).add(terms.get(i));
            Node common = commonFactor(group);
            if (common == null) continue;
            others.add(factorOut(group, common));
            out.add(Nodes.add(others));
            if (out.size() >= MAX_PARTIAL) break;
        }
        return out;
    }

    private static boolean isPolynomial(Add sum) {
        for (Node t : sum.terms()) {
            for (Node f : factors(t)) {
                boolean monomial = base(f) instanceof dev.deriv.expr.Var && exponent(f) instanceof Num e
                        && e.value().isInteger() && e.value().signum() > 0;
                if (!monomial) return false;
            }
        }
        return true;
    }

    private static Node factorOut(List<Node> terms, Node common) {
        Node inverse = Nodes.pow(common, Nodes.MINUS_ONE);
        List<Node> rest = new ArrayList<>(terms.size());
        for (Node t : terms) rest.add(Nodes.mul(t, inverse));
        return Nodes.mul(common, Nodes.add(rest));
    }

    /** The greatest common factor of the terms, or null when it is 1. */
    static Node commonFactor(List<Node> terms) {
        Rational numeric = null;
        Map<Node, Node> exponents = null;
        boolean allNegative = true;
        for (Node t : terms) {
            Rational c = Nodes.coefficientOf(t);
            allNegative &= c.signum() < 0;
            numeric = numeric == null ? c.abs() : gcd(numeric, c.abs());
            Map<Node, Node> mine = new LinkedHashMap<>();
            if (!(t instanceof Num)) for (Node f : factors(t)) mine.put(base(f), exponent(f));
            if (exponents == null) {
                exponents = mine;
            } else {
                Map<Node, Node> kept = new LinkedHashMap<>();
                for (Map.Entry<Node, Node> e : exponents.entrySet()) {
                    Node other = mine.get(e.getKey());
                    Node least = other == null ? null : least(e.getValue(), other);
                    if (least != null) kept.put(e.getKey(), least);
                }
                exponents = kept;
            }
        }
        List<Node> factors = new ArrayList<>();
        if (numeric != null && !numeric.isZero()) {
            Rational n = allNegative ? numeric.negate() : numeric;
            if (!n.isOne()) factors.add(Nodes.num(n));
        }
        if (exponents != null) exponents.forEach((b, e) -> factors.add(Nodes.pow(b, e)));
        if (factors.isEmpty()) return null;
        Node common = Nodes.mul(factors);
        return common.isOne() ? null : common;
    }

    /** The lesser of two exponents when both are numbers, the exponent when equal, else null. */
    private static Node least(Node a, Node b) {
        if (a.equals(b)) return a;
        if (a instanceof Num x && b instanceof Num y) {
            return x.value().compareTo(y.value()) <= 0 ? a : b;
        }
        return null;
    }

    static List<Node> factors(Node t) {
        if (t instanceof Mul m) return m.nonNumericFactors();
        if (t instanceof Num) return List.of();
        return List.of(t);
    }

    static Node base(Node f) { return f instanceof Pow p ? p.base() : f; }

    static Node exponent(Node f) { return f instanceof Pow p ? p.exponent() : Nodes.ONE; }

    private static Rational gcd(Rational a, Rational b) {
        BigInteger num = a.numerator().gcd(b.numerator());
        BigInteger den = lcm(a.denominator(), b.denominator());
        return num.signum() == 0 ? Rational.ZERO : Rational.of(num, den);
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }
}
