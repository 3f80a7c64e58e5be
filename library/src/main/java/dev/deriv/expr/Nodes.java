package dev.deriv.expr;

import dev.deriv.LimitException;
import dev.deriv.MathException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonicalizing constructors: every node of the engine is built here, and
 * comes out in canonical form. The rules applied are cheap and always valid
 * where the input is defined (see README, "Domains"):
 * <ul>
 *   <li>sums and products are flat, constants folded exactly, like terms
 *       collected ({@code x + x = 2*x}) and powers of one base combined
 *       ({@code x^a*x^b = x^(a+b)}, so {@code x/x = 1});</li>
 *   <li>a number times a sum is distributed ({@code 2*(x+1) = 2*x + 2}), as SymPy does;</li>
 *   <li>integer powers of products are distributed, numeric powers evaluated
 *       exactly ({@code 2^3^2 = 512}, {@code sqrt(8) = 2*sqrt(2)});</li>
 *   <li>{@code e^u} is {@code exp(u)}, {@code exp(ln(u)) = u}, {@code ln(exp(u)) = u},
 *       and a function of an exact special value is folded ({@code cos(0) = 1}).</li>
 * </ul>
 */
public final class Nodes {
    private Nodes() {}

    public static final Num ZERO = new Num(Rational.ZERO);
    public static final Num ONE = new Num(Rational.ONE);
    public static final Num MINUS_ONE = new Num(Rational.MINUS_ONE);
    public static final Num TWO = new Num(Rational.TWO);
    public static final Num HALF = new Num(Rational.HALF);
    public static final Const PI = new Const(Const.Kind.PI);
    public static final Const E = new Const(Const.Kind.E);

    // ---- leaves -------------------------------------------------------------------------

    public static Num num(Rational r) {
        if (r.isZero()) return ZERO;
        if (r.isOne()) return ONE;
        if (r.isMinusOne()) return MINUS_ONE;
        return new Num(r);
    }

    public static Num num(long n) { return num(Rational.of(n)); }

    public static Num num(long p, long q) { return num(Rational.of(p, q)); }

    public static Var var(String name) { return new Var(name); }

    // ---- shorthands ---------------------------------------------------------------------

    public static Node add(Node... terms) { return add(List.of(terms)); }

    public static Node mul(Node... factors) { return mul(List.of(factors)); }

    public static Node neg(Node a) { return mul(MINUS_ONE, a); }

    public static Node sub(Node a, Node b) { return add(a, neg(b)); }

    public static Node div(Node a, Node b) { return mul(a, pow(b, MINUS_ONE)); }

    public static Node sqrt(Node a) { return pow(a, HALF); }

    public static Node exp(Node a) { return call(Function.EXP, a); }

    public static Node ln(Node a) { return call(Function.LN, a); }

    /** Rebuilds a node of the same kind as {@code n} from new operands, canonically. */
    public static Node rebuild(Node n, List<Node> operands) { return n.accept(new Rebuild(operands)); }

    /** The node of a visited kind with the given operands; a leaf has none, and stays itself. */
    private record Rebuild(List<Node> operands) implements NodeVisitor<Node> {
        @Override public Node num(Num n) { return n; }
        @Override public Node var(Var v) { return v; }
        @Override public Node constant(Const c) { return c; }
        @Override public Node add(Add a) { return Nodes.add(operands); }
        @Override public Node mul(Mul m) { return Nodes.mul(operands); }
        @Override public Node pow(Pow p) { return Nodes.pow(operands.get(0), operands.get(1)); }
        @Override public Node call(Call c) { return Nodes.call(c.function(), operands.get(0)); }
    }

    /** The variables that occur in {@code n}: every node knows its own (see {@link VariableSets}). */
    /** The variables of n, as a read-only view of the set the node holds (no copy). */
    public static List<Var> variableList(Node n) {
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(VariableSets.of(n)));
    }

    public static java.util.Set<Var> variables(Node n) {
        return new java.util.HashSet<>(java.util.Arrays.asList(VariableSets.of(n)));
    }

    /** Replaces variables by expressions; shared subtrees are rewritten once. */
    public static Node substitute(Node n, Map<Var, ? extends Node> bindings) {
        return substitute(n, bindings, new IdentityHashMap<>());
    }

    private static Node substitute(Node n, Map<Var, ? extends Node> bindings, Map<Node, Node> done) {
        if (n instanceof Var v) return bindings.containsKey(v) ? bindings.get(v) : v;
        if (n.children().isEmpty()) return n;
        Node cached = done.get(n);
        if (cached != null) return cached;
        List<Node> kids = new ArrayList<>(n.children().size());
        boolean changed = false;
        for (Node c : n.children()) {
            Node s = substitute(c, bindings, done);
            changed |= s != c;
            kids.add(s);
        }
        Node result = changed ? rebuild(n, kids) : n;
        done.put(n, result);
        return result;
    }

    /**
     * The sum of some terms of a canonical sum, in their order. Such a selection is
     * already canonical, so it is built directly: splitting a long sum term by term
     * stays linear per step.
     */
    public static Node sumOf(List<Node> termsOfCanonicalSum) {
        if (termsOfCanonicalSum.size() == 1) return termsOfCanonicalSum.get(0);
        if (termsOfCanonicalSum.isEmpty()) return ZERO;
        return new Add(termsOfCanonicalSum);
    }

    /** The product of some factors of a canonical product, in their order (see {@link #sumOf}). */
    public static Node productOf(List<Node> factorsOfCanonicalProduct) {
        List<Node> fs = factorsOfCanonicalProduct;
        if (fs.size() == 1) return fs.get(0);
        if (fs.isEmpty()) return ONE;
        boolean coefficientAndSum = fs.size() == 2 && fs.get(0) instanceof Num && fs.get(1) instanceof Add;
        return coefficientAndSum ? mul(fs) : new Mul(fs);
    }

    // ---- sums ---------------------------------------------------------------------------

    public static Node add(List<Node> terms) {
        // one term is already canonical: returning it keeps it shared (the n partials of a gradient are
        // often the same adjoint; rebuilding it for each one made n copies)
        if (terms.size() == 1) return terms.get(0);
        List<Rational> constants = new ArrayList<>();
        Map<Object, LikeTerms> groups = new LinkedHashMap<>();
        for (Node t : terms) {
            if (t instanceof Add a) {
                for (Node u : a.terms()) collect(u, constants, groups);
            } else {
                collect(t, constants, groups);
            }
        }
        List<Node> out = new ArrayList<>(groups.size() + 1);
        for (LikeTerms g : groups.values()) {
            Rational c = Rational.sum(g.coefficients);
            if (!c.isZero()) out.add(g.term(c));
        }
        Order.sortTerms(out);
        Rational constant = Rational.sum(constants);
        if (!constant.isZero()) out.add(num(constant));
        if (out.isEmpty()) return ZERO;
        if (out.size() == 1) return out.get(0);
        return new Add(out);
    }

    /** Terms that differ only in their coefficient, and their coefficients, summed once all are in. */
    private static final class LikeTerms {
        final Node first;
        final List<Rational> coefficients = new ArrayList<>(1);

        LikeTerms(Node first, Rational coefficient) {
            this.first = first;
            coefficients.add(coefficient);
        }

        /** The collected term with coefficient c; the first one itself when nothing was added to it. */
        Node term(Rational c) {
            return coefficients.size() > 1 ? Nodes.term(c, withoutCoefficient(first)) : first;
        }
    }

    /** The coefficient-free factors of a product, as a map key: equal for 3*x*y and x*y. */
    private record FactorsKey(List<Node> factors) {}

    /** Files t with its like terms, or with the constants when it is a number. */
    private static void collect(Node t, List<Rational> constants, Map<Object, LikeTerms> groups) {
        if (t instanceof Num n) {
            constants.add(n.value());
            return;
        }
        Object key = t;
        if (t instanceof Mul m) {
            List<Node> rest = m.nonNumericFactors();
            key = rest.size() == 1 ? rest.get(0) : new FactorsKey(rest);
        }
        Rational c = coefficientOf(t);
        LikeTerms g = groups.get(key);
        if (g == null) groups.put(key, new LikeTerms(t, c));
        else g.coefficients.add(c);
    }

    /** The numeric coefficient of a term: 3 for {@code 3*x}, 1 for {@code x}. */
    public static Rational coefficientOf(Node t) {
        if (t instanceof Num n) return n.value();
        return t instanceof Mul m ? m.coefficient() : Rational.ONE;
    }

    /** The term without its numeric coefficient: {@code x*y} for {@code 3*x*y}; 1 for a number. */
    public static Node withoutCoefficient(Node t) {
        if (t instanceof Num) return ONE;
        if (t instanceof Mul m && m.factors().get(0) instanceof Num) {
            List<Node> rest = m.nonNumericFactors();
            return rest.size() == 1 ? rest.get(0) : new Mul(rest);
        }
        return t;
    }

    /** {@code c*rest} for a canonical, coefficient-free, non-sum {@code rest}. */
    private static Node term(Rational c, Node rest) {
        if (c.isOne()) return rest;
        List<Node> factors = new ArrayList<>();
        factors.add(num(c));
        if (rest instanceof Mul m) factors.addAll(m.factors());
        else factors.add(rest);
        return new Mul(factors);
    }

    // ---- products -----------------------------------------------------------------------

    public static Node mul(List<Node> factors) {
        Rational coefficient = Rational.ONE;
        Map<Node, Node> exponents = new LinkedHashMap<>();
        Map<Node, Node> original = new LinkedHashMap<>();
        List<Node> pending = new ArrayList<>(factors);
        for (int i = 0; i < pending.size(); i++) {
            Node f = pending.get(i);
            if (f instanceof Mul m) {
                pending.addAll(m.factors());
                continue;
            }
            if (f instanceof Num n) {
                coefficient = coefficient.multiply(n.value());
                continue;
            }
            Node base = baseOf(f);
            Node exponent = f instanceof Pow p ? p.exponent() : ONE;
            Node before = exponents.get(base);
            if (before == null) {
                exponents.put(base, exponent);
                original.put(base, f);
            } else {
                exponents.put(base, add(before, exponent));
                original.remove(base);
            }
        }
        if (coefficient.isZero()) return ZERO;
        List<Node> out = new ArrayList<>(exponents.size());
        List<Node> again = new ArrayList<>();
        for (Map.Entry<Node, Node> e : exponents.entrySet()) {
            boolean kept = original.containsKey(e.getKey());
            Node f = kept ? original.get(e.getKey()) : pow(e.getKey(), e.getValue());
            if (f instanceof Num n) coefficient = coefficient.multiply(n.value());
            // a product, or a power whose base changed (e^2 is exp(2), exp(x)^2 is exp(2*x)),
            // may now meet an equal factor: once more through the collection
            else if (f instanceof Mul || !kept && !baseOf(f).equals(e.getKey())) again.add(f);
            else out.add(f);
        }
        if (!again.isEmpty()) {
            again.addAll(out);
            again.add(num(coefficient));
            return mul(again);
        }
        if (coefficient.isZero()) return ZERO;
        out.sort(Order.FACTORS);
        if (out.isEmpty()) return num(coefficient);
        if (out.size() == 1) {
            Node only = out.get(0);
            if (coefficient.isOne()) return only;
            if (only instanceof Add a) return distribute(coefficient, a);
        }
        if (!coefficient.isOne()) out.add(0, num(coefficient));
        return new Mul(out);
    }

    private static Node baseOf(Node factor) { return factor instanceof Pow p ? p.base() : factor; }

    private static Node distribute(Rational c, Add sum) {
        List<Node> terms = new ArrayList<>(sum.terms().size());
        for (Node t : sum.terms()) terms.add(mul(num(c), t));
        return add(terms);
    }

    // ---- powers -------------------------------------------------------------------------

    public static Node pow(Node base, Node exponent) {
        if (exponent instanceof Num en) {
            Rational e = en.value();
            if (e.isZero()) return ONE;
            if (e.isOne()) return base;
            if (base instanceof Num bn) return numericPow(bn.value(), e);
            if (base instanceof Pow p && combinable(p.exponent(), e)) return pow(p.base(), mul(p.exponent(), exponent));
            if (base instanceof Mul m) {
                Node split = powerOfProduct(m, e);
                if (split != null) return split;
            }
        } else if (base instanceof Num bn && (bn.value().isOne())) {
            return ONE;
        }
        if (base instanceof Const c && c.kind() == Const.Kind.E) return exp(exponent);
        if (base instanceof Call c && c.function() == Function.EXP) return exp(mul(c.arg(), exponent));
        return new Pow(base, exponent);
    }

    /**
     * Whether {@code (b^a)^e = b^(a*e)} holds wherever the left side is defined.
     * It does for integer e; for other e, b^a must already force b >= 0 (a not an
     * integer) or keep b's sign (a odd): {@code (x^2)^(1/2)} is |x|, not x.
     */
    private static boolean combinable(Node a, Rational e) {
        if (e.isInteger()) return true;
        if (!(a instanceof Num an)) return false;
        Rational av = an.value();
        return !av.isInteger() || av.numerator().testBit(0);
    }

    /** (c*u*v)^n = c^n*u^n*v^n for integer n; (c*u)^e = c^e*u^e for c > 0. Null when neither applies. */
    private static Node powerOfProduct(Mul m, Rational e) {
        if (e.isInteger()) {
            List<Node> parts = new ArrayList<>(m.factors().size());
            for (Node f : m.factors()) parts.add(pow(f, num(e)));
            return mul(parts);
        }
        Rational c = m.coefficient();
        if (c.signum() > 0 && !c.isOne()) {
            Node rest = withoutCoefficient(m);
            return mul(numericPow(c, e), pow(rest, num(e)));
        }
        return null;
    }

    /** b^e for rationals, exact: integer powers within {@link Limits#MAX_INTEGER_BITS}, roots extracted. */
    static Node numericPow(Rational b, Rational e) {
        if (b.isZero()) {
            if (e.signum() < 0) throw new MathException("division by zero (0 raised to a negative power)");
            return ZERO;
        }
        if (b.isOne()) return ONE;
        if (e.isInteger()) {
            if (b.isMinusOne()) return e.numerator().testBit(0) ? MINUS_ONE : ONE;
            if (e.numerator().bitLength() > 31 || b.powBits(e.intValueExact()) > Limits.MAX_INTEGER_BITS + 1L) {
                return new Pow(num(b), num(e));
            }
            try {
                return num(b.pow(e.intValueExact()));
            } catch (LimitException overTheLimitByOneBit) {
                return new Pow(num(b), num(e)); // symbolic exactly when the number would be over the limit
            }
        }
        if (b.signum() < 0) return new Pow(num(b), num(e));
        return Roots.rationalPower(b, e);
    }

    // ---- function calls -----------------------------------------------------------------

    public static Node call(Function f, Node arg) {
        Node folded = f.isBuiltin() ? f.builtin().special().fold(arg) : null;
        return folded != null ? folded : new Call(f, List.of(arg));
    }

    /** A call built as is, without folding; for defined functions and rule patterns. */
    public static Call rawCall(Function f, Node arg) { return new Call(f, List.of(arg)); }

    static Node rawPow(Node base, Node exponent) { return new Pow(base, exponent); }

    static BigInteger bits(long n) { return BigInteger.valueOf(n); }
}
