package dev.deriv.simplify;

import dev.deriv.LimitException;
import dev.deriv.MathException;
import dev.deriv.expr.Add;
import dev.deriv.expr.Deadline;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Num;
import dev.deriv.expr.Rational;
import dev.deriv.expr.Var;
import dev.deriv.rules.Bindings;
import dev.deriv.rules.Matcher;
import dev.deriv.rules.Rule;
import dev.deriv.rules.RuleIndex;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The strategy of the rules of {@code rules/simplify.rules}, applied at the top
 * of an expression: every rule that matches gives one candidate, and counts in
 * the run's fire counts as {@code rule:<name>}. A rule matching part of a sum or
 * product keeps the other operands ({@code x + sin(y)^2 + cos(y)^2 = x + 1}).
 */
final class Rewriter implements Strategy {
    private final RuleIndex rules;
    private final Map<Rule, Matcher> matchers = new ConcurrentHashMap<>();

    Rewriter(List<Rule> rules) {
        this.rules = new RuleIndex(rules);
    }

    @Override
    public List<Node> propose(Node n, Run run) {
        List<Node> out = new ArrayList<>();
        rewrite(n, Rational.ONE, out, run);
        if (n instanceof Add a) {
            // sum rules hold up to a common factor: 3*sin(x)^2 + 3*cos(x)^2 + y is 3*(sin(x)^2 + cos(x)^2 + y/3)
            Set<Rational> scales = new LinkedHashSet<>();
            scales.add(Rational.MINUS_ONE); // cos(x)^2 - 1 is -(1 - cos(x)^2)
            for (Node t : a.terms()) {
                Rational k = Nodes.coefficientOf(t).abs();
                if (!k.isOne() && !k.isZero() && !(t instanceof Num)) {
                    scales.add(k);
                    scales.add(k.negate());
                }
            }
            for (Rational k : scales) {
                Node scaled = Nodes.mul(Nodes.num(k.reciprocal()), a);
                rewrite(scaled, k, out, run);
            }
        }
        return out;
    }

    /** Rewrites of {@code n}, each multiplied back by {@code scale}. */
    private void rewrite(Node n, Rational scale, List<Node> out, Run run) {
        for (Rule rule : rules.candidates(n)) {
            Matcher m = matchers.computeIfAbsent(rule, r -> new Matcher(r.variables()));
            m.match(rule.lhs(), n, Bindings.EMPTY, (b, rest) -> {
                if (!rule.conditionsHold(b, null)) return false;
                Node form = rewritten(rule, b, rest, n, scale);
                if (form == null) return false;
                out.add(form);
                if (!form.equals(n)) run.fired("rule:" + rule.name());
                return true;
            });
        }
    }

    /** The match's replacement with the unmatched operands, times scale; null when it divides by zero or overflows. */
    private static Node rewritten(Rule rule, Bindings b, List<Node> rest, Node n, Rational scale) {
        try {
            Node replaced = Nodes.substitute(rule.rhs(), bindingMap(b));
            return Nodes.mul(Nodes.num(scale), withRest(n, replaced, rest));
        } catch (MathException e) {
            return null;
        } catch (LimitException e) {
            if (e instanceof Deadline.Exceeded) throw e;
            return null;
        }
    }

    private static Map<Var, Node> bindingMap(Bindings b) {
        return b.asMap();
    }

    private static Node withRest(Node whole, Node replaced, List<Node> rest) {
        if (rest.isEmpty()) return replaced;
        List<Node> parts = new ArrayList<>(rest);
        parts.add(replaced);
        if (whole instanceof Add) return Nodes.add(parts);
        if (whole instanceof Mul) return Nodes.mul(parts);
        return replaced;
    }
}
