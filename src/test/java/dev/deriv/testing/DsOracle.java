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
import java.util.Map;
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
    private final Var x;
    private final Map<Var, Double> point;
    private final int order;
    private final Map<Node, DerivativeStructure> memo = new IdentityHashMap<>();

    private DsOracle(Var x, Map<Var, Double> point, int order) {
        this.x = x;
        this.point = point;
        this.order = order;
    }

    /**
     * f and its derivatives w.r.t. {@code x} up to {@code order} at {@code point}
     * (which must give every variable of f a value, x included).
     */
    public static DerivativeStructure eval(Node f, Var x, Map<Var, Double> point, int order) {
        return new DsOracle(x, point, order).value(f);
    }

    /** The k-th derivative of f w.r.t. x at the point, k = 0..order. */
    public static double[] derivatives(Node f, Var x, Map<Var, Double> point, int order) {
        DerivativeStructure ds = eval(f, x, point, order);
        double[] out = new double[order + 1];
        for (int k = 0; k <= order; k++) out[k] = ds.getPartialDerivative(k);
        return out;
    }

    private DerivativeStructure constant(double c) {
        return new DerivativeStructure(1, order, c);
    }

    private DerivativeStructure value(Node n) {
        if (n instanceof Num k) return constant(k.value().doubleValue());
        if (n instanceof Const c) return constant(c.value());
        if (n instanceof Var v) {
            Double at = point.get(v);
            if (at == null) throw new IllegalArgumentException("no value for " + v);
            return v.equals(x) ? new DerivativeStructure(1, order, 0, at) : constant(at);
        }
        DerivativeStructure known = memo.get(n);
        if (known != null) return known;
        DerivativeStructure r = compute(n);
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
        switch (c.name()) {
            case "sin": return u.sin();
            case "cos": return u.cos();
            case "tan": return u.tan();
            case "cot": return u.tan().reciprocal();
            case "sec": return u.cos().reciprocal();
            case "csc": return u.sin().reciprocal();
            case "asin": return u.asin();
            case "acos": return u.acos();
            case "atan": return u.atan();
            case "sinh": return u.sinh();
            case "cosh": return u.cosh();
            case "tanh": return u.tanh();
            case "exp": return u.exp();
            case "ln": return u.log();
            case "abs": return u.abs();
            default: throw new IllegalArgumentException("the oracle does not know " + c.name());
        }
    }

    private DerivativeStructure power(Pow p) {
        DerivativeStructure base = value(p.base());
        if (p.exponent() instanceof Num k) {
            Rational e = k.value();
            if (e.isInteger() && e.numerator().bitLength() < 31) return base.pow(e.intValueExact());
            if (e.equals(Rational.HALF)) return base.sqrt();
            return base.pow(e.doubleValue());
        }
        DerivativeStructure exponent = value(p.exponent());
        if (p.base() instanceof Num || p.base() instanceof Const) {
            return DerivativeStructure.pow(base.getValue(), exponent);
        }
        return base.pow(exponent);
    }
}
