package dev.deriv.compile;

import dev.deriv.expr.Add;
import dev.deriv.expr.Builtin;
import dev.deriv.expr.FunctionRegistry;
import dev.deriv.expr.Call;
import dev.deriv.expr.Const;
import dev.deriv.expr.Deadline;
import dev.deriv.expr.DeepStack;
import dev.deriv.expr.Function;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.NodeVisitor;
import dev.deriv.expr.Num;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Rational;
import dev.deriv.expr.Var;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Expression DAG to linear IR. Shared subexpressions (equal nodes, and equal
 * instructions built from different nodes) are computed once across all
 * outputs; subtrees without variables are folded with the reference
 * {@link Interpreter}; powers and products are strength-reduced:
 * <ul>
 *   <li>{@code x^2 = x*x}, {@code x^-1 = 1/x}, {@code x^(1/2) = sqrt(x)}: the
 *       interpreter's own exact paths;</li>
 *   <li>other integer powers up to {@link #MAX_SQUARING} by repeated squaring,
 *       half-integer powers as {@code sqrt(x)*x^k}, negative ones as a division;</li>
 *   <li>a factor {@code u^-n} of a product becomes a division, unless the
 *       reciprocal is shared (then it is computed once and multiplied);</li>
 *   <li>a negative term of a sum becomes a subtraction;</li>
 *   <li>{@code exp(a)*exp(b)} becomes {@code exp(a+b)} when neither exp is used
 *       elsewhere: one exp instead of two.</li>
 * </ul>
 * Sums and products are evaluated in the interpreter's order, so that most
 * results are bit-identical to it; the strength reductions other than the
 * interpreter's own differ from {@code Math.pow} by a few ulps at most.
 */
final class Lowering {
    /** Largest integer exponent expanded into multiplications; beyond it Math.pow is as fast and more exact. */
    static final int MAX_SQUARING = 8;

    private final Map<Var, Integer> varIndex = new HashMap<>();
    private final Program.Builder out;
    private final Map<Node, Integer> memo = new HashMap<>();
    private final Map<Node, Integer> negMemo = new HashMap<>();
    private final Map<Node, Integer> uses = new HashMap<>();
    private final Map<Node, Boolean> constant = new HashMap<>();

    private Lowering(List<Var> vars) {
        for (int i = 0; i < vars.size(); i++) {
            if (varIndex.putIfAbsent(vars.get(i), i) != null) {
                throw new IllegalArgumentException("variable '" + vars.get(i).name() + "' is listed twice");
            }
        }
        out = new Program.Builder(vars.size());
    }

    /** The program computing {@code outputs} over {@code vars} (input i is vars[i]). */
    static Program lower(List<Node> outputs, List<Var> vars) {
        int depth = 0;
        for (Node n : outputs) depth = Math.max(depth, n.depth());
        return DeepStack.callFor(depth, () -> new Lowering(vars).run(outputs));
    }

    private Program run(List<Node> outputs) {
        for (Node n : outputs) countUses(n);
        int[] res = new int[outputs.size()];
        for (int i = 0; i < res.length; i++) res[i] = lower(outputs.get(i));
        return out.build(res);
    }

    private void countUses(Node n) {
        Deadline.check(); // lowering a gradient of a million nodes takes seconds: the request's budget holds here
        if (uses.merge(n, 1, Integer::sum) > 1) return;
        for (Node c : n.children()) countUses(c);
    }

    private boolean isConstant(Node n) {
        if (n instanceof Var) return false;
        if (n.children().isEmpty()) return true;
        Boolean known = constant.get(n);
        if (known != null) return known;
        boolean all = true;
        for (Node c : n.children()) all &= isConstant(c);
        if (n instanceof Call c && c.function().isDefined()) all &= isConstant(c.function().expand(c.arg()));
        constant.put(n, all);
        return all;
    }

    int lower(Node n) {
        Integer known = memo.get(n);
        if (known != null) return known;
        Deadline.check();
        Integer r = n.accept(lowering);
        memo.put(n, r);
        return r;
    }

    /** The register of one node's value; an operation whose operands are all constant is folded to a constant. */
    private final NodeVisitor<Integer> lowering = new NodeVisitor<>() {
        @Override public Integer num(Num k) { return out.constant(k.value().doubleValue()); }
        @Override public Integer constant(Const c) { return out.constant(c.value()); }

        @Override public Integer var(Var v) {
            Integer index = varIndex.get(v);
            if (index == null) throw new Interpreter.UnboundVariableException(v.name());
            return out.input(index);
        }

        @Override public Integer add(Add a) { return isConstant(a) ? folded(a) : sum(a); }
        @Override public Integer mul(Mul m) { return isConstant(m) ? folded(m) : product(m, false); }
        @Override public Integer pow(Pow p) { return isConstant(p) ? folded(p) : power(p); }
        @Override public Integer call(Call c) { return isConstant(c) ? folded(c) : Lowering.this.call(c); }
    };

    private int folded(Node constant) { return out.constant(Interpreter.eval(constant, Map.of())); }

    private int sum(Add a) {
        List<Node> terms = a.terms();
        Rational common = commonCoefficient(terms);
        if (common != null) {
            // 2*w + 2*x - 2*y = 2*(w + x - y): one multiplication, and the sum is often shared
            List<Node> scaled = new ArrayList<>(terms.size());
            Rational inverse = common.reciprocal();
            for (Node t : terms) scaled.add(dev.deriv.expr.Nodes.mul(dev.deriv.expr.Nodes.num(inverse), t));
            Node inner = dev.deriv.expr.Nodes.add(scaled);
            if (!(inner instanceof Add)) return out.binary(Op.MUL, out.constant(common.doubleValue()), lower(inner));
            return out.binary(Op.MUL, out.constant(common.doubleValue()), sumOf(((Add) inner).terms()));
        }
        return sumOf(terms);
    }

    /**
     * The coefficient c, a power of two other than 1, that every term has as +c or -c, so that
     * factoring it out is exact; null when there is none or a term is a number.
     */
    private static Rational commonCoefficient(List<Node> terms) {
        Rational c = null;
        for (Node t : terms) {
            if (!(t instanceof Mul m)) return null;
            Rational k = m.coefficient().abs();
            if (c == null) c = k;
            else if (!c.equals(k)) return null;
        }
        if (c == null || c.isOne()) return null;
        BigInteger p = c.numerator();
        BigInteger q = c.denominator();
        boolean powerOfTwo = p.bitCount() == 1 && q.bitCount() == 1;
        return powerOfTwo ? c : null;
    }

    private int sumOf(List<Node> terms) {
        int acc = lower(terms.get(0));
        for (int i = 1; i < terms.size(); i++) {
            Node t = terms.get(i);
            if (t instanceof Num k && k.value().signum() < 0) {
                acc = out.binary(Op.SUB, acc, out.constant(k.value().negate().doubleValue()));
            } else if (t instanceof Mul m && m.coefficient().signum() < 0) {
                acc = out.binary(Op.SUB, acc, negatedProduct(m));
            } else {
                acc = out.binary(Op.ADD, acc, lower(t));
            }
        }
        return acc;
    }

    private int negatedProduct(Mul m) {
        Integer known = negMemo.get(m);
        if (known != null) return known;
        int r = product(m, true);
        negMemo.put(m, r);
        return r;
    }

    /** The product, or its negation (exact: a negated coefficient). */
    private int product(Mul m, boolean negate) {
        Rational c = m.coefficient();
        if (negate) c = c.negate();
        List<Node> factors = m.nonNumericFactors();
        List<Integer> multiply = new ArrayList<>();
        List<Integer> divide = new ArrayList<>();
        List<Node> soleExps = new ArrayList<>();
        for (Node f : factors) {
            if (f instanceof Call call && call.function() == Function.EXP && uses.getOrDefault(f, 2) == 1) {
                soleExps.add(call.arg());
                continue;
            }
            if (f instanceof Pow p && p.exponent() instanceof Num e && e.value().signum() < 0
                    && uses.getOrDefault(f, 2) == 1) {
                int d = powerOf(p.base(), e.value().negate());
                // as a divisor, sqrt(-0.0) = -0.0 would flip the sign of pow(-0.0, -1/2) = +infinity
                if (!e.value().isInteger()) d = out.unary(Op.ABS, d);
                divide.add(d);
                continue;
            }
            if (isConstant(f)) multiply.add(0, lower(f)); // constants first: they fold into one
            else multiply.add(lower(f));
        }
        if (soleExps.size() == 1) {
            multiply.add(lower(dev.deriv.expr.Nodes.exp(soleExps.get(0))));
        } else if (soleExps.size() > 1) {
            int s = lower(soleExps.get(0));
            for (int i = 1; i < soleExps.size(); i++) s = out.binary(Op.ADD, s, lower(soleExps.get(i)));
            multiply.add(out.call(Function.EXP.builtin(), s));
        }
        int acc = -1;
        double coefficient = c.doubleValue();
        boolean negateAtFirst = c.isMinusOne();
        if (!c.isOne() && !c.isMinusOne()) acc = out.constant(coefficient);
        for (int f : multiply) {
            if (acc < 0) {
                acc = negateAtFirst ? out.unary(Op.NEG, f) : f;
                negateAtFirst = false;
            } else {
                acc = out.binary(Op.MUL, acc, f);
            }
        }
        if (acc < 0) acc = out.constant(negateAtFirst ? -1.0 : 1.0);
        for (int d : divide) acc = out.binary(Op.DIV, acc, d);
        return acc;
    }

    private int power(Pow p) {
        if (p.exponent() instanceof Num e) return powerOf(p.base(), e.value());
        return out.binary(Op.POW, lower(p.base()), lower(p.exponent()));
    }

    /** {@code base^e} for a rational e, strength-reduced. */
    private int powerOf(Node base, Rational e) {
        if (e.isOne()) return lower(base);
        int b = lower(base);
        if (e.equals(Rational.HALF)) return out.unary(Op.SQRT, b);
        BigInteger twice = e.numerator().shiftLeft(1);
        boolean integer = e.isInteger();
        boolean half = e.denominator().equals(BigInteger.TWO);
        if ((integer && e.numerator().abs().bitLength() <= 31 && e.numerator().abs().intValue() <= MAX_SQUARING)
                || (half && twice.abs().bitLength() <= 31 && e.numerator().abs().intValue() <= 2 * MAX_SQUARING + 1)) {
            boolean negative = e.signum() < 0;
            int value;
            if (integer) {
                value = integerPower(b, e.numerator().abs().intValue());
            } else {
                int whole = e.numerator().abs().intValue() / 2;
                int root = out.unary(Op.SQRT, b);
                value = whole == 0 ? root : out.binary(Op.MUL, integerPower(b, whole), root);
                // pow(-0.0, -k-1/2) is +infinity; sqrt(-0.0) is -0.0, so take the reciprocal of |.|
                if (negative) value = out.unary(Op.ABS, value);
            }
            return negative ? out.binary(Op.DIV, out.constant(1.0), value) : value;
        }
        return out.binary(Op.POW, b, out.constant(e.doubleValue()));
    }

    /** b^m, m >= 1, by repeated squaring; the squares are shared between powers of one base. */
    private int integerPower(int b, int m) {
        int result = -1;
        int square = b;
        while (true) {
            if ((m & 1) != 0) result = result < 0 ? square : out.binary(Op.MUL, result, square);
            m >>>= 1;
            if (m == 0) return result;
            square = out.binary(Op.MUL, square, square);
        }
    }

    /** The registry's compiled form: a static call, or 1/g for a reciprocal (sec = 1/cos vectorizes as cos). */
    private int call(Builtin f, int x) {
        if (f.compiled() instanceof Builtin.Reciprocal r) {
            return out.binary(Op.DIV, out.constant(1.0), call(FunctionRegistry.get(r.of()), x));
        }
        return out.call(f, x);
    }

    private int call(Call c) {
        Function f = c.function();
        if (f.isDefined()) return lower(f.expand(c.arg()));
        int x = lower(c.arg());
        if (f.isBuiltin()) return call(f.builtin(), x);
        throw new UnsupportedOperationException("no compiled form for function '" + f.name() + "'");
    }
}
