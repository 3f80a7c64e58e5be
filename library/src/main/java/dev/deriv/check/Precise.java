package dev.deriv.check;

import dev.deriv.MathException;
import dev.deriv.expr.Add;
import dev.deriv.expr.Builtin;
import dev.deriv.expr.BoundedDfpMath;
import dev.deriv.expr.Call;
import dev.deriv.expr.Const;
import dev.deriv.expr.DeepStack;
import dev.deriv.expr.Function;
import dev.deriv.expr.Limits;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.NodeVisitor;
import dev.deriv.expr.Num;
import dev.deriv.expr.Pow;
import dev.deriv.expr.PreciseFunctions;
import dev.deriv.expr.Rational;
import dev.deriv.expr.Var;
import dev.deriv.print.InfixPrinter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.dfp.Dfp;
import org.apache.commons.math3.dfp.DfpField;

/**
 * Evaluation in decimal floating point of a chosen precision (commons-math
 * {@link Dfp}), for the places where doubles cancel: {@code exp(100)*(sin(x)^2 +
 * cos(x)^2 - 1)} is about 1e27 in doubles and about 1e-17 at 60 digits.
 * A value is {@code null} where the expression is undefined (ln of a
 * non-positive number, division by zero, a negative number to a fractional
 * power), with the same conventions as the double {@link dev.deriv.expr.Interpreter}.
 * One instance evaluates at one point; shared subexpressions are evaluated once.
 */
final class Precise {
    private static final Map<Integer, DfpField> FIELDS = new ConcurrentHashMap<>();
    private static final Object UNDEFINED = new Object();

    private final DfpField field;
    private final Map<Var, Dfp> point;
    /** The rounding error of each coordinate that came from a constant expression ({@code ln(3)/ln(2)}). */
    private final Map<Var, Double> pointErrors;
    private final Map<Node, Object> memo = new IdentityHashMap<>();
    /** An estimate of each value's absolute rounding error, propagated through the expression. */
    private final Map<Node, Double> errors = new IdentityHashMap<>();
    /** The relative rounding of one operation at this precision (a few digits below the nominal ones). */
    private final double unit;

    private Precise(DfpField field, Map<Var, Dfp> point) {
        this(field, point, Map.of());
    }

    private Precise(DfpField field, Map<Var, Dfp> point, Map<Var, Double> pointErrors) {
        this.field = field;
        this.point = point;
        this.pointErrors = pointErrors;
        this.unit = Math.pow(10, -(field.getRadixDigits() * 4 - 8));
    }

    /** An evaluator at {@code digits} significant decimal digits, at a point given in exact decimals. */
    static Precise at(int digits, Map<Var, BigDecimal> point) {
        DfpField f = field(digits);
        Map<Var, Dfp> p = new java.util.HashMap<>();
        point.forEach((v, x) -> p.put(v, dfp(f, x)));
        return new Precise(f, p);
    }

    /** An evaluator at a point whose coordinates are constant expressions ({@code pi/2}); null if one is undefined. */
    static Precise atExact(int digits, Map<Var, Node> point) {
        DfpField f = field(digits);
        Precise constants = new Precise(f, Map.of());
        Map<Var, Dfp> p = new java.util.HashMap<>();
        Map<Var, Double> errors = new java.util.HashMap<>();
        for (Map.Entry<Var, Node> e : point.entrySet()) {
            Dfp v = constants.value(e.getValue());
            if (v == null) return null;
            if (v.isZero() != isZero(e.getValue()) || v.isInfinite()) throw outOfRange(e.getKey(), e.getValue());
            p.put(e.getKey(), v);
            errors.put(e.getKey(), constants.error(e.getValue()));
        }
        return new Precise(f, p, errors);
    }

    private static boolean isZero(Node exact) {
        return exact instanceof Num k && k.value().signum() == 0;
    }

    /** A coordinate that underflows or overflows the high-precision numbers (x = exp(-10^6)). */
    private static MathException outOfRange(Var v, Node exact) {
        return new MathException("the point " + v.name() + " = " + InfixPrinter.print(exact)
                + " is beyond the range of high-precision numbers (10^-" + Limits.HIGH_PRECISION_DECIMAL_EXPONENT
                + " to 10^" + Limits.HIGH_PRECISION_DECIMAL_EXPONENT + " in magnitude)");
    }

    /** The same point with one coordinate moved (for difference quotients). */
    Precise with(Var v, Dfp value) {
        Map<Var, Dfp> p = new java.util.HashMap<>(point);
        p.put(v, value);
        return new Precise(field, p, pointErrors);
    }

    Dfp coordinate(Var v) { return point.get(v); }

    DfpField field() { return field; }

    static DfpField field(int digits) {
        return FIELDS.computeIfAbsent(digits, DfpField::new);
    }

    /** The value, or null where undefined. Throws {@link MissingValue} for a variable without a value. */
    Dfp value(Node n) {
        return DeepStack.callFor(n.depth(), () -> eval(n));
    }

    /**
     * How far the value of {@code n} (already evaluated) may be from the exact one,
     * from rounding at this precision: small where the evaluation is well
     * conditioned, large where it cancels ({@code 1 - sigmoid(200)} at 30 digits
     * is 0, give or take 1e-30). Infinite where it cannot be told.
     */
    double error(Node n) {
        if (n.children().isEmpty()) return n.accept(ownError);
        if (!memo.containsKey(n)) eval(n);
        Double e = errors.get(n);
        return e == null ? Double.POSITIVE_INFINITY : e;
    }

    /**
     * True when every decision the value of {@code n} rests on is certain at this precision:
     * no power's base that may be zero (a pole, or the sign of a fractional power) and no
     * function's argument that may be at a kink, a pole or an end of the domain, within its
     * rounding error. {@code 2^x - 3} at {@code x = ln(3)/ln(2)} is 1e-60 or so, but could as well
     * be 0 or negative: sqrt of it, or abs, then says nothing certain. Evaluates n if needed.
     */
    boolean certain(Node n) {
        value(n);
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return DeepStack.callFor(n.depth(), () -> certain(n, seen));
    }

    private boolean certain(Node n, Set<Node> seen) {
        if (!seen.add(n)) return true;
        for (Node child : n.children()) if (!certain(child, seen)) return false;
        if (n instanceof Pow p) return certainPower(p);
        if (n instanceof Call c) return c.function().isDefined() ? certain(expansion(c), seen) : certainCall(c);
        return true;
    }

    /** Only a base certainly away from 0 decides a negative or fractional power. */
    private boolean certainPower(Pow p) {
        if (p.exponent() instanceof Num k && k.value().isInteger() && k.value().signum() >= 0) return true;
        Dfp b = eval(p.base());
        if (b == null || eval(p.exponent()) == null) return true; // undefined already below
        if (Double.isInfinite(mag(b))) return true; // beyond the doubles: far from 0 whatever its rounding
        double e = error(p.base());
        boolean exponentExact = p.exponent() instanceof Num || error(p.exponent()) == 0;
        if (b.strictlyNegative() && !exponentExact) return false; // is it an integer exponent?
        return e == 0 || mag(b) > e;
    }

    /** Only an argument certainly away from every kink, pole and end of the domain decides a call. */
    private boolean certainCall(Call c) {
        Dfp x = eval(c.arg());
        if (x == null || Double.isInfinite(mag(x))) return true; // far beyond every kink and domain end
        double e = error(c.arg());
        if (e == 0) return true;
        if (Double.isInfinite(e)) return false;
        Builtin f = c.function().builtin();
        for (double k : f.kinks()) if (Math.abs(toDouble(x) - k) <= e) return false;
        if (f.domain() == Builtin.Domain.ALL) return true;
        Dfp margin = dfp(field, new BigDecimal(e));
        Dfp at = f.precise().apply(x);
        Dfp below = f.precise().apply(x.subtract(margin));
        Dfp above = f.precise().apply(x.add(margin));
        if (defined(below) != defined(at) || defined(above) != defined(at)) return false;
        // a pole inside the interval: the values on its two sides have opposite signs (tan near pi/2)
        return !defined(at) || f.domain().poleWhere() == null
                || below.strictlyNegative() == above.strictlyNegative();
    }

    private static boolean defined(Dfp v) {
        return v != null && !v.isNaN() && !v.isInfinite();
    }

    /** True for an integer with fewer digits than this precision keeps: its value has no rounding. */
    private boolean exactInteger(Rational r) {
        return r.isInteger() && r.numerator().bitLength() * Math.log10(2) < field.getRadixDigits() * 4 - 4;
    }

    private Dfp eval(Node n) { return n.accept(value); }

    /** The value of one node; each compound node's value is found once and remembered with its error. */
    private final NodeVisitor<Dfp> value = new NodeVisitor<>() {
        @Override public Dfp num(Num k) { return rational(k.value()); }
        @Override public Dfp constant(Const c) { return c.kind() == Const.Kind.PI ? field.getPi() : field.getE(); }

        @Override public Dfp var(Var v) {
            Dfp x = point.get(v);
            if (x == null) throw new MissingValue(v.name());
            return x;
        }

        @Override public Dfp add(Add a) { return memo.containsKey(a) ? known(a) : remember(a, sum(a)); }
        @Override public Dfp mul(Mul m) { return memo.containsKey(m) ? known(m) : remember(m, product(m)); }
        @Override public Dfp pow(Pow p) { return memo.containsKey(p) ? known(p) : remember(p, power(p)); }
        @Override public Dfp call(Call c) { return memo.containsKey(c) ? known(c) : remember(c, Precise.this.call(c)); }
    };

    private Dfp known(Node n) {
        Object known = memo.get(n);
        return known == UNDEFINED ? null : (Dfp) known;
    }

    private Dfp remember(Node n, Dfp r) {
        if (r != null && (r.isNaN() || r.isInfinite())) r = null;
        memo.put(n, r == null ? UNDEFINED : r);
        if (r != null) {
            double e = n.accept(ownError);
            errors.put(n, Double.isNaN(e) ? Double.POSITIVE_INFINITY : e);
        }
        return r;
    }

    private final Map<Node, Node> expansions = new IdentityHashMap<>();

    /** A defined function's body at this call, built once, so its value and error are found again. */
    private Node expansion(Call c) {
        return expansions.computeIfAbsent(c, k -> c.function().expand(c.arg()));
    }

    /**
     * True when some value evaluated so far is nonzero but too small for a double to carry its
     * error bound, a unit of it (exp(-900) is 0 in doubles, so 1 + exp(-900) - 1 would have a
     * bound of 0): the bounds of everything built on it cannot be trusted.
     */
    boolean underflowed() {
        double smallest = Double.MIN_NORMAL / unit * 1000;
        for (Object v : memo.values()) {
            if (v != UNDEFINED && !((Dfp) v).isZero() && mag((Dfp) v) < smallest) return true;
        }
        return false;
    }

    private final Map<Node, Double> sizes = new IdentityHashMap<>();

    /** |value of n| as a double (n evaluated, and defined), found once: the error bounds read it often. */
    private double size(Node n) {
        Double known = sizes.get(n);
        if (known != null) return known;
        double s = mag(eval(n));
        sizes.put(n, s);
        return s;
    }

    private static double mag(Dfp v) {
        return Math.abs(toDouble(v));
    }

    /**
     * The nearest double (an infinity or 0 beyond their range), through the decimal digits:
     * Dfp.toDouble divides by powers of 2 it computes anew each time, and was most of
     * {@code check}'s time, since every error bound reads its operands' sizes.
     */
    static double toDouble(Dfp v) {
        return Double.parseDouble(v.toString().strip());
    }

    /**
     * A bound of the rounding error of a node's value (already evaluated), from bounds of its
     * operands' errors: none for a variable (its value is given), a unit for a constant. Not a
     * first-order estimate, which is blind where a value rounds to 0: {@code (1 - tanh(x))^2*exp(4x)}
     * at x = 94.4 is 0 at 30 and 60 digits (tanh(94.4) is 1 to 82 digits) and 4 in truth, and a
     * slope taken at 0 said "no error". So: a sum rounds by a unit of the sum of its terms' sizes
     * (what cancelled is lost); a product and a power by the worst case over their operands'
     * error intervals, ({@code (|a| + ea)(|b| + eb) - |a||b|}, {@code (|b| + eb)^k - |b|^k}); a call
     * by the largest slope on its argument's interval (mean value theorem). Computed in doubles,
     * which are far finer than the bounds need.
     */
    private final NodeVisitor<Double> ownError = new NodeVisitor<>() {
        @Override public Double var(Var v) { return pointErrors.getOrDefault(v, 0.0); }
        @Override public Double num(Num k) { return exactInteger(k.value()) ? 0.0 : size(k) * unit; }
        @Override public Double constant(Const c) { return size(c) * unit; }

        @Override public Double add(Add a) {
            double size = size(a);
            double e = 0;
            for (Node t : a.terms()) {
                size += size(t);
                e += error(t);
            }
            return e + size * unit; // each partial sum is at most the sum of the sizes
        }

        @Override public Double mul(Mul m) {
            double product = 1;
            double logGrowth = 0; // ln of prod(1 + e_i/|v_i|)
            double widest = 1;    // prod(|v_i| + e_i), for a product that is 0
            for (Node f : m.factors()) {
                double v = size(f);
                double e = error(f);
                product *= v;
                widest *= v + e;
                logGrowth += v == 0 ? Double.POSITIVE_INFINITY : Math.log1p(e / v);
            }
            double own = size(m) * unit * m.factors().size();
            if (product == 0 || Double.isInfinite(logGrowth)) return own + widest;
            return own + product * Math.expm1(logGrowth);
        }

        @Override public Double pow(Pow p) {
            double r = size(p);
            double own = r * unit;
            double b = size(p.base());
            double eb = error(p.base());
            if (p.exponent() instanceof Num k) return own + powerError(r, b, eb, k.value().doubleValue());
            double y = toDouble(eval(p.exponent()));
            double ey = error(p.exponent());
            if (b == 0) return own + (eb == 0 ? 0 : Double.POSITIVE_INFINITY);
            if (eb >= b) return Double.POSITIVE_INFINITY;
            // r = e^(y ln b); ln b moves by at most dl, y by ey: the exponent by ez
            double dl = -Math.log1p(-eb / b);
            double ez = Math.abs(y) * dl + Math.abs(Math.log(b)) * ey + dl * ey;
            return own + r * Math.expm1(ez);
        }

        @Override public Double call(Call c) {
            if (c.function().isDefined()) return error(expansion(c));
            double own = size(c) * unit;
            double x = toDouble(eval(c.arg()));
            Builtin f = c.function().builtin();
            if (!Double.isFinite(x)) return own + beyondDoubles(f.errorGain().slope(x, size(c)));
            if (exactEnd(c, x)) return own;
            double ex = Math.max(error(c.arg()), Math.abs(x) * unit);
            return own + largestSlope(f, x, ex) * ex;
        }
    };

    /**
     * True for an exact argument right at an end of the function's domain, where its slope is
     * unbounded (asin(1), acos(-1), acosh(1)): the precise forms compute those values exactly
     * (up to their own rounding), and an interval around the argument would count the slope
     * of a side that is not there. Without this, eval "asin(x)" --at x=1 was refused.
     */
    private boolean exactEnd(Call c, double x) {
        if (error(c.arg()) != 0) return false;
        java.util.function.DoubleUnaryOperator f = c.function().builtin().value();
        boolean end = Double.isNaN(f.applyAsDouble(Math.nextUp(x))) || Double.isNaN(f.applyAsDouble(Math.nextDown(x)));
        return end && !Double.isNaN(f.applyAsDouble(x)) && decimal(eval(c.arg())).compareTo(new BigDecimal(x)) == 0;
    }

    /**
     * The largest change of |b|^k for |b| anywhere in [b - eb, b + eb] (r = b^k): |b|^k is
     * monotone in |b|, so an end of the interval is the worst; a negative power of an
     * interval that reaches 0 is unbounded.
     */
    private static double powerError(double r, double b, double eb, double k) {
        if (eb == 0) return 0;
        if (b == 0) return k > 0 ? Math.pow(eb, k) : Double.POSITIVE_INFINITY;
        double rel = eb / b;
        if (k < 0) return rel >= 1 ? Double.POSITIVE_INFINITY : r * Math.expm1(k * Math.log1p(-rel));
        double up = Math.expm1(k * Math.log1p(rel));
        double down = rel >= 1 ? 1 : -Math.expm1(k * Math.log1p(-rel));
        return r * Math.max(up, down);
    }

    /**
     * The largest |f'| on [x - e, x + e], from the registry's slope bound at its ends, its
     * middle, and at 0, 1 and -1 where the interval holds them: every |f'| bound of the
     * registry is monotone between those points and the poles (where certain() refuses).
     */
    private static double largestSlope(Builtin f, double x, double e) {
        double largest = 0;
        for (double t : new double[] {x - e, x, x + e, 0, 1, -1}) {
            if (t < x - e || t > x + e) continue;
            double s = f.errorGain().slope(t, Math.abs(f.value().applyAsDouble(t)));
            largest = Math.max(largest, Double.isNaN(s) ? Double.POSITIVE_INFINITY : s);
        }
        return largest;
    }

    /**
     * The error a call passes on from an argument beyond the doubles, whose error in doubles is
     * infinite too: only a slope that vanishes there (ln) keeps its relative rounding small
     * (taken as a thousand units; PointValues checks values against a higher precision too);
     * any other (sin) loses every digit. The argument counts as rounded even where it is exact,
     * since the function computes with it at this precision (DfpMath reduces sin(10^50) with a
     * 60-digit pi, and keeps 10 digits).
     */
    private double beyondDoubles(double slope) {
        return slope == 0 ? 1000 * unit : Double.POSITIVE_INFINITY;
    }

    Dfp rational(Rational r) {
        Dfp num = integer(r.numerator());
        return r.isInteger() ? num : num.divide(integer(r.denominator()));
    }

    private Dfp integer(BigInteger i) {
        return i.bitLength() < 63 ? field.newDfp(i.longValue()) : dfp(field, new BigDecimal(i));
    }

    /** A decimal as a Dfp (see {@link BoundedDfpMath#dfp}). */
    static Dfp dfp(DfpField f, BigDecimal x) {
        return BoundedDfpMath.dfp(f, x);
    }

    private Dfp sum(Add a) {
        Dfp s = field.getZero();
        for (Node t : a.terms()) {
            Dfp v = eval(t);
            if (v == null) return null;
            s = s.add(v);
        }
        return s;
    }

    private Dfp product(Mul m) {
        Dfp p = field.getOne();
        for (Node f : m.factors()) {
            Dfp v = eval(f);
            if (v == null) return null;
            p = p.multiply(v);
        }
        return p;
    }

    private Dfp call(Call c) {
        Function f = c.function();
        if (f.isDefined()) return eval(expansion(c));
        Dfp x = eval(c.arg());
        if (x == null) return null;
        return apply(f, x);
    }

    private Dfp power(Pow p) {
        Dfp b = eval(p.base());
        if (b == null) return null;
        if (p.exponent() instanceof Num k) {
            Rational e = k.value();
            if (e.isInteger() && e.numerator().bitLength() < 63) return integerPower(b, e.numerator().longValueExact());
            if (b.isZero()) return e.signum() > 0 ? field.getZero() : null;
            if (b.negativeOrNull()) return null;
            if (e.denominator().equals(BigInteger.TWO) && e.numerator().bitLength() < 31) {
                return integerPower(b.sqrt(), e.numerator().intValueExact());
            }
            return BoundedDfpMath.exp(rational(e).multiply(BoundedDfpMath.log(b)));
        }
        Dfp e = eval(p.exponent());
        if (e == null) return null;
        if (b.isZero()) return e.strictlyPositive() ? field.getZero() : null;
        boolean integer = e.equals(e.rint()) && !e.abs().greaterThan(field.newDfp(Long.MAX_VALUE));
        // an integer exponent at an exact point (2^x at x = 3) gives the exact power: exp(3*ln(2))
        // is 8 only to 60 digits, and 2^x - 8 would then have no certain sign
        if (integer) return integerPower(b, decimal(e).longValueExact());
        if (b.strictlyNegative()) {
            if (!e.equals(e.rint())) return null;
            // an integer beyond a long: |b|^e with the sign of its parity
            Dfp magnitude = BoundedDfpMath.exp(e.multiply(BoundedDfpMath.log(b.negate())));
            boolean odd = !e.divide(2).equals(e.divide(2).rint());
            return odd ? magnitude.negate() : magnitude;
        }
        return BoundedDfpMath.exp(e.multiply(BoundedDfpMath.log(b)));
    }

    private Dfp integerPower(Dfp b, long n) {
        if (b.isZero()) return n > 0 ? field.getZero() : null;
        return BoundedDfpMath.pow(b, n);
    }

    /** The registry's high-precision implementation; a non-finite result counts as undefined (see eval). */
    private static Dfp apply(Function f, Dfp x) {
        return f.builtin().precise().apply(x);
    }

    /** The value as an exact decimal (the Dfp's digits). */
    static BigDecimal decimal(Dfp d) {
        return BoundedDfpMath.decimal(d);
    }

    /** A variable of the expression that has no value at the point. */
    static final class MissingValue extends RuntimeException {
        final String name;

        MissingValue(String name) {
            super("no value given for variable '" + name + "'", null, false, false);
            this.name = name;
        }
    }
}
