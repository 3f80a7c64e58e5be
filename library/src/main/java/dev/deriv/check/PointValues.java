package dev.deriv.check;

import dev.deriv.Expr;
import dev.deriv.MathException;
import dev.deriv.expr.Add;
import dev.deriv.expr.Builtin;
import dev.deriv.expr.Call;
import dev.deriv.expr.Const;
import dev.deriv.expr.DeepStack;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.NodeVisitor;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Num;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Rational;
import dev.deriv.expr.Var;
import dev.deriv.expr.WrittenDomain;
import dev.deriv.internal.Internals;
import dev.deriv.print.InfixPrinter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.math3.dfp.Dfp;

/**
 * Values of derivatives at a point, for {@code deriv EXPR --at ...}, {@code grad --at}
 * and {@code hessian --at}: the value where the derivative exists, and otherwise a
 * {@link MathException} (SPEC exit code 3) that says why it does not.
 *
 * <ul>
 *   <li>Outside the domain of the function: {@code ln(x)} at {@code x = -1} or {@code x = 0}.</li>
 *   <li>Where the derivative does not exist: {@code abs(x)} at 0 (the left and right
 *       derivatives differ), {@code sqrt(x)} at 0 (vertical tangent), the gradient of
 *       {@code sqrt(x^2 + y^2)} at the origin.</li>
 * </ul>
 * The point's values are exact constants ({@code 1/3}, {@code pi/2}), substituted
 * before anything is rounded. Where the derivative's formula is undefined at the
 * point but the function is not, the one-sided difference quotients are computed at
 * 60 digits: if both sides tend to one value, that is the derivative
 * ({@code x*abs(x)} at 0 has derivative 0); at an end of the domain the one-sided
 * derivative counts ({@code x^(3/2)} at 0).
 */
public final class PointValues {
    private PointValues() {}

    private static final int DIGITS = 60;
    /** The rounding error a value at a point may have, relative to it (a little above a double's). */
    private static final BigDecimal RELATIVE_ACCURACY = new BigDecimal("1e-17");
    /** ... or absolute, for values that are 0 to 40 digits. */
    private static final BigDecimal ABSOLUTE_ACCURACY = new BigDecimal("1e-40");
    /** The precision a value at DIGITS is checked against. */
    private static final int CHECK_DIGITS = 90;
    private static final int[] STEP_EXPONENTS = {5, 10, 15, 20};

    /** A point from double values, each converted exactly. */
    public static Map<Var, Node> point(Map<String, Double> values) {
        Map<Var, Node> p = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (!Double.isFinite(v)) throw new InputException("the value of '" + k + "' is not a finite number");
            BigDecimal b = new BigDecimal(v);
            Rational r = b.scale() <= 0 ? Rational.of(b.toBigIntegerExact())
                    : Rational.of(b.unscaledValue(), java.math.BigInteger.TEN.pow(b.scale()));
            p.put(Nodes.var(k), Nodes.num(r));
        });
        return p;
    }

    /** The value of f itself at the point; an error outside its domain. */
    public static double value(Expr f, Map<Var, Node> at) {
        return new Walk(f, at, "").value(List.of());
    }

    /**
     * The {@code order}-th derivative of f with respect to {@code wrt} at the point.
     *
     * @throws MathException  where it does not exist, or the point is outside f's domain
     * @throws InputException when a variable of f has no value
     */
    public static double derivative(Expr f, String wrt, int order, Map<Var, Node> at) {
        List<Var> sequence = Collections.nCopies(order, Nodes.var(wrt));
        String what = order == 0 ? "" : (order == 1 ? "the derivative" : "the " + ordinal(order) + " derivative")
                + (f.variables().size() > 1 ? " with respect to " + wrt : "");
        return new Walk(f, at, what).value(sequence);
    }

    /** Every partial derivative at the point, in the order of {@code variables}. */
    public static double[] gradient(Expr f, List<String> variables, Map<Var, Node> at) {
        if (variables.isEmpty()) requireWrittenDomain(f, at, "the gradient"); // x/x: no variable left to walk
        double[] out = new double[variables.size()];
        for (int i = 0; i < out.length; i++) {
            Walk w = new Walk(f, at, "the gradient");
            w.partOf = "the partial derivative with respect to " + variables.get(i);
            out[i] = w.value(List.of(Nodes.var(variables.get(i))));
        }
        return out;
    }

    /** The Hessian at the point: row i holds the derivatives of the i-th partial derivative. */
    public static double[][] hessian(Expr f, List<String> variables, Map<Var, Node> at) {
        if (variables.isEmpty()) requireWrittenDomain(f, at, "the Hessian");
        int n = variables.size();
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Walk w = new Walk(f, at, "the Hessian");
                w.partOf = "the second partial derivative " + (i == j ? "d2f/d" + variables.get(i) + "2" : "d2f/d" + variables.get(i) + "d" + variables.get(j));
                out[i][j] = w.value(List.of(Nodes.var(variables.get(i)), Nodes.var(variables.get(j))));
            }
        }
        return out;
    }

    /**
     * Refuses a point where f, as it was written, is undefined, though its canonical form may
     * not be ({@code x/x} at 0, {@code sqrt(x)^2} at -1): each condition of its
     * {@link WrittenDomain} is decided with the point's exact values, and at 60 digits for
     * what exact arithmetic leaves. A condition that 60 digits cannot decide is left to the
     * value's own checks, which refuse what they cannot decide.
     *
     * @param what "" for f's own value, else "the derivative" or the like
     * @throws MathException naming the violated condition
     */
    public static void requireWrittenDomain(Expr f, Map<Var, Node> at, String what) {
        WrittenDomain domain = Internals.writtenDomain(f);
        if (domain.isEmpty()) return;
        Precise precise = null;
        for (WrittenDomain.Condition c : domain.conditions()) {
            // a variable the point does not give: the canonical form does not depend on it, and the
            // value is the same wherever the condition holds (eval "x/x + y" --at y=1 is 2)
            if (!at.keySet().containsAll(Nodes.variables(c.node()))) continue;
            Node exact;
            try {
                Node guard = c.guard();
                exact = DeepStack.callFor(guard.depth(), () -> Nodes.substitute(guard, at));
            } catch (MathException undefined) {
                exact = null;
            }
            if (exact instanceof Num) continue;
            if (exact != null) {
                if (precise == null) precise = Precise.atExact(DIGITS, at);
                if (precise == null || precise.value(exact) != null || !precise.certain(exact)) continue;
            }
            if (precise == null) precise = Precise.atExact(DIGITS, at);
            throw writtenDomainError(f, at, what, c, precise);
        }
    }

    private static MathException writtenDomainError(Expr f, Map<Var, Node> at, String what,
                                                    WrittenDomain.Condition c, Precise precise) {
        String reason = c.reason(n -> {
            Node exact;
            try {
                exact = Nodes.substitute(n, at);
            } catch (MathException e) {
                return Double.NaN;
            }
            if (exact instanceof Num k) return k.value().doubleValue();
            Dfp v = precise == null ? null : precise.value(exact);
            return v == null ? Double.NaN : v.toDouble();
        });
        String point = describe(f, at);
        return new MathException(what.isEmpty() ? "undefined at " + point + ": " + reason
                : what + " does not exist at " + point + ", where the expression is undefined as written: " + reason);
    }

    /**
     * The point's coordinates of f's variables, as written (x in x/x + y), in natural order
     * of the names ("x = 0, y = 1/2").
     */
    static String describe(Expr f, Map<Var, Node> at) {
        Map<String, String> sorted = new TreeMap<>(dev.deriv.expr.VariableOrder.NATURAL);
        at.forEach((v, n) -> sorted.put(v.name(), InfixPrinter.print(n)));
        Set<String> used = new java.util.HashSet<>(f.variables());
        for (WrittenDomain.Condition c : Internals.writtenDomain(f).conditions()) {
            for (Var v : Nodes.variables(c.node())) used.add(v.name());
        }
        List<String> parts = new ArrayList<>();
        sorted.forEach((k, v) -> {
            if (used.contains(k) || used.isEmpty()) parts.add(k + " = " + v);
        });
        return parts.isEmpty() ? "this point" : String.join(", ", parts);
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th"
                : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return n + suffix;
    }

    /** One value: the function, then one derivative after another, each checked at the point. */
    private static final class Walk {
        private final Expr f;
        private final Map<Var, Node> at;
        private final String what;
        String partOf;
        private Precise precise;
        private Precise finer;

        Walk(Expr f, Map<Var, Node> at, String what) {
            this.f = f;
            this.at = at;
            this.what = what;
        }

        double value(List<Var> sequence) {
            for (String name : f.variables()) {
                if (!at.containsKey(Nodes.var(name))) {
                    throw new InputException("no value given for variable '" + name + "'");
                }
            }
            Double v0 = exactValueOfFunction();
            // a function too large for a double may still have derivatives that fit (x^2 at 1e200)
            if (v0 == null) v0 = definedOrLarge(Internals.node(f), sequence.isEmpty());
            // defined in canonical form; as written too? (x/x at 0 is not). After the canonical
            // checks, whose messages name the expression and the reason in its own terms
            requireWrittenDomain(f, at, what);
            Expr g = f;
            double value = v0;
            Dfp gAt = null; // g's value at the point when it came from a limit, not from g's formula
            for (Var v : sequence) {
                Expr dg = g.diff(v.name());
                boolean kink = atKink(Internals.node(g), v);
                Double dv = kink ? null : exactValue(Internals.node(dg));
                if (dv != null) {
                    g = dg;
                    value = dv;
                    gAt = null;
                    continue;
                }
                Dfp formula = kink ? null : precise().value(Internals.node(dg));
                if (formula != null && precise().certain(Internals.node(dg))) {
                    if (!accurate(formula, Internals.node(dg))) throw inaccurate(dg, formula, Internals.node(dg));
                    // defined in high precision, only not in doubles
                    value = finite(formula, dg);
                    g = dg;
                    gAt = null;
                    continue;
                }
                Dfp g0 = gAt != null ? gAt : valueAtPoint(g);
                Dfp limit = quotientLimit(Internals.node(g), g0, v);
                g = dg;
                gAt = limit;
                value = limit.toDouble();
            }
            return value;
        }

        /** g's value at the point for difference quotients: exact where simplification finds it, else at 60 digits. */
        private Dfp valueAtPoint(Expr g) {
            Node exact = exactForm(Internals.node(g));
            if (exact instanceof Num k) return precise().rational(k.value());
            Dfp v = precise().value(Internals.node(g));
            if (v == null) throw undecided(g);
            return v;
        }

        /** A value that 60 digits cannot decide: an error, never a guess. */
        private MathException undecided(Expr g) {
            String lead = what.isEmpty() ? "the value of " + f : what + " of " + f;
            return new MathException(lead + " at " + describe() + " cannot be decided: " + g
                    + " depends on a value that is 0 to " + DIGITS + " digits, where its sign or being 0 matters");
        }

        /**
         * True when g calls a function at one of its kinks ({@link dev.deriv.expr.Builtin#kinks}:
         * sign at 0), with an argument that depends on v: there the derivative's formula
         * (0 for sign) says nothing, and only the difference quotients can tell.
         */
        private boolean atKink(Node g, Var v) {
            return DeepStack.callFor(g.depth(), () -> callAtKink(g, v, Collections.newSetFromMap(new IdentityHashMap<>())));
        }

        private boolean callAtKink(Node n, Var v, Set<Node> seen) {
            if (!seen.add(n)) return false;
            if (n instanceof Call c && c.function().isBuiltin() && Nodes.variables(c.arg()).contains(v)) {
                for (double k : c.function().builtin().kinks()) if (mayBeAt(c.arg(), k)) return true;
            }
            for (Node child : n.children()) if (callAtKink(child, v, seen)) return true;
            return false;
        }

        /**
         * True unless {@code arg} is certainly not {@code k} at the point: exactly, where the
         * substituted argument simplifies to a number, else at 60 digits beyond its rounding error.
         */
        private boolean mayBeAt(Node arg, double k) {
            Node exact = exactForm(arg);
            if (exact instanceof Num n) return n.value().doubleValue() == k;
            if (exact == null) return false;
            Dfp a = precise().value(arg);
            return a != null && Math.abs(a.toDouble() - k) <= precise().error(arg);
        }

        private Precise precise() {
            if (precise == null) {
                precise = Precise.atExact(DIGITS, at);
                if (precise == null) throw new MathException("the point " + describe() + " is undefined");
            }
            return precise;
        }

        /**
         * The function's own value from the exact point. Where exact arithmetic finds a pole
         * ({@code tan(pi/2)}, {@code 1/0}) the function is undefined there: high precision
         * would only see pi/2 rounded, and a huge number.
         */
        private Double exactValueOfFunction() {
            try {
                Node s = DeepStack.callFor(Internals.node(f).depth(), () -> Nodes.substitute(Internals.node(f), at));
                return exactValue(s);
            } catch (MathException e) {
                String fs = f.toString();
                String lead = what.isEmpty() ? fs + " is undefined at " + describe()
                        : what + " of " + fs + " does not exist at " + describe();
                throw new MathException(lead + ": " + e.getMessage());
            }
        }

        /**
         * The value from the exact point substituted and simplified, or null where that is undefined
         * or not certain: a number when simplification finds it ({@code 2^3 - 8} is 0), else the double
         * value of what is left, if every sign and zero it rests on is certain at 60 digits.
         */
        private Double exactValue(Node n) {
            Node simple = exactForm(n);
            if (simple instanceof Num k) {
                double v = k.value().doubleValue();
                return Double.isFinite(v) ? v : null;
            }
            if (simple == null) return null;
            // what is left is computed at 60 digits: doubles would round 10^50 before sin sees it
            Dfp v = precise().value(simple);
            if (v == null || !precise().certain(simple) || !accurate(v, simple)) return null;
            double d = v.toDouble();
            return Double.isFinite(d) ? d : null;
        }

        /**
         * True when v, the value of n at 60 digits, is right to a double's precision: its
         * propagated rounding error is small and it agrees with n's value at {@value #CHECK_DIGITS}
         * digits, in case the estimate is too kind: DfpMath reduces sin(10^50) with a 60-digit pi and keeps 10 digits, and
         * cos(10^1000) at 60 digits is any number from -1 to 1.
         */
        private boolean accurate(Dfp v, Node n) {
            double estimate = precise().error(n);
            if (!(estimate <= RELATIVE_ACCURACY.doubleValue() * Math.abs(v.toDouble())
                    || estimate <= ABSOLUTE_ACCURACY.doubleValue())) return false;
            return discrepancy(v, n).compareTo(tolerance(v)) <= 0;
        }

        /** |v - the value at CHECK_DIGITS|, or infinity (null) where that is undefined. */
        private BigDecimal discrepancy(Dfp v, Node n) {
            Dfp w = finer().value(n);
            if (w == null) return BigDecimal.valueOf(Double.MAX_VALUE);
            return Precise.decimal(v).subtract(Precise.decimal(w)).abs();
        }

        private static BigDecimal tolerance(Dfp v) {
            BigDecimal relative = Precise.decimal(v).abs().multiply(RELATIVE_ACCURACY);
            return relative.max(ABSOLUTE_ACCURACY);
        }

        private Precise finer() {
            if (finer == null) finer = Precise.atExact(CHECK_DIGITS, at);
            return finer;
        }

        /** A value 60 digits cannot give to a double's precision: an error, never a guess. */
        private MathException inaccurate(Expr g, Dfp v, Node n) {
            String lead = what.isEmpty() ? "the value of " + f : what + " of " + f;
            return new MathException(lead + " at " + describe() + " cannot be computed accurately: " + g
                    + " differs by " + Decimals.round(discrepancy(v, n), 2) + " between " + DIGITS + " and " + CHECK_DIGITS
                    + " digits (a huge argument of a periodic function, or cancellation)");
        }

        /** n with the exact point substituted, simplified; null where that is undefined (1/0). */
        private Node exactForm(Node n) {
            try {
                Node s = DeepStack.callFor(n.depth(), () -> Nodes.substitute(n, at));
                return Internals.simplified(s);
            } catch (MathException e) {
                return null;
            }
        }

        /**
         * f is undefined, or not finite, in doubles: its value at 60 digits where that is certain
         * ({@code mustFit}: and fits a double), else why it does not exist.
         */
        private double definedOrLarge(Node n, boolean mustFit) {
            Dfp v = precise().value(n);
            boolean certain = precise().certain(n) || certainExactly(n, v);
            if (!certain && mustFit) throw undecided(f);
            if (v != null && mustFit && !accurate(v, n)) throw inaccurate(f, v, n);
            if (v != null) return mustFit ? finite(v, f) : v.toDouble();
            if (!certain) return Double.NaN; // the derivatives' difference quotients decide
            String fs = f.toString();
            Node culprit = culprit(n);
            if (overflows(culprit)) throw tooLarge(culprit);
            String lead = what.isEmpty() ? fs + " is undefined at " + describe()
                    : what + " of " + fs + " does not exist at " + describe();
            throw new MathException(lead + ": " + reason(culprit, fs));
        }

        /**
         * True when n's exact form at the point (ln(2^3 - 8) is ln(0)) is certain at 60 digits and
         * agrees with n's value there on being defined: exact simplification decided what rounding could not.
         */
        private boolean certainExactly(Node n, Dfp v) {
            Node exact = exactForm(n);
            return exact != null && precise().certain(exact) && (precise().value(exact) == null) == (v == null);
        }

        /**
         * True when the culprit's operands are defined and in its domain, so that it is undefined
         * at 60 digits only by being too large (10^10^1000, exp(10^6)), not by a domain.
         */
        private boolean overflows(Node culprit) {
            if (culprit instanceof Pow p) {
                Dfp b = precise().value(p.base());
                return b != null && b.strictlyPositive();
            }
            if (culprit instanceof Call c) {
                if (!c.function().isBuiltin()) return false;
                Builtin.Domain d = c.function().builtin().domain();
                Dfp x = precise().value(c.arg());
                return x != null && d.poleWhere() == null && d.contains().test(x.toDouble());
            }
            return !culprit.children().isEmpty(); // a sum or product of defined values
        }

        private MathException tooLarge(Node culprit) {
            String part = culprit == Internals.node(f) ? "" : " (" + InfixPrinter.print(culprit) + " is beyond 10^"
                    + dev.deriv.expr.Limits.HIGH_PRECISION_DECIMAL_EXPONENT + ")";
            return new MathException("the value of " + f + " at " + describe() + " is too large for a double"
                    + (part.isEmpty() ? " (beyond 10^" + dev.deriv.expr.Limits.HIGH_PRECISION_DECIMAL_EXPONENT + ")" : part));
        }

        private double finite(Dfp v, Expr e) {
            double d = v.toDouble();
            if (Double.isFinite(d)) return d;
            throw new MathException("the value of " + e + " at " + describe() + " is too large for a double (about "
                    + Decimals.round(Precise.decimal(v), 6) + ")");
        }

        private Node culprit(Node n) {
            if (precise().value(n) != null) return null;
            for (Node c : n.children()) {
                Node inner = culprit(c);
                if (inner != null) return inner;
            }
            return n;
        }

        private String reason(Node culprit, String fs) {
            return culprit.accept(new NodeVisitor<>() {
                @Override public String num(Num n) { return general(); }
                @Override public String var(Var v) { return general(); }
                @Override public String constant(Const c) { return general(); }
                @Override public String add(Add a) { return general(); }
                @Override public String mul(Mul m) { return general(); }
                @Override public String pow(Pow p) { return powerReason(p, fs); }
                @Override public String call(Call c) { return callReason(c, fs); }

                private String general() { return "outside the domain of " + fs; }
            });
        }

        /** Why a function call is undefined: the function's own domain, and its argument's value here. */
        private String callReason(Call c, String fs) {
            String arg = InfixPrinter.print(c.arg());
            String here = c.arg() instanceof Var ? "" : ", and " + arg + " = " + number(c.arg()) + " here";
            if (!c.function().isBuiltin()) return "outside the domain of " + fs + " (" + InfixPrinter.print(c) + " is undefined)";
            return "outside the domain of " + fs + " ("
                    + c.function().builtin().domain().reason(c.name(), InfixPrinter.print(c), arg, here) + ")";
        }

        /** Why a power is undefined: a zero base to a negative power, or a negative one to a fractional power. */
        private String powerReason(Pow p, String fs) {
            Dfp b = precise().value(p.base());
            String base = InfixPrinter.print(p.base());
            if (b != null && b.isZero()) return "division by zero (" + base + " = 0)";
            boolean sqrt = p.exponent() instanceof Num k && k.value().equals(Rational.HALF);
            String here = p.base() instanceof Var ? "" : ", and " + base + " = " + number(p.base()) + " here";
            if (sqrt) return "outside the domain of " + fs + " (sqrt needs an argument that is not negative" + here + ")";
            return "outside the domain of " + fs + " (a negative number to a fractional power: " + base + " = "
                    + number(p.base()) + ")";
        }

        private String number(Node n) {
            Dfp v = precise().value(n);
            return v == null ? "undefined" : Decimals.round(Precise.decimal(v), 6);
        }

        /** One-sided difference quotients of g along v at 60 digits; their common limit, or an error. */
        private Dfp quotientLimit(Node g, Dfp g0, Var v) {
            Side right = side(g, g0, v, 1);
            Side left = side(g, g0, v, -1);
            String why;
            if (right.converges && left.converges) {
                if (close(right.value, left.value)) return right.value;
                why = "the left and right derivatives differ (" + Decimals.round(Precise.decimal(left.value), 6)
                        + " and " + Decimals.round(Precise.decimal(right.value), 6) + ")";
            } else if (right.converges && !left.defined) {
                return right.value; // the left end of the domain: the one-sided derivative
            } else if (left.converges && !right.defined) {
                return left.value;
            } else if (right.jumps || left.jumps) {
                why = "the function jumps there (it is not continuous)";
            } else if (right.infinite || left.infinite) {
                why = "the tangent is vertical (the difference quotient grows without bound)";
            } else if (!right.defined && !left.defined) {
                why = "the function is not defined on either side of the point";
            } else {
                why = "the difference quotient has no limit";
            }
            String head = what + " of " + f + " does not exist at " + describe() + ": ";
            throw new MathException(partOf == null ? head + why : head + partOf + " does not exist there, since " + why);
        }

        private Side side(Node g, Dfp g0, Var v, int sign) {
            Precise base = precise();
            Dfp x0 = base.coordinate(v);
            if (x0 == null) {
                // v does not occur in f: the derivative is 0, and its formula cannot be undefined
                throw new IllegalStateException("no coordinate for " + v);
            }
            Dfp[] q = new Dfp[STEP_EXPONENTS.length];
            Dfp[] change = new Dfp[STEP_EXPONENTS.length];
            for (int k = 0; k < q.length; k++) {
                Dfp h = base.field().getOne().power10(-STEP_EXPONENTS[k]);
                if (sign < 0) h = h.negate();
                Dfp gv = base.with(v, x0.add(h)).value(g);
                change[k] = gv == null ? null : gv.subtract(g0);
                q[k] = gv == null ? null : change[k].divide(h);
            }
            int n = q.length;
            Side s = new Side();
            s.defined = q[n - 1] != null && q[n - 2] != null;
            if (!s.defined) return s;
            Dfp last = q[n - 1];
            Dfp before = q[n - 2];
            s.converges = close(last, before);
            s.value = s.converges ? settled(last, before) : last;
            Dfp ten = base.field().newDfp(10);
            Dfp thousand = base.field().newDfp(1000);
            // g(x0 + h) - g(x0) that does not shrink with h: a jump (sign at 0), not a steep slope
            s.jumps = !s.converges && change[n - 2] != null && !change[n - 1].isZero()
                    && !change[n - 1].subtract(change[n - 2]).abs().greaterThan(change[n - 1].abs().multiply(one(base).power10(-6)));
            s.infinite = !s.converges && q[n - 3] != null && last.abs().greaterThan(thousand)
                    && last.abs().greaterThan(before.abs().multiply(ten))
                    && before.abs().greaterThan(q[n - 3].abs().multiply(ten));
            return s;
        }

        /**
         * The limit to the digits the quotients agree on: q(h) is off by about
         * |q(h) - q(h')|, so {@code x*abs(x)} at 0 gives 0, not 1e-20.
         */
        private static Dfp settled(Dfp last, Dfp before) {
            Dfp error = last.subtract(before).abs();
            if (error.isZero()) return last;
            Dfp unit = error.getOne().power10(error.intLog10() + 1);
            return last.divide(unit).rint().multiply(unit);
        }

        private static Dfp one(Precise p) { return p.field().getOne(); }

        private static boolean close(Dfp p, Dfp q) {
            Dfp scale = p.abs().lessThan(q.abs()) ? q.abs() : p.abs();
            Dfp one = p.getOne();
            if (scale.lessThan(one)) scale = one;
            return !p.subtract(q).abs().greaterThan(scale.multiply(one.power10(-8)));
        }

        private String describe() {
            return PointValues.describe(f, at);
        }

    }

    private static final class Side {
        boolean defined;
        boolean converges;
        boolean infinite;
        boolean jumps;
        Dfp value;
    }
}
