package dev.deriv.diff;

import dev.deriv.MathException;
import dev.deriv.expr.Add;
import dev.deriv.expr.Call;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.rules.Rule;
import dev.deriv.rules.RuleBook;
import java.util.ArrayList;
import java.util.List;

/**
 * A derivative rule's replacement read as a linear form in its {@code D(...)}:
 * {@code Σ coefficient·D(argument) + remainder}, all templates in the rule's pattern
 * variables. The coefficient of {@code D(w)} is the local partial derivative that a
 * reverse sweep passes from an expression to w; the remainder is what the rule gives
 * without any {@code D} (1 for the variable itself, 0 for a constant).
 *
 * @param terms     one per {@code D(...)} of the replacement, in the replacement's order
 * @param remainder the part without {@code D}, in canonical form
 */
record LinearForm(List<Term> terms, Node remainder) {

    /** {@code coefficient·D(argument)}. */
    record Term(Node coefficient, Node argument) {}

    LinearForm {
        terms = List.copyOf(terms);
    }

    /** The linear form of r's replacement; a replacement that is not linear in its D(...) is an error naming r. */
    static LinearForm of(Rule r) {
        try {
            return read(r.rhs());
        } catch (NotLinear e) {
            throw new MathException("gradients and Hessians need each derivative rule to be linear in its D(...), "
                    + "but rule '" + r.name() + "' (" + r.source() + ") has " + e.getMessage());
        }
    }

    private static LinearForm read(Node e) {
        if (!hasD(e)) return new LinearForm(List.of(), e);
        if (isD(e)) {
            Node w = ((Call) e).arg();
            if (hasD(w)) throw new NotLinear("a D(...) inside a D(...): " + e);
            return new LinearForm(List.of(new Term(Nodes.ONE, w)), Nodes.ZERO);
        }
        if (e instanceof Add a) {
            List<Term> terms = new ArrayList<>();
            List<Node> remainders = new ArrayList<>();
            for (Node t : a.terms()) {
                LinearForm f = read(t);
                terms.addAll(f.terms);
                remainders.add(f.remainder);
            }
            return new LinearForm(terms, Nodes.add(remainders));
        }
        if (e instanceof Mul m) {
            Node withD = null;
            List<Node> others = new ArrayList<>();
            for (Node f : m.factors()) {
                if (!hasD(f)) {
                    others.add(f);
                } else if (withD == null) {
                    withD = f;
                } else {
                    throw new NotLinear("a product of D(...): " + e);
                }
            }
            Node factor = Nodes.mul(others);
            LinearForm inner = read(withD);
            List<Term> terms = new ArrayList<>();
            for (Term t : inner.terms) terms.add(new Term(Nodes.mul(factor, t.coefficient), t.argument));
            return new LinearForm(terms, Nodes.mul(factor, inner.remainder));
        }
        throw new NotLinear("a D(...) inside a power or a function: " + e);
    }

    private static boolean isD(Node n) {
        return n instanceof Call c && c.function() == RuleBook.DERIVATIVE;
    }

    static boolean hasD(Node n) {
        if (isD(n)) return true;
        for (Node c : n.children()) if (hasD(c)) return true;
        return false;
    }

    private static final class NotLinear extends RuntimeException {
        NotLinear(String why) { super(why, null, false, false); }
    }
}
