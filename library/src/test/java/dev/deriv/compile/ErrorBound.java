package dev.deriv.compile;

import dev.deriv.expr.Add;
import dev.deriv.expr.Call;
import dev.deriv.expr.Const;
import dev.deriv.expr.Function;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.Num;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Var;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The test's oracle for "agrees to ulp-level tolerance": evaluates like the
 * interpreter and propagates a first-order bound on the rounding error of any
 * evaluation order (sums: n*eps*sum|terms|, products: n*eps*|p|, functions:
 * |f'|*error + 2 ulps), so that differences amplified by cancellation are told
 * apart from real disagreements. Points where an intermediate overflows,
 * underflows or hits a pole are marked singular: there a few ulps may change
 * the result completely.
 */
final class ErrorBound {
    static final double EPS = Math.ulp(1.0);

    record Value(double v, double e, boolean singular) {}

    private final Map<Var, Double> point;
    private final Map<Node, Value> memo = new HashMap<>();

    private ErrorBound(Map<Var, Double> point) { this.point = point; }

    static Value of(Node n, Map<Var, Double> point) { return new ErrorBound(point).eval(n); }

    private Value eval(Node n) {
        Value known = memo.get(n);
        if (known != null) return known;
        Value r = compute(n);
        double v = r.v;
        // singular: overflow, underflow, a pole, or an error bound as large as the value (its sign is unknown)
        boolean singular = r.singular || Double.isInfinite(v) || !Double.isFinite(r.e)
                || (v != 0 && Math.abs(v) < 1e-290) || Math.abs(v) > 1e290 || (r.e > 0 && r.e >= Math.abs(v));
        r = new Value(v, r.e, singular);
        memo.put(n, r);
        return r;
    }

    private Value compute(Node n) {
        if (n instanceof Num k) return new Value(k.value().doubleValue(), 0, false);
        if (n instanceof Const c) return new Value(c.value(), 0, false);
        if (n instanceof Var x) return new Value(point.get(x), 0, false);
        if (n instanceof Add a) {
            double s = 0, e = 0, mag = 0;
            boolean sing = false;
            for (Node t : a.terms()) {
                Value u = eval(t);
                s += u.v;
                sing |= Double.isInfinite(s) && !Double.isInfinite(u.v);
                e += u.e;
                mag += Math.abs(u.v);
                sing |= u.singular;
            }
            return new Value(s, e + a.terms().size() * EPS * mag, sing);
        }
        if (n instanceof Mul m) {
            double p = 1;
            boolean sing = false;
            int size = m.factors().size();
            Value[] f = new Value[size];
            for (int i = 0; i < size; i++) {
                f[i] = eval(m.factors().get(i));
                double before = p;
                p *= f[i].v;
                sing |= f[i].singular;
                // a partial product that overflows or underflows (other orders may not)
                sing |= Double.isInfinite(p) || (p == 0 && before != 0 && f[i].v != 0)
                        || (p != 0 && Math.abs(p) < 1e-290);
            }
            // a product whose large (or small) factors alone leave the double range overflows in some
            // evaluation order, e.g. exp(a)*exp(b) computed as exp(a+b): singular
            double up = 0, down = 0;
            for (Value u : f) {
                double lg = Math.log(Math.abs(u.v));
                if (lg > 0) up += lg;
                else if (lg < 0) down += lg;
            }
            sing |= up > 700 || down < -700;
            double e = 0;
            for (int i = 0; i < size; i++) {
                if (f[i].e == 0) continue;
                if (f[i].v != 0) {
                    e += Math.abs(p) * (f[i].e / Math.abs(f[i].v)); // relative, so that nothing underflows
                } else {
                    double others = 1;
                    for (int j = 0; j < size; j++) if (j != i) others *= Math.abs(f[j].v);
                    e += f[i].e * others;
                }
            }
            return new Value(p, e + 2 * size * EPS * Math.abs(p), sing);
        }
        if (n instanceof Pow pw) {
            Value b = eval(pw.base());
            Value c = eval(pw.exponent());
            double v = Interpreter.power(b.v, c.v);
            double e = 0;
            if (b.e > 0) {
                if (b.v == 0) return new Value(v, Double.POSITIVE_INFINITY, true);
                e += Math.abs(c.v) * Math.abs(v) * (b.e / Math.abs(b.v));
            }
            if (c.e > 0) e += Math.abs(v * Math.log(Math.abs(b.v))) * c.e;
            double steps = Math.abs(c.v) <= 16 ? Math.abs(c.v) + 3 : 3;
            return new Value(v, e + steps * EPS * Math.abs(v), b.singular || c.singular);
        }
        Call call = (Call) n;
        Function f = call.function();
        if (f.isDefined()) return eval(f.expand(call.arg()));
        Value a = eval(call.arg());
        double x = a.v;
        double v = f.apply(x);
        double slope = slope(f, x, v);
        double e = Math.abs(slope) * a.e + 2 * EPS * Math.abs(v);
        if (f == Function.SIN || f == Function.COS || f == Function.TAN || f == Function.COT || f == Function.SEC
                || f == Function.CSC) {
            // argument reduction of a large argument: a few ulps of the argument
            e += 2 * EPS * Math.abs(x) * Math.max(1, Math.abs(slope));
        }
        boolean growth = f == Function.EXP || f == Function.SINH || f == Function.COSH
                || List.of("sech", "csch", "coth").contains(f.name());
        if (growth) e += 2 * EPS * Math.abs(x * v);
        // exp underflowing to zero: a merged exp(a+b) may not
        boolean underflow = v == 0 && (f == Function.EXP || f == Function.SINH || f == Function.TANH) && x != 0;
        return new Value(v, e, a.singular || underflow);
    }

    private static double slope(Function f, double x, double v) {
        switch (f.name()) {
            case "sin": return Math.cos(x);
            case "cos": return Math.sin(x);
            case "tan": return 1 + v * v;
            case "cot": return 1 + v * v;
            case "sec": return v * Math.tan(x);
            case "csc": return v / Math.tan(x);
            case "asin":
            case "acos": return 1 / Math.sqrt(Math.abs(1 - x * x));
            case "atan": return 1 / (1 + x * x);
            case "sinh": return Math.cosh(x);
            case "cosh": return Math.sinh(x);
            case "tanh": return 1 - v * v;
            case "exp": return v;
            case "ln": return 1 / x;
            case "abs": return 1;
            case "sech": return v * Math.tanh(x);
            case "csch": return v / Math.tanh(x);
            case "coth": return 1 - v * v;
            case "asinh": return 1 / Math.sqrt(1 + x * x);
            case "acosh": return 1 / Math.sqrt(Math.abs(x * x - 1));
            case "atanh": return 1 / Math.abs(1 - x * x);
            case "cbrt": return 1 / (3 * v * v);
            case "sign": return 0;
            default: return Double.POSITIVE_INFINITY;
        }
    }

    /** Whether a compiled result agrees with the interpreter's, given the bound. */
    static boolean agrees(double compiled, double interpreted, Value bound) {
        if (Double.isNaN(interpreted)) return Double.isNaN(compiled);
        if (compiled == interpreted) return true;
        double tol = 4 * bound.e + 4 * Math.ulp(interpreted);
        return Math.abs(compiled - interpreted) <= tol;
    }
}
