package dev.deriv.testing;

import dev.deriv.expr.Add;
import dev.deriv.expr.Call;
import dev.deriv.expr.Const;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.Num;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Rational;
import dev.deriv.expr.Var;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

/**
 * The independent oracle for derivative tests: evaluates a {@link Node} with
 * commons-math3 forward-mode automatic differentiation ({@link DerivativeStructure}),
 * so that f, f', f'', ... at a point come from numeric AD, not from our rules.
 * Only the node types and the double semantics of the functions are shared with
 * the engine; no derivative formula is. Defined functions (sigmoid, softplus) are
 * evaluated through their definitions.
 */
public final class DsOracle {
    private final List<Var> free;
    private final Map<Var, Double> point;
    private final int order;
    private final Map<Node, DerivativeStructure> memo = new IdentityHashMap<>();
    private double largest;

    /** An oracle for the partial derivatives w.r.t. {@code free} up to {@code order} at {@code point}. */
    public DsOracle(List<Var> free, Map<Var, Double> point, int order) {
        this.free = List.copyOf(free);
        this.point = point;
        this.order = order;
    }

    /**
     * The largest magnitude among the values and derivatives of every subexpression
     * computed so far. Forward-mode AD squares first derivatives (the chain rule for
     * second order): beyond about 1e150 that overflows, and ln(1 + exp(u)) with u near
     * 500 comes out wrong although f itself is modest. Callers skip such points.
     */
    public double largestIntermediate() { return largest; }

    /**
     * f and its derivatives w.r.t. {@code x} up to {@code order} at {@code point}
     * (which must give every variable of f a value, x included).
     */
    public static DerivativeStructure eval(Node f, Var x, Map<Var, Double> point, int order) {
        return new DsOracle(List.of(x), point, order).value(f);
    }

    /** f with its partial derivatives w.r.t. each of {@code vars} up to {@code order}. */
    public static DerivativeStructure eval(Node f, List<Var> vars, Map<Var, Double> point, int order) {
        return new DsOracle(List.copyOf(vars), point, order).value(f);
    }

    /** The Hessian of f w.r.t. {@code vars} at the point. */
    public static double[][] hessian(Node f, List<Var> vars, Map<Var, Double> point) {
        DerivativeStructure ds = eval(f, vars, point, 2);
        int n = vars.size();
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int[] orders = new int[n];
                orders[i]++;
                orders[j]++;
                h[i][j] = ds.getPartialDerivative(orders);
            }
        }
        return h;
    }

    /** The k-th derivative of f w.r.t. x at the point, k = 0..order. */
    public static double[] derivatives(Node f, Var x, Map<Var, Double> point, int order) {
        DerivativeStructure ds = eval(f, x, point, order);
        double[] out = new double[order + 1];
        for (int k = 0; k <= order; k++) out[k] = ds.getPartialDerivative(k);
        return out;
    }

    private DerivativeStructure constant(double c) {
        return new DerivativeStructure(free.size(), order, c);
    }

    /** n and its derivatives at the point. */
    public DerivativeStructure value(Node n) {
        if (n instanceof Num k) return constant(k.value().doubleValue());
        if (n instanceof Const c) return constant(c.value());
        if (n instanceof Var v) {
            Double at = point.get(v);
            if (at == null) throw new IllegalArgumentException("no value for " + v);
            int index = free.indexOf(v);
            return index >= 0 ? new DerivativeStructure(free.size(), order, index, at) : constant(at);
        }
        DerivativeStructure known = memo.get(n);
        if (known != null) return known;
        DerivativeStructure r = compute(n);
        for (double d : r.getAllDerivatives()) largest = Math.max(largest, Math.abs(d));
        memo.put(n, r);
        return r;
    }

    private DerivativeStructure compute(Node n) {
        if (n instanceof Add a) {
            DerivativeStructure s = constant(0);
            for (Node t : a.terms()) s = s.add(value(t));
            return s;
        }
        if (n instanceof Mul m) {
            DerivativeStructure p = constant(1);
            for (Node f : m.factors()) p = p.multiply(value(f));
            return p;
        }
        if (n instanceof Pow p) return power(p);
        Call c = (Call) n;
        if (c.function().isDefined()) return value(c.function().expand(c.arg()));
        DerivativeStructure u = value(c.arg());
        UnaryOperator<DerivativeStructure> form = FORMS.get(c.name());
        if (form == null) throw new IllegalArgumentException("the oracle does not know " + c.name());
        return form.apply(u);
    }

    /**
     * Each built-in function in commons-math's own arithmetic, independent of our rules.
     * {@code RegistryTest} checks that every registry entry has one.
     */
    public static final Map<String, UnaryOperator<DerivativeStructure>> FORMS = Map.ofEntries(
            Map.entry("sin", DerivativeStructure::sin),
            Map.entry("cos", DerivativeStructure::cos),
            Map.entry("tan", DerivativeStructure::tan),
            // cos/sin, not 1/tan: near pi/2 the reciprocal of a huge tan and its huge derivatives loses 8 digits
            Map.entry("cot", u -> u.cos().divide(u.sin())),
            Map.entry("sec", u -> u.cos().reciprocal()),
            Map.entry("csc", u -> u.sin().reciprocal()),
            Map.entry("asin", DerivativeStructure::asin),
            Map.entry("acos", DerivativeStructure::acos),
            Map.entry("atan", DerivativeStructure::atan),
            Map.entry("sinh", DerivativeStructure::sinh),
            Map.entry("cosh", DerivativeStructure::cosh),
            // beyond |u| = 1 as 1 - 2/(exp(2u) + 1): commons-math derives tanh through 1 - tanh^2, which far
            // out cancels to a few digits in the tiny derivatives (as 1/tanh did for coth)
            Map.entry("tanh", u -> u.getValue() > 1 ? u.multiply(2).exp().add(1).reciprocal().multiply(-2).add(1)
                    : u.getValue() < -1 ? u.multiply(-2).exp().add(1).reciprocal().multiply(2).subtract(1) : u.tanh()),
            Map.entry("sech", u -> u.cosh().reciprocal()),
            Map.entry("csch", u -> u.sinh().reciprocal()),
            // 1 + 2/expm1(2u), not 1/tanh or cosh/sinh: far out both cancel in the tiny derivatives
            // (coth(x^3)'' at x = 2.35 was off in the 6th digit; this has no difference of large terms)
            Map.entry("coth", u -> u.multiply(2).expm1().reciprocal().multiply(2).add(1)),
            Map.entry("asinh", DerivativeStructure::asinh),
            Map.entry("acosh", DerivativeStructure::acosh),
            Map.entry("atanh", DerivativeStructure::atanh),
            Map.entry("exp", DerivativeStructure::exp),
            Map.entry("ln", DerivativeStructure::log),
            Map.entry("cbrt", DerivativeStructure::cbrt),
            Map.entry("abs", DerivativeStructure::abs),
            // away from 0 sign is locally constant: its value, every derivative 0
            Map.entry("sign", u -> u.getField().getZero().add(Math.signum(u.getValue()))));

    /**
     * base^p for a real p. DerivativeStructure.pow(double) computes x^p as x^(p - order)
     * times x, order times, which underflows to 0 for huge x ((1e190)^(1/625) came out 0
     * at order 2); here each derivative p(p-1)...(p-k+1) x^(p-k) is computed directly.
     */
    private DerivativeStructure realPower(DerivativeStructure base, double p) {
        double x = base.getValue();
        double[] f = new double[order + 1];
        double coefficient = 1;
        for (int k = 0; k <= order; k++) {
            f[k] = coefficient * Math.pow(x, p - k);
            coefficient *= p - k;
        }
        return base.compose(f);
    }

    private DerivativeStructure power(Pow p) {
        DerivativeStructure base = value(p.base());
        if (p.exponent() instanceof Num k) {
            Rational e = k.value();
            if (e.isInteger() && e.numerator().bitLength() < 31) return base.pow(e.intValueExact());
            if (e.equals(Rational.HALF)) return base.sqrt();
            return realPower(base, e.doubleValue());
        }
        DerivativeStructure exponent = value(p.exponent());
        if (p.base() instanceof Num || p.base() instanceof Const) {
            return DerivativeStructure.pow(base.getValue(), exponent);
        }
        return base.pow(exponent);
    }
}
