package dev.deriv.tensor;

import dev.deriv.expr.Call;
import dev.deriv.expr.Function;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Rational;
import dev.deriv.expr.Var;
import dev.deriv.tensor.Contraction.Factor;
import dev.deriv.tensor.Linear.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The canonicalizing constructors of the shaped IR, the only way nodes are built.
 * Each checks shapes (a {@link ShapeException} names the operands and their
 * shapes) and keeps one canonical form, so that equal tensors are equal records:
 * transposes sit on leaves ({@code (A*B)' = B'*A'}, {@code (A')' = A}, A' = A for a
 * symmetric A), a scalar product is written in the one of its two orientations
 * that prints first ({@code x'*A'*x} is {@code x'*A*x}), a trace is rotated the
 * same way, identities vanish from products, {@code diag(u)*v} is {@code u .* v},
 * {@code sum(u .* v)} is {@code u'*v}, and sums with a common right factor are
 * factored ({@code A*x + A'*x} is {@code (A + A')*x}). These are properties of the
 * operations, not identities of the Matrix Cookbook: derivatives are never
 * rewritten by pattern.
 */
public final class T {
    private T() {}

    public static final Scalar ONE = new Scalar(Nodes.ONE);

    // ---- leaves --------------------------------------------------------------------------

    public static TVar var(String name, Shape shape) { return new TVar(name, shape, Set.of()); }

    public static TVar var(String name, Shape shape, Set<Property> properties) { return new TVar(name, shape, properties); }

    public static TNode scalar(Node value) { return new Scalar(value); }

    public static TNode num(long n) { return new Scalar(Nodes.num(n)); }

    public static TNode eye(Dim n) { return new Eye(n); }

    public static TNode ones(Shape s) { return s.isScalar() ? ONE : new Fill(s, Rational.ONE); }

    public static TNode zeros(Shape s) { return s.isScalar() ? new Scalar(Nodes.ZERO) : new Fill(s, Rational.ZERO); }

    public static boolean isZero(TNode n) {
        return n instanceof Fill f && f.isZero() || n instanceof Scalar s && s.value().isZero();
    }

    static Rational numberOf(TNode n) {
        if (n instanceof Scalar s && s.value() instanceof dev.deriv.expr.Num k) return k.value();
        return null;
    }

    // ---- sums ----------------------------------------------------------------------------

    /** {@code a + b}; a scalar and a tensor add entry by entry (the only broadcast). */
    public static TNode add(TNode a, TNode b) {
        if (broadcast(a, b)) return elementwise(Nodes.add(P0, P1), List.of(a, b));
        return linear(List.of(new Term(Rational.ONE, a), new Term(Rational.ONE, b)));
    }

    public static TNode sub(TNode a, TNode b) {
        if (broadcast(a, b)) return elementwise(Nodes.sub(P0, P1), List.of(a, b));
        return linear(List.of(new Term(Rational.ONE, a), new Term(Rational.MINUS_ONE, b)));
    }

    private static boolean broadcast(TNode a, TNode b) { return a.shape().isScalar() != b.shape().isScalar(); }

    public static TNode neg(TNode a) { return scale(Rational.MINUS_ONE, a); }

    public static TNode scale(Rational c, TNode a) { return linear(List.of(new Term(c, a))); }

    /** Sum of all of {@code parts} (at least one). */
    public static TNode sum(List<TNode> parts) {
        List<Term> ts = new ArrayList<>();
        for (TNode p : parts) ts.add(new Term(Rational.ONE, p));
        return linear(ts);
    }

    public static TNode linear(List<Term> terms) {
        Shape shape = terms.get(0).node().shape();
        if (shape.isScalar() && terms.stream().allMatch(t -> t.node() instanceof Scalar)) {
            Node s = Nodes.ZERO;
            for (Term t : terms) s = Nodes.add(s, Nodes.mul(Nodes.num(t.coefficient()), ((Scalar) t.node()).value()));
            return new Scalar(s);
        }
        Map<TNode, Rational> collected = new LinkedHashMap<>();
        for (Term t : terms) collect(t.coefficient(), t.node(), shape, collected, terms);
        collected.values().removeIf(Rational::isZero);
        List<Term> out = new ArrayList<>();
        for (Map.Entry<TNode, Rational> e : collected.entrySet()) out.add(new Term(e.getValue(), e.getKey()));
        out = factorRight(out);
        if (out.isEmpty()) return zeros(shape);
        if (out.size() == 1 && out.get(0).coefficient().isOne()) return out.get(0).node();
        out.sort(Comparator.comparing((Term t) -> t.coefficient().signum() < 0).thenComparing(t -> Printer.infix(t.node())));
        return new Linear(out, shape);
    }

    private static void collect(Rational c, TNode n, Shape shape, Map<TNode, Rational> into, List<Term> all) {
        if (!n.shape().equals(shape)) {
            throw new ShapeException("cannot add " + describe(all.get(0).node()) + " and " + describe(n)
                    + ": shapes " + shape + " and " + n.shape() + " differ");
        }
        if (isZero(n)) return;
        if (n instanceof Linear l) {
            for (Term t : l.terms()) collect(c.multiply(t.coefficient()), t.node(), shape, into, all);
            return;
        }
        into.merge(n, c, Rational::add);
    }

    /** {@code c1*P1*v + c2*P2*v} as {@code (c1*P1 + c2*P2)*v}, when two or more terms end in the same factor. */
    private static List<Term> factorRight(List<Term> terms) {
        Map<Factor, List<Term>> byLast = new LinkedHashMap<>();
        for (Term t : terms) {
            if (t.node() instanceof Contraction c && !c.trace() && c.factors().size() >= 2) {
                byLast.computeIfAbsent(c.factors().get(c.factors().size() - 1), k -> new ArrayList<>()).add(t);
            }
        }
        List<Term> out = new ArrayList<>(terms);
        for (Map.Entry<Factor, List<Term>> e : byLast.entrySet()) {
            if (e.getValue().size() < 2) continue;
            List<Term> prefixes = new ArrayList<>();
            for (Term t : e.getValue()) {
                List<Factor> fs = ((Contraction) t.node()).factors();
                prefixes.add(new Term(t.coefficient(), chain(fs.subList(0, fs.size() - 1), false)));
            }
            out.removeAll(e.getValue());
            out.add(new Term(Rational.ONE, chain(List.of(new Factor(linear(prefixes), false), e.getKey()), false)));
        }
        return out;
    }

    // ---- products ------------------------------------------------------------------------

    /** {@code a*b}: multiplication by a scalar, or the matrix product. */
    public static TNode times(TNode a, TNode b) {
        if (a.shape().isScalar() || b.shape().isScalar()) return scaleBy(a.shape().isScalar() ? a : b, a.shape().isScalar() ? b : a);
        return chain(List.of(new Factor(a, false), new Factor(b, false)), false);
    }

    /** A tensor times a scalar tensor. */
    public static TNode scaleBy(TNode s, TNode t) {
        Rational c = numberOf(s);
        if (c != null) return scale(c, t);
        if (t instanceof Linear l && l.terms().size() == 1) return scale(l.terms().get(0).coefficient(), scaleBy(s, l.terms().get(0).node()));
        return elementwise(Nodes.mul(P0, P1), List.of(s, t));
    }

    public static TNode transpose(TNode a) { return a.accept(TRANSPOSE); }

    /** {@code u'*v} for two vectors. */
    public static TNode dot(TNode u, TNode v) { return chain(List.of(new Factor(u, true), new Factor(v, false)), false); }

    /** {@code u*v'} for two vectors. */
    public static TNode outer(TNode u, TNode v) { return chain(List.of(new Factor(u, false), new Factor(v, true)), false); }

    public static TNode trace(TNode a) {
        if (!Op.square(a.shape())) throw new ShapeException("tr needs a square matrix, not " + describe(a));
        if (a instanceof Linear l) {
            List<Term> ts = new ArrayList<>();
            for (Term t : l.terms()) ts.add(new Term(t.coefficient(), trace(t.node())));
            return linear(ts);
        }
        return chain(List.of(new Factor(a, false)), true);
    }

    /** The chain (or, with {@code trace}, the cycle) of factors, in canonical form. */
    public static TNode chain(List<Factor> given, boolean trace) {
        Rational coefficient = Rational.ONE;
        List<TNode> scalars = new ArrayList<>();
        List<Factor> fs = new ArrayList<>();
        Shape zero = null;
        for (Factor f : given) {
            if (f.node().shape().isScalar()) {
                Rational c = numberOf(f.node());
                if (c != null) coefficient = coefficient.multiply(c); else scalars.add(f.node());
                continue;
            }
            coefficient = coefficient.multiply(expand(f, fs, scalars));
        }
        if (fs.isEmpty()) {
            TNode s = new Scalar(Nodes.num(coefficient));
            for (TNode x : scalars) s = scaleBy(x, s);
            return s;
        }
        checkInner(fs, trace);
        for (Factor f : fs) if (isZero(f.node())) zero = Shape.SCALAR;
        Shape shape = trace ? Shape.SCALAR : Shape.ofRowsCols(fs.get(0).rows(), fs.get(fs.size() - 1).cols());
        if (zero != null || coefficient.isZero()) return zeros(shape);
        dropIdentities(fs);
        mergeDiagonals(fs);
        hadamardForDiag(fs);
        TNode product;
        if (trace) {
            product = new Contraction(canonicalCycle(fs), true, shape);
        } else if (fs.size() == 1 && !fs.get(0).transposed()) {
            product = fs.get(0).node();
        } else {
            if (shape.isScalar()) fs = firstPrinted(fs, reversedFlipped(fs));
            product = new Contraction(fs, false, shape);
        }
        TNode scaled = scale(coefficient, product);
        for (TNode s : scalars) scaled = scaleBy(s, scaled);
        return scaled;
    }

    /** Adds the factors of {@code f} to {@code into} (nested chains spliced in, transposes pushed in); returns the coefficient pulled out. */
    private static Rational expand(Factor f, List<Factor> into, List<TNode> scalars) {
        TNode n = f.node();
        if (n instanceof Elementwise e) {
            TNode[] split = scalarFactor(e);
            if (split != null) {
                scalars.add(split[0]);
                return expand(new Factor(split[1], f.transposed()), into, scalars);
            }
        }
        if (n instanceof Linear l && l.terms().size() == 1) {
            return l.terms().get(0).coefficient().multiply(expand(new Factor(l.terms().get(0).node(), f.transposed()), into, scalars));
        }
        if (n instanceof Linear l) {
            Rational content = content(l);
            if (!content.isOne()) {
                into.add(new Factor(scale(content.reciprocal(), l), f.transposed()));
                return content;
            }
        }
        if (n instanceof Contraction c && !c.trace()) {
            List<Factor> inner = f.transposed() ? reversedFlipped(c.factors()) : c.factors();
            for (Factor g : inner) into.add(g);
            return Rational.ONE;
        }
        if (f.transposed() && n.shape().isMatrix()) {
            TNode t = transpose(n);
            boolean leaf = t instanceof Contraction c && !c.trace() && c.factors().size() == 1 && c.factors().get(0).node().equals(n);
            if (!leaf) return expand(new Factor(t, false), into, scalars);
        }
        into.add(f);
        return Rational.ONE;
    }

    /**
     * A map {@code s*rest} with s a scalar argument, as {s, rest}, so that products see
     * through scalar multiples ({@code (s*u*v')*w} is {@code s*u*(v'*w)}); null otherwise.
     */
    private static TNode[] scalarFactor(Elementwise e) {
        if (!(e.body() instanceof Mul m)) return null;
        List<Node> scalarPart = new ArrayList<>(), rest = new ArrayList<>();
        for (Node f : m.factors()) {
            boolean overScalars = !f.isNum();
            for (int i = 0; i < e.args().size() && overScalars; i++) {
                overScalars = e.args().get(i).shape().isScalar() || !f.dependsOn(e.params().get(i));
            }
            (overScalars ? scalarPart : rest).add(f);
        }
        if (scalarPart.isEmpty() || rest.isEmpty()) return null;
        return new TNode[] {elementwise(e.params(), Nodes.mul(scalarPart), e.args()),
                elementwise(e.params(), Nodes.mul(rest), e.args())};
    }

    /** The common factor of a sum's coefficients, with the sign of the first: 2*u - 2*v is 2*(u - v). */
    private static Rational content(Linear l) {
        java.math.BigInteger num = java.math.BigInteger.ZERO, den = java.math.BigInteger.ONE;
        for (Term t : l.terms()) {
            Rational c = t.coefficient();
            num = num.gcd(c.numerator());
            den = den.divide(den.gcd(c.denominator())).multiply(c.denominator());
        }
        Rational content = Rational.of(num, den);
        return l.terms().get(0).coefficient().signum() < 0 ? content.negate() : content;
    }

    private static void checkInner(List<Factor> fs, boolean trace) {
        for (int i = 0; i + 1 < fs.size(); i++) {
            Factor a = fs.get(i), b = fs.get(i + 1);
            if (!a.cols().equals(b.rows())) {
                throw new ShapeException("cannot multiply " + describe(a) + " by " + describe(b)
                        + ": inner dimensions " + a.cols() + " and " + b.rows() + " differ");
            }
        }
        if (trace) {
            Dim r = fs.get(0).rows(), c = fs.get(fs.size() - 1).cols();
            if (!r.equals(c)) throw new ShapeException("tr needs a square matrix, not a product of " + r + "×" + c);
        }
    }

    private static void dropIdentities(List<Factor> fs) {
        for (int i = fs.size() - 1; i >= 0 && fs.size() > 1; i--) if (fs.get(i).node() instanceof Eye) fs.remove(i);
    }

    /** {@code diag(u)*v} is {@code u .* v}, and {@code v'*diag(u)} is {@code (u .* v)'}. */
    private static void hadamardForDiag(List<Factor> fs) {
        for (int i = 0; i + 1 < fs.size(); i++) {
            Factor a = fs.get(i), b = fs.get(i + 1);
            if (isDiag(a) && b.node().shape().isVector() && !b.transposed()) {
                fs.set(i, new Factor(hadamard(((Apply) a.node()).arg(), b.node()), false));
                fs.remove(i + 1);
                i = -1;
            } else if (isDiag(b) && a.node().shape().isVector() && a.transposed()) {
                fs.set(i, new Factor(hadamard(((Apply) b.node()).arg(), a.node()), true));
                fs.remove(i + 1);
                i = -1;
            }
        }
    }

    /** diag(u)*diag(v) is diag(u .* v): diagonal matrices multiply entry by entry. */
    private static void mergeDiagonals(List<Factor> fs) {
        for (int i = 0; i + 1 < fs.size(); i++) {
            if (isDiag(fs.get(i)) && isDiag(fs.get(i + 1))) {
                TNode u = ((Apply) fs.get(i).node()).arg(), v = ((Apply) fs.get(i + 1).node()).arg();
                fs.set(i, new Factor(diag(hadamard(u, v)), false));
                fs.remove(i + 1);
                i--;
            }
        }
    }

    private static boolean isDiag(Factor f) { return f.node() instanceof Apply a && a.op() == Op.DIAG; }

    static List<Factor> reversedFlipped(List<Factor> fs) {
        List<Factor> out = new ArrayList<>(fs.size());
        for (int i = fs.size() - 1; i >= 0; i--) {
            Factor f = fs.get(i);
            boolean symmetricLeaf = f.transposed() && (f.node() instanceof Eye || f.node() instanceof Apply a && a.op() == Op.DIAG);
            out.add(symmetricLeaf ? f : f.flipped());
        }
        return out;
    }

    /** Of two orientations of one product, the one with fewer transposed matrices, then the one that prints first. */
    private static List<Factor> firstPrinted(List<Factor> a, List<Factor> b) {
        int ta = transposedMatrices(a), tb = transposedMatrices(b);
        if (ta != tb) return ta < tb ? a : b;
        return Printer.chain(a).compareTo(Printer.chain(b)) <= 0 ? a : b;
    }

    private static int transposedMatrices(List<Factor> fs) {
        int k = 0;
        for (Factor f : fs) if (f.transposed() && f.node().shape().isMatrix()) k++;
        return k;
    }

    /** The rotation (of the cycle or of its transpose) that prints first: tr(A*B) = tr(B*A) = tr(B'*A'). */
    private static List<Factor> canonicalCycle(List<Factor> fs) {
        List<Factor> best = fs;
        for (List<Factor> orientation : List.of(fs, reversedFlipped(fs))) {
            for (int r = 0; r < orientation.size(); r++) {
                List<Factor> rotated = new ArrayList<>(orientation.subList(r, orientation.size()));
                rotated.addAll(orientation.subList(0, r));
                best = firstPrinted(best, rotated);
            }
        }
        return best;
    }

    // ---- elementwise maps ----------------------------------------------------------------

    static final Var P0 = param(0);
    static final Var P1 = param(1);

    /** The k-th parameter of an elementwise body: a name the parser cannot produce, so no user variable is captured. */
    static Var param(int k) { return Nodes.var("#" + k); }

    public static TNode hadamard(TNode a, TNode b) { return elementwise(Nodes.mul(P0, P1), List.of(a, b)); }

    public static TNode divide(TNode a, TNode b) { return elementwise(Nodes.div(P0, P1), List.of(a, b)); }

    public static TNode power(TNode a, TNode b) { return elementwise(Nodes.pow(P0, P1), List.of(a, b)); }

    /** {@code f} applied to each entry of {@code a}. */
    public static TNode map(Function f, TNode a) { return elementwise(Nodes.call(f, P0), List.of(a)); }

    /** {@code body} over the parameters {@code #0, #1, ...} applied entry by entry to {@code args}. */
    public static TNode elementwise(Node body, List<TNode> args) {
        List<Var> ps = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) ps.add(param(i));
        return elementwise(ps, body, args);
    }

    public static TNode elementwise(List<Var> params, Node body, List<TNode> args) {
        Set<Var> mentioned = Nodes.variables(body);
        List<TNode> usedArgs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) if (mentioned.contains(params.get(i))) usedArgs.add(args.get(i));
        commonShape(args); // every argument must fit, even one the body ignores
        Shape shape = commonShape(usedArgs);
        // inline scalar constants, fills and nested maps; one parameter per distinct argument
        Map<Var, Node> bind = new HashMap<>();
        List<TNode> flat = new ArrayList<>();
        List<Var> temps = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            TNode a = args.get(i);
            if (a instanceof Scalar s) {
                bind.put(params.get(i), s.value());
            } else if (a instanceof Fill f) {
                bind.put(params.get(i), Nodes.num(f.value()));
            } else if (a instanceof Elementwise e) {
                bind.put(params.get(i), inlined(e, flat, temps));
            } else if (a instanceof Linear l && l.terms().size() == 1) {
                TNode inner = l.terms().get(0).node();
                Node body0 = inner instanceof Elementwise e ? inlined(e, flat, temps) : argParam(inner, flat, temps);
                bind.put(params.get(i), Nodes.mul(Nodes.num(l.terms().get(0).coefficient()), body0));
            } else {
                bind.put(params.get(i), argParam(a, flat, temps));
            }
        }
        Node b = Nodes.substitute(body, bind);
        // drop arguments the body no longer uses, then name the parameters #0, #1, ... in order
        Set<Var> used = Nodes.variables(b);
        List<TNode> keptArgs = new ArrayList<>();
        Map<Var, Node> rename = new HashMap<>();
        for (int i = 0; i < flat.size(); i++) {
            if (!used.contains(temps.get(i))) continue;
            rename.put(temps.get(i), param(keptArgs.size()));
            keptArgs.add(flat.get(i));
        }
        b = Nodes.substitute(b, rename);
        return canonicalMap(b, keptArgs, shape);
    }

    /** The body of a nested map over parameters of the outer map. */
    private static Node inlined(Elementwise e, List<TNode> flat, List<Var> temps) {
        Map<Var, Node> inner = new HashMap<>();
        for (int j = 0; j < e.args().size(); j++) inner.put(e.params().get(j), argParam(e.args().get(j), flat, temps));
        return Nodes.substitute(e.body(), inner);
    }

    private static Var argParam(TNode a, List<TNode> flat, List<Var> temps) {
        int k = flat.indexOf(a);
        if (k >= 0) return temps.get(k);
        flat.add(a);
        Var t = Nodes.var("#t" + temps.size());
        temps.add(t);
        return t;
    }

    private static Shape commonShape(List<TNode> args) {
        Shape s = Shape.SCALAR;
        TNode first = null;
        for (TNode a : args) {
            if (a.shape().isScalar()) continue;
            if (first == null) {
                first = a;
                s = a.shape();
            } else if (!a.shape().equals(s)) {
                throw new ShapeException("cannot combine " + describe(first) + " and " + describe(a)
                        + " entry by entry: shapes " + s + " and " + a.shape() + " differ (only a scalar broadcasts)");
            }
        }
        return s;
    }

    private static TNode canonicalMap(Node body, List<TNode> args, Shape shape) {
        if (!shape.isScalar() && args.stream().noneMatch(a -> a.shape().equals(shape))) {
            // only scalars are left (a fill was inlined): a broadcast to the shape, kept visible as ones(...)
            if (body.isNum()) return new Fill(shape, ((dev.deriv.expr.Num) body).value());
            List<TNode> withOnes = new ArrayList<>(args);
            withOnes.add(ones(shape));
            return new Elementwise(params(withOnes.size()), Nodes.mul(body, param(args.size())), withOnes, shape);
        }
        if (args.isEmpty()) return new Scalar(body);
        if (body.equals(P0) && args.size() == 1) return args.get(0);
        body = leadingOne(body);
        Rational c = Nodes.coefficientOf(body);
        if (!c.isOne() && !body.isNum()) return scale(c, canonicalMap(Nodes.withoutCoefficient(body), args, shape));
        if (body instanceof dev.deriv.expr.Add sum && everyTermHasTensorParam(sum, args, shape)) {
            List<Term> ts = new ArrayList<>();
            for (Node term : sum.children()) ts.add(new Term(Rational.ONE, elementwise(term, args)));
            return linear(ts);
        }
        TNode folded = foldScalarForms(body, args);
        if (folded != null) return folded;
        return new Elementwise(params(args.size()), body, args, shape);
    }

    /**
     * A factor {@code -1 + s} of a product written {@code -(1 - s)}, its sign moved to the
     * coefficient: {@code s .* (1 - s)} reads as the derivative of a sigmoid.
     */
    private static Node leadingOne(Node body) {
        if (!(body instanceof Mul m)) return body;
        List<Node> factors = new ArrayList<>();
        boolean flipped = false;
        for (Node f : m.factors()) {
            Node n = f;
            if (f instanceof dev.deriv.expr.Add sum && sum.children().stream().anyMatch(t -> t.isNum() && Nodes.coefficientOf(t).signum() < 0)) {
                Node negated = Nodes.neg(f);
                if (negated instanceof dev.deriv.expr.Add) {
                    n = negated;
                    flipped = !flipped;
                }
            }
            factors.add(n);
        }
        if (flipped) factors.add(Nodes.MINUS_ONE);
        return flipped ? Nodes.mul(factors) : body;
    }

    private static List<Var> params(int n) {
        List<Var> ps = new ArrayList<>();
        for (int i = 0; i < n; i++) ps.add(param(i));
        return ps;
    }

    /** True when every term of the sum uses a parameter of the result's full shape, so that the sum splits into a sum of tensors. */
    private static boolean everyTermHasTensorParam(dev.deriv.expr.Add sum, List<TNode> args, Shape shape) {
        for (Node term : sum.children()) {
            boolean has = false;
            for (int i = 0; i < args.size(); i++) has |= args.get(i).shape().equals(shape) && term.dependsOn(param(i));
            if (!has) return false;
        }
        return true;
    }

    /** {@code norm(u)^2} is {@code u'*u} ({@code tr(U'*U)} for a matrix), {@code ln(sum(exp(u)))} is {@code logsumexp(u)}. */
    private static TNode foldScalarForms(Node body, List<TNode> args) {
        if (args.size() != 1) return null;
        TNode a = args.get(0);
        if (body instanceof Pow p && p.base().equals(P0) && p.exponent().equals(Nodes.TWO)
                && a instanceof Apply n && (n.op() == Op.NORM2 || n.op() == Op.FROBENIUS)) {
            TNode u = n.arg();
            return u.shape().isVector() ? dot(u, u) : chain(List.of(new Factor(u, true), new Factor(u, false)), true);
        }
        if (body instanceof Call c && c.function() == Function.LN && c.arg().equals(P0)
                && a instanceof Apply s && s.op() == Op.SUM && s.arg() instanceof Elementwise e && e.args().size() == 1
                && e.body() instanceof Call ex && ex.function() == Function.EXP && ex.arg().equals(P0)
                && e.args().get(0).shape().isVector()) {
            return apply(Op.LOGSUMEXP, e.args().get(0));
        }
        return null;
    }

    // ---- functions -----------------------------------------------------------------------

    public static TNode apply(Op op, TNode arg) {
        Shape shape = op.shapeOf(arg.shape(), Printer.infix(arg));
        boolean linearMap = op == Op.SUM || op == Op.DIAG || op == Op.DIAG_OF;
        if (linearMap && arg instanceof Linear l) {
            List<Term> ts = new ArrayList<>();
            for (Term t : l.terms()) ts.add(new Term(t.coefficient(), apply(op, t.node())));
            return linear(ts);
        }
        if (linearMap && arg instanceof Elementwise e && !arg.shape().isScalar()) { // scalar multiples move out
            TNode[] split = scalarFactor(e);
            if (split != null) return scaleBy(split[0], apply(op, split[1]));
        }
        if (op == Op.SUM) {
            if (arg.shape().isScalar()) return arg;
            TNode dotted = sumOfProduct(arg);
            if (dotted != null) return dotted;
        }
        if (op == Op.DIAG_OF && arg instanceof Apply a && a.op() == Op.DIAG) return a.arg();
        if (op == Op.DIAG && arg instanceof Fill f) return scale(f.value(), eye(arg.shape().dim(0)));
        if (op == Op.DIAG_OF && arg instanceof Contraction c && !c.trace()) {
            TNode outer = diagonalOfOuter(c.factors());
            if (outer != null) return outer;
        }
        return new Apply(op, arg, shape);
    }

    /** The diagonal of an outer product {@code u*w'} (each a chain) is {@code u .* w}; null when the chain is not one. */
    private static TNode diagonalOfOuter(List<Factor> fs) {
        for (int k = 1; k < fs.size(); k++) {
            Factor f = fs.get(k);
            if (f.transposed() && f.node().shape().isVector()) {
                TNode u = chain(fs.subList(0, k), false);
                TNode w = transpose(chain(fs.subList(k, fs.size()), false));
                if (u.shape().isVector() && w.shape().isVector()) return hadamard(u, w);
            }
        }
        return null;
    }

    /** {@code sum(u .* w)} is {@code u'*w}, {@code sum(U .* W)} is {@code tr(U'*W)}, when u is a whole argument of the map. */
    private static TNode sumOfProduct(TNode arg) {
        if (!(arg instanceof Elementwise e) || !(e.body() instanceof Mul m)) return null;
        for (int i = 0; i < e.args().size(); i++) {
            Var p = param(i);
            TNode u = e.args().get(i);
            if (!u.shape().equals(e.shape()) || !m.factors().contains(p)) continue;
            Node rest = Nodes.div(m, p);
            if (rest.dependsOn(p)) continue;
            TNode w = elementwise(e.params(), rest, e.args());
            if (!w.shape().equals(u.shape())) continue;
            if (u.shape().isVector()) return dot(u, w);
            return chain(List.of(new Factor(u, true), new Factor(w, false)), true);
        }
        return null;
    }

    public static TNode sumOf(TNode a) { return apply(Op.SUM, a); }

    public static TNode norm2(TNode a) { return apply(Op.NORM2, a); }

    public static TNode frobenius(TNode a) { return apply(Op.FROBENIUS, a); }

    public static TNode diag(TNode a) { return apply(a.shape().isVector() ? Op.DIAG : Op.DIAG_OF, a); }

    public static TNode inv(TNode a) { return apply(Op.INV, a); }

    public static TNode det(TNode a) { return apply(Op.DET, a); }

    public static TNode logdet(TNode a) { return apply(Op.LOGDET, a); }

    public static TNode softmax(TNode a) { return apply(Op.SOFTMAX, a); }

    public static TNode logsumexp(TNode a) { return apply(Op.LOGSUMEXP, a); }

    // ---- messages ------------------------------------------------------------------------

    /** {@code A (m×n)}: a node and its shape, as error messages name them. */
    public static String describe(TNode n) { return Printer.infix(n) + " (" + n.shape() + ")"; }

    static String describe(Factor f) {
        return f.transposed() ? describe(transposeForMessage(f.node())) : describe(f.node());
    }

    private static TNode transposeForMessage(TNode n) {
        return n.shape().isVector() ? new Contraction(List.of(new Factor(n, true)), false, n.shape().transposed()) : transpose(n);
    }

    // ---- transposition -------------------------------------------------------------------

    private static final TVisitor<TNode> TRANSPOSE = new TVisitor<>() {
        @Override public TNode var(TVar v) {
            return v.shape().isScalar() || v.symmetric() ? v : leafTransposed(v);
        }
        @Override public TNode scalar(Scalar s) { return s; }
        @Override public TNode eye(Eye e) { return e; }
        @Override public TNode fill(Fill f) { return new Fill(f.shape().transposed(), f.value()); }
        @Override public TNode linear(Linear l) {
            List<Term> ts = new ArrayList<>();
            for (Term t : l.terms()) ts.add(new Term(t.coefficient(), transpose(t.node())));
            return T.linear(ts);
        }
        @Override public TNode contraction(Contraction c) {
            return c.trace() ? c : chain(reversedFlipped(c.factors()), false);
        }
        @Override public TNode elementwise(Elementwise e) {
            if (e.shape().isScalar()) return e;
            if (e.shape().isVector()) return leafTransposed(e);
            List<TNode> args = new ArrayList<>();
            for (TNode a : e.args()) args.add(transpose(a));
            return T.elementwise(e.params(), e.body(), args);
        }
        @Override public TNode apply(Apply a) {
            if (a.shape().isScalar() || a.op() == Op.DIAG) return a;
            if (a.op() == Op.INV && a.arg() instanceof TVar v && v.symmetric()) return a;
            return leafTransposed(a);
        }
    };

    private static TNode leafTransposed(TNode n) {
        return new Contraction(List.of(new Factor(n, true)), false, n.shape().transposed());
    }
}
