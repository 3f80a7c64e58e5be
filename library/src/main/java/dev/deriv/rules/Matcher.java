package dev.deriv.rules;

import dev.deriv.expr.Add;
import dev.deriv.expr.Call;
import dev.deriv.expr.Const;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.NodeVisitor;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Num;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Rational;
import dev.deriv.expr.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Matches a rule's pattern against an expression in canonical form, with
 * backtracking. Sums and products match associatively and commutatively:
 * <ul>
 *   <li>each structured operand of the pattern ({@code sin(u)^2}) is tried against each operand of the target;</li>
 *   <li>pattern variables standing alone take one operand each, except the last, which takes all that remain
 *       ({@code u*v} against {@code a*b*c} gives u = a, v = b*c: the n-ary product rule);</li>
 *   <li>in a product, {@code u/v} splits the target into numerator and denominator: v takes every
 *       factor with a negative exponent ({@code x/(y*z)} gives u = x, v = y*z);</li>
 *   <li>at the top of a pattern without a lone variable, target operands left over are handed back
 *       as the rest ({@code exp(a)*exp(b)} matches {@code 2*y*exp(x)*exp(z)} with rest 2*y).</li>
 * </ul>
 */
public final class Matcher {
    private final Set<Var> patternVariables;

    /** Called with the bindings of a complete match and the unmatched rest; true accepts the match. */
    public interface Then {
        boolean accept(Bindings b, List<Node> rest);
    }

    public Matcher(Set<Var> patternVariables) {
        this.patternVariables = patternVariables;
    }

    /** Matches {@code pattern} against the whole of {@code target}, or (sums and products) part of it. */
    public boolean match(Node pattern, Node target, Bindings b, Then then) {
        if (pattern instanceof Add p && target instanceof Add t) {
            return matchOperands(p.terms(), t.terms(), false, b, true, then);
        }
        if (pattern instanceof Mul p && target instanceof Mul t) {
            return matchOperands(p.factors(), t.factors(), true, b, true, then);
        }
        return matchOne(pattern, target, b, x -> then.accept(x, List.of()));
    }

    private interface Next {
        boolean accept(Bindings b);
    }

    private boolean matchOne(Node p, Node t, Bindings b, Next next) {
        if (p instanceof Var v && patternVariables.contains(v)) {
            if (b.has(v)) return b.get(v).equals(t) && next.accept(b);
            return next.accept(b.with(v, t));
        }
        if (p.children().isEmpty()) return p.equals(t) && next.accept(b);
        // most tries fail on the kind: they are told apart before a visitor is made for the operands
        if (p.getClass() != t.getClass()) return false;
        return p.accept(new SameKind(t, b, next));
    }

    /** Matches the visited compound pattern against a target of the same kind, operand by operand. */
    private final class SameKind implements NodeVisitor<Boolean> {
        private final Node t;
        private final Bindings b;
        private final Next next;

        SameKind(Node t, Bindings b, Next next) {
            this.t = t;
            this.b = b;
            this.next = next;
        }

        @Override public Boolean num(Num p) { return p.equals(t) && next.accept(b); }
        @Override public Boolean var(Var p) { return p.equals(t) && next.accept(b); }
        @Override public Boolean constant(Const p) { return p.equals(t) && next.accept(b); }

        @Override public Boolean pow(Pow pp) {
            return t instanceof Pow tp
                    && matchOne(pp.base(), tp.base(), b, b1 -> matchOne(pp.exponent(), tp.exponent(), b1, next));
        }

        @Override public Boolean call(Call pc) {
            return t instanceof Call tc && pc.name().equals(tc.name()) && matchOne(pc.arg(), tc.arg(), b, next);
        }

        @Override public Boolean add(Add pa) {
            return t instanceof Add ta
                    && matchOperands(pa.terms(), ta.terms(), false, b, false, (x, rest) -> next.accept(x));
        }

        @Override public Boolean mul(Mul pm) {
            return t instanceof Mul tm
                    && matchOperands(pm.factors(), tm.factors(), true, b, false, (x, rest) -> next.accept(x));
        }
    }

    private boolean matchOperands(List<Node> pattern, List<Node> target, boolean product, Bindings b,
                                  boolean restAllowed, Then then) {
        List<Node> structured = new ArrayList<>();
        List<Var> alone = new ArrayList<>();
        Var denominator = null;
        for (Node p : pattern) {
            if (p instanceof Var v && patternVariables.contains(v)) {
                alone.add(v);
            } else if (product && p instanceof Pow pw && pw.exponent().equals(Nodes.MINUS_ONE)
                    && pw.base() instanceof Var v && patternVariables.contains(v)) {
                denominator = v;
            } else {
                structured.add(p);
            }
        }
        if (product && restAllowed && denominator == null && !structured.isEmpty()
                && structured.get(0) instanceof Num c) {
            return matchUpToCoefficient(c, structured.subList(1, structured.size()), alone, target, b, then);
        }
        if (denominator == null) {
            return matchList(structured, alone, target, product, b, restAllowed && alone.isEmpty(), then);
        }
        List<Node> numerator = new ArrayList<>();
        List<Node> denominatorFactors = new ArrayList<>();
        for (Node f : target) {
            if (f instanceof Pow pw && pw.exponent() instanceof Num k && k.value().signum() < 0) {
                denominatorFactors.add(Nodes.pow(pw.base(), Nodes.num(k.value().negate())));
            } else {
                numerator.add(f);
            }
        }
        if (denominatorFactors.isEmpty()) return false;
        Node den = Nodes.mul(denominatorFactors);
        if (b.has(denominator) && !b.get(denominator).equals(den)) return false;
        Bindings withDen = b.with(denominator, den);
        if (numerator.isEmpty()) numerator.add(Nodes.ONE);
        return matchList(structured, alone, numerator, true, withDen, false, then);
    }

    /**
     * A product pattern with coefficient c against a product with coefficient k:
     * the pattern matches k/c times over, and k/c joins the rest.
     */
    private boolean matchUpToCoefficient(Num c, List<Node> structured, List<Var> alone, List<Node> target,
                                         Bindings b, Then then) {
        List<Node> factors = target;
        Rational k = Rational.ONE;
        if (!target.isEmpty() && target.get(0) instanceof Num t) {
            k = t.value();
            factors = target.subList(1, target.size());
        }
        Rational leftover = k.divide(c.value());
        return matchList(structured, alone, factors, true, b, alone.isEmpty(), (x, rest) -> {
            if (leftover.isOne()) return then.accept(x, rest);
            List<Node> withCoefficient = new ArrayList<>(rest);
            withCoefficient.add(Nodes.num(leftover));
            return then.accept(x, withCoefficient);
        });
    }

    private boolean matchList(List<Node> structured, List<Var> alone, List<Node> remaining, boolean product,
                              Bindings b, boolean restAllowed, Then then) {
        if (!structured.isEmpty()) {
            Node first = structured.get(0);
            List<Node> others = structured.subList(1, structured.size());
            for (int i = 0; i < remaining.size(); i++) {
                int taken = i;
                if (matchOne(first, remaining.get(i), b,
                        b1 -> matchList(others, alone, without(remaining, taken), product, b1, restAllowed, then))) {
                    return true;
                }
            }
            return false;
        }
        if (alone.isEmpty()) {
            if (remaining.isEmpty()) return then.accept(b, List.of());
            return restAllowed && then.accept(b, remaining);
        }
        if (remaining.size() < alone.size()) return false;
        Var v = alone.get(0);
        if (alone.size() == 1) {
            Node value = product ? Nodes.productOf(remaining) : Nodes.sumOf(remaining);
            if (b.has(v)) return b.get(v).equals(value) && then.accept(b, List.of());
            return then.accept(b.with(v, value), List.of());
        }
        List<Var> others = alone.subList(1, alone.size());
        for (int i = 0; i < remaining.size(); i++) {
            Node candidate = remaining.get(i);
            if (b.has(v) && !b.get(v).equals(candidate)) continue;
            if (matchList(List.of(), others, without(remaining, i), product, b.with(v, candidate), false, then)) {
                return true;
            }
        }
        return false;
    }

    private static List<Node> without(List<Node> list, int i) {
        List<Node> out = new ArrayList<>(list.size() - 1);
        for (int j = 0; j < list.size(); j++) if (j != i) out.add(list.get(j));
        return out;
    }
}
