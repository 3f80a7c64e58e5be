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

    /** The value of the node last visited: kept in a field, so that no double is boxed per node. */
    private double result;

    private double value(Node n) {
        n.accept(step);
        return result;
    }

    /** Computes one node into {@link #result}; each compound node once (see {@link #memo}). */
    private final NodeVisitor<Void> step = new NodeVisitor<>() {
        @Override public Void num(Num k) { return give(k.value().doubleValue()); }
        @Override public Void constant(Const c) { return give(c.kind() == Kind.PI ? Math.PI : Math.E); }

        @Override public Void var(Var v) {
            Double x = point.get(v);
            if (x == null) throw new UnboundVariableException(v.name());
            return give(x);
        }

        @Override public Void add(Add a) {
            if (remembered(a)) return null;
            double s = 0;
            for (Node t : a.terms()) s += value(t);
            return remember(a, checked(a, s, !Double.isNaN(s), false));
        }

        @Override public Void mul(Mul m) {
            if (remembered(m)) return null;
            double p = 1;
            for (Node f : m.factors()) p *= value(f);
            return remember(m, checked(m, p, !Double.isNaN(p), false));
        }

        @Override public Void pow(Pow p) {
            if (remembered(p)) return null;
            double b = value(p.base());
            double e = value(p.exponent());
            return remember(p, checked(p, power(b, e), !Double.isNaN(b) && !Double.isNaN(e), b == 0 && e < 0));
        }

        @Override public Void call(Call c) {
            if (remembered(c)) return null;
            double x = value(c.arg());
            double r = c.function().isDefined() ? value(c.function().expand(c.arg())) : c.function().apply(x);
            return remember(c, checked(c, r, !Double.isNaN(x), x == 0));
        }
    };

    private Void give(double value) {
        result = value;
        return null;
    }

    private boolean remembered(Node n) {
        Double known = memo.get(n);
        if (known != null) result = known;
        return known != null;
    }

    private Void remember(Node n, double value) {
        memo.put(n, value);
        return give(value);
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
