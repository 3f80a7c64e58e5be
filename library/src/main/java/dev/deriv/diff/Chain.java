package dev.deriv.diff;

import dev.deriv.diff.LinearForm.Term;
import dev.deriv.expr.Add;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Num;
import dev.deriv.expr.Rational;
import dev.deriv.expr.Var;
import dev.deriv.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A rule {@code u + v => a*D(u) + b*D(v)} (or the same for a product) with numbers a
 * and b, such as the sum rule, applied to all operands at once. The matcher takes the
 * first operand as u and the rest as v, so the table applies the rule again to the
 * rest, and again: for t1 + ... + tk that unrolls to
 * {@code a*D(t1) + b*a*D(t2) + ... + b^(k-2)*a*D(t(k-1)) + b^(k-1)*D(tk)}, which this
 * computes in one pass instead of building k - 1 ever shorter rests. Valid only when
 * nothing but the constant rule (giving 0) comes before the rule for such operands:
 * then a rest free of x gets 0, as the free operands in it do here.
 *
 * @param first coefficient a of D(u), u the operand the matcher takes first
 * @param rest  coefficient b of D(v), v the remaining operands
 */
record Chain(Rational first, Rational rest) {

    /** The chain of rule r if it has that form; {@code before} are the rules tried before it on its kind of node. */
    static Optional<Chain> of(Rule r, List<Rule> before, Predicate<Rule> constantRuleGivingZero) {
        if (!(r.lhs() instanceof Add || r.lhs() instanceof Mul) || !r.conditions().isEmpty()) return Optional.empty();
        List<Node> operands = r.lhs().children();
        if (operands.size() != 2 || !isPatternVariable(r, operands.get(0)) || !isPatternVariable(r, operands.get(1))) {
            return Optional.empty();
        }
        for (Rule earlier : before) {
            if (earlier == r) break;
            if (!constantRuleGivingZero.test(earlier)) return Optional.empty();
        }
        LinearForm form;
        try {
            form = LinearForm.of(r);
        } catch (RuntimeException notLinear) {
            return Optional.empty();
        }
        if (!form.remainder().isZero() || form.terms().size() != 2) return Optional.empty();
        Rational a = coefficientOf(form, operands.get(0));
        Rational b = coefficientOf(form, operands.get(1));
        return a == null || b == null ? Optional.empty() : Optional.of(new Chain(a, b));
    }

    private static boolean isPatternVariable(Rule r, Node n) {
        return n instanceof Var v && r.variables().contains(v);
    }

    private static Rational coefficientOf(LinearForm form, Node variable) {
        for (Term t : form.terms()) {
            if (t.argument().equals(variable) && t.coefficient() instanceof Num k) return k.value();
        }
        return null;
    }

    /** The terms coefficient·D(operand) of D(n), for the operands that {@code varies}. */
    List<Term> terms(Node n, Predicate<Node> varies) {
        List<Node> operands = n.children();
        List<Node> coefficients = coefficients(operands.size());
        List<Term> terms = new ArrayList<>(operands.size());
        for (int i = 0; i < operands.size(); i++) {
            Node t = operands.get(i);
            if (varies.test(t) && !coefficients.get(i).isZero()) terms.add(new Term(coefficients.get(i), t));
        }
        return terms;
    }

    /** The coefficient of each operand's derivative, for k operands. */
    List<Node> coefficients(int k) {
        List<Node> out = new ArrayList<>(k);
        Node one = Nodes.ONE;
        boolean plain = first.isOne() && rest.isOne(); // the sum rule: all 1, and shared
        Rational carried = Rational.ONE; // b^i: the rule applied i times to reach operand i
        for (int i = 0; i < k; i++) {
            out.add(plain ? one : Nodes.num(i < k - 1 ? carried.multiply(first) : carried));
            if (!plain) carried = carried.multiply(rest);
        }
        return out;
    }
}
