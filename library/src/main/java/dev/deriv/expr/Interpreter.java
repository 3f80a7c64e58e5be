package dev.deriv.expr;

import dev.deriv.MathException;
import dev.deriv.expr.Const.Kind;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The reference evaluator: walks the expression DAG in doubles, each shared
 * subtree once. In strict mode a value that is undefined where its operands are
 * defined (ln of a negative number, division by zero) raises a {@link MathException}
 * naming the subexpression; otherwise it simply yields NaN or an infinity.
 */
public final class Interpreter {
    private final Map<Var, Double> point;
    private final boolean strict;
    private final Map<Node, Double> memo = new IdentityHashMap<>();

    private Interpreter(Map<Var, Double> point, boolean strict) {
        this.point = point;
        this.strict = strict;
    }

    /** The value at {@code point}; NaN or an infinity where undefined. */
    public static double eval(Node n, Map<Var, Double> point) {
        return DeepStack.callFor(n.depth(), () -> new Interpreter(point, false).value(n));
    }

    /** The value at {@code point}, or a MathException that says which part is undefined there. */
    public static double evalStrict(Node n, Map<Var, Double> point) {
        return DeepStack.callFor(n.depth(), () -> new Interpreter(point, true).value(n));
    }

    private double value(Node n) {
        if (n instanceof Num k) return k.value().doubleValue();
        if (n instanceof Const c) return c.kind() == Kind.PI ? Math.PI : Math.E;
        if (n instanceof Var v) {
            Double x = point.get(v);
            if (x == null) throw new UnboundVariableException(v.name());
            return x;
        }
        Double known = memo.get(n);
        if (known != null) return known;
        double r = compute(n);
        memo.put(n, r);
        return r;
    }

    private double compute(Node n) {
        if (n instanceof Add a) {
            double s = 0;
            for (Node t : a.terms()) s += value(t);
            return checked(n, s, !Double.isNaN(s), false);
        }
        if (n instanceof Mul m) {
            double p = 1;
            for (Node f : m.factors()) p *= value(f);
            return checked(n, p, !Double.isNaN(p), false);
        }
        if (n instanceof Pow p) {
            double b = value(p.base());
            double e = value(p.exponent());
            return checked(n, power(b, e), !Double.isNaN(b) && !Double.isNaN(e), b == 0 && e < 0);
        }
        Call c = (Call) n;
        double x = value(c.arg());
        double r = c.function().isDefined() ? value(c.function().expand(c.arg())) : c.function().apply(x);
        return checked(n, r, !Double.isNaN(x), x == 0);
    }

    /** b^e in doubles; 1/2 and integer exponents take the exact paths. */
    public static double power(double b, double e) {
        if (e == 0.5) return Math.sqrt(b);
        // Math.pow(-inf, -1/2) is 0 and Math.pow(-inf, 3/2) infinity, but a half power is a square root,
        // undefined for negative numbers: NaN, as sqrt(-inf) and the compiled code (which uses sqrt) give
        if (b == Double.NEGATIVE_INFINITY && e != Math.rint(e) && 2 * e == Math.rint(2 * e)) return Double.NaN;
        if (e == -1) return 1 / b;
        if (e == 2) return b * b;
        return Math.pow(b, e);
    }

    /**
     * In strict mode, a value that is not finite though its operands are: undefined
     * (NaN), a pole (an infinity from a zero operand: 1/0, ln(0)), or an overflow
     * (an infinity from finite, nonzero operands: exp(1000), 10^400*x).
     */
    private double checked(Node n, double result, boolean operandsDefined, boolean zeroOperand) {
        if (!strict || !operandsDefined || Double.isFinite(result)) return result;
        String what = Describe.brief(n);
        String at = Describe.point(point);
        if (Double.isNaN(result)) throw new MathException("undefined: " + what + " is outside its domain at " + at);
        if (zeroOperand) throw new MathException("division by zero: " + what + " is infinite at " + at);
        throw new MathException("overflow: " + what + " is beyond the range of doubles (1.8e308) at " + at);
    }

    /**
     * A variable with no value at the point asked for (SPEC exit code 2: bad input);
     * an IllegalArgumentException, which is what the public API documents.
     */
    public static final class UnboundVariableException extends IllegalArgumentException {
        public UnboundVariableException(String name) {
            super("no value given for variable '" + name + "'");
        }

        /** No stack trace: a user's error, frequent in a batch, not a bug to trace. */
        @Override
        public synchronized Throwable fillInStackTrace() { return this; }
    }
}
