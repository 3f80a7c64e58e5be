package dev.deriv.print;

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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The size of an expression as printed: the nodes of the parse tree of
 * {@link InfixPrinter}'s output, where every number, variable, constant, binary
 * operator, unary minus and function call counts 1 ({@code 6*x - 4} has size 5).
 * This is the measure of ../shared/test-expressions-sample.tsv and the
 * simplifier's cost; it is computed from the expression without printing it.
 */
public final class PrintedSize {
    private final Map<Node, Long> memo = new IdentityHashMap<>();

    public static long of(Node n) {
        return new PrintedSize().size(n);
    }

    public long size(Node n) {
        if (n.children().isEmpty()) return n.accept(ownSize);
        Long known = memo.get(n);
        if (known != null) return known;
        Long s = n.accept(ownSize);
        memo.put(n, s);
        return s;
    }

    /** {@code 3}: 1, {@code -3}: 2, {@code 3/2}: 3, {@code -3/2}: 4. */
    private static long number(Rational r) {
        long s = r.isInteger() ? 1 : 3;
        return r.signum() < 0 ? s + 1 : s;
    }

    /** The printed size of one node, its operands' sizes found through {@link #size}. */
    private final NodeVisitor<Long> ownSize = new NodeVisitor<>() {
        @Override public Long num(Num k) { return number(k.value()); }
        @Override public Long var(Var v) { return 1L; }
        @Override public Long constant(Const c) { return 1L; }

        @Override public Long add(Add a) {
            List<Layout.SignedTerm> terms = Layout.terms(a);
            long s = terms.size() - 1; // binary + and -
            if (terms.get(0).negative()) s++; // leading unary minus
            for (Layout.SignedTerm t : terms) s += size(t.magnitude());
            return s;
        }

        @Override public Long mul(Mul m) { return fraction(Layout.fraction(m)); }

        @Override public Long pow(Pow p) {
            if (Layout.isReciprocal(p)) return fraction(Layout.fraction(p));
            if (InfixPrinter.isSqrt(p)) return 1 + size(p.base());
            return 1 + size(p.base()) + size(p.exponent());
        }

        @Override public Long call(Call c) {
            long s = 1;
            for (Node arg : c.args()) s += size(arg);
            return s;
        }
    };

    private long fraction(Layout.Fraction f) {
        long s = f.negative() ? 1 : 0;
        s += f.numerator().isEmpty() ? 1 : product(f.numerator());
        if (!f.denominator().isEmpty()) s += 1 + product(f.denominator());
        return s;
    }

    private long product(List<Node> factors) {
        long s = factors.size() - 1;
        for (Node f : factors) s += size(f);
        return s;
    }
}
