package dev.deriv.simplify;

import dev.deriv.expr.Add;
import dev.deriv.expr.Call;
import dev.deriv.expr.Const;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.NodeVisitor;
import dev.deriv.expr.Num;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Rational;
import dev.deriv.expr.Var;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The cost of evaluating an expression as the compiler lowers it
 * (dev.deriv.compile.Lowering): a sum of k terms is k - 1 additions, a product's
 * factors with negative exponents form one division, small integer powers are
 * repeated squaring, half-integer powers a square root, other powers a call of
 * {@code Math.pow}. A subexpression that occurs twice is counted twice, although
 * the compiler computes it once: the simplifier compares forms of one
 * expression, and this keeps the cost a sum over the tree that is cheap to remember.
 */
final class OperationCount implements Cost {
    /** What each operation costs, in additions. */
    record Weights(long add, long mul, long div, long sqrt, long pow, long call) {
        /** Rough latencies of double arithmetic: division and square root about four multiplications, calls far more. */
        static final Weights COMPILER = new Weights(1, 1, 4, 4, 30, 20);
    }

    /** Integer exponents up to this are multiplied out (Lowering.MAX_SQUARING). */
    private static final int MAX_SQUARING = 8;

    private final Weights w;
    private final Map<Node, Long> memo = new IdentityHashMap<>();

    OperationCount(Weights w) {
        this.w = w;
    }

    @Override
    public long of(Node n) {
        if (n.children().isEmpty()) return 0;
        Long known = memo.get(n);
        if (known != null) return known;
        Long c = n.accept(ownCount);
        memo.put(n, c);
        return c;
    }

    /** The operations of one node, its operands' counted through {@link #of}; a leaf costs nothing. */
    private final NodeVisitor<Long> ownCount = new NodeVisitor<>() {
        @Override public Long num(Num k) { return 0L; }
        @Override public Long var(Var v) { return 0L; }
        @Override public Long constant(Const c) { return 0L; }

        @Override public Long add(Add a) {
            long c = (a.terms().size() - 1) * w.add();
            // a negative term is a subtraction, not a negation and an addition
            for (Node t : a.terms()) c += t instanceof Mul m ? product(m, true) : of(t);
            return c;
        }

        @Override public Long mul(Mul m) { return product(m, false); }

        @Override public Long pow(Pow p) {
            if (p.exponent() instanceof Num e && e.value().signum() < 0) return w.div() + power(p.base(), e.value().negate());
            return power(p);
        }

        @Override public Long call(Call c) {
            long args = 0;
            for (Node a : c.args()) args += of(a);
            return ("abs".equals(c.name()) ? w.add() : w.call()) + args;
        }
    };

    /**
     * Numerator factors multiplied, denominator factors multiplied, one division
     * between them; with {@code signFree}, the sign of the coefficient costs nothing.
     */
    private long product(Mul m, boolean signFree) {
        long c = 0;
        int numerators = 0;
        int denominators = 0;
        Rational k = signFree ? m.coefficient().abs() : m.coefficient();
        if (k.isMinusOne()) c += w.add(); // a negation
        else if (!k.isOne()) numerators++; // a multiplication by k
        for (Node f : m.nonNumericFactors()) {
            if (f instanceof Pow p && p.exponent() instanceof Num e && e.value().signum() < 0) {
                c += power(p.base(), e.value().negate());
                denominators++;
            } else {
                c += of(f);
                numerators++;
            }
        }
        if (numerators > 1) c += (numerators - 1) * w.mul();
        if (denominators > 1) c += (denominators - 1) * w.mul();
        if (denominators > 0) c += w.div();
        return c;
    }

    private long power(Pow p) {
        if (p.exponent() instanceof Num e) return power(p.base(), e.value());
        return w.pow() + of(p.base()) + of(p.exponent());
    }

    /** {@code base^e} for a positive rational e. */
    private long power(Node base, Rational e) {
        long b = of(base);
        if (e.isOne()) return b;
        BigInteger num = e.numerator();
        boolean integer = e.isInteger();
        boolean half = e.denominator().equals(BigInteger.TWO);
        if (integer && num.compareTo(BigInteger.valueOf(MAX_SQUARING)) <= 0) return b + squarings(num.intValue());
        if (half && num.compareTo(BigInteger.valueOf(2L * MAX_SQUARING + 1)) <= 0) {
            int whole = num.intValue() / 2;
            return b + w.sqrt() + (whole == 0 ? 0 : squarings(whole) + w.mul());
        }
        return b + w.pow();
    }

    /** Multiplications of x^m by repeated squaring. */
    private long squarings(int m) {
        return (long) (31 - Integer.numberOfLeadingZeros(m) + Integer.bitCount(m) - 1) * w.mul();
    }
}
