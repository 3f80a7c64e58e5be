package dev.deriv.simplify;

import dev.deriv.expr.Add;
import dev.deriv.expr.Call;
import dev.deriv.expr.Function;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Num;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves an exponential factor into a power of a sum of exponentials, where the
 * exponents can cancel: {@code exp(-x^2)/sqrt(1 - exp(-2*x^2)) = 1/sqrt(exp(2*x^2) - 1)},
 * since {@code exp(a)*S^e = (exp(a/e)*S)^e} (exp is positive, so this holds for every e).
 */
final class Exponentials {
    private Exponentials() {}

    /** The product with its first exponential moved into its first power of a sum, or null. */
    static Node intoPower(Mul m) {
        Call exp = null;
        Node power = null;
        for (Node f : m.factors()) {
            if (exp == null && f instanceof Call c && c.function() == Function.EXP) exp = c;
            else if (power == null && Factor.base(f) instanceof Add && Factor.exponent(f) instanceof Num) power = f;
        }
        if (exp == null || power == null) return null;
        Num e = (Num) Factor.exponent(power);
        Node shift = Nodes.mul(exp.arg(), Nodes.num(e.value().reciprocal()));
        List<Node> terms = new ArrayList<>();
        for (Node t : ((Add) Factor.base(power)).terms()) terms.add(times(t, shift));
        List<Node> factors = new ArrayList<>(m.factors());
        factors.remove(exp);
        factors.remove(power);
        factors.add(Nodes.pow(Nodes.add(terms), e));
        return Nodes.mul(factors);
    }

    /** t*exp(shift), with an exponential already in t absorbing the shift. */
    private static Node times(Node t, Node shift) {
        List<Node> factors = new ArrayList<>(t instanceof Mul m ? m.factors() : List.of(t));
        for (int i = 0; i < factors.size(); i++) {
            if (factors.get(i) instanceof Call c && c.function() == Function.EXP) {
                factors.set(i, Nodes.exp(Nodes.add(c.arg(), shift)));
                return Nodes.mul(factors);
            }
        }
        factors.add(Nodes.exp(shift));
        return Nodes.mul(factors);
    }
}
