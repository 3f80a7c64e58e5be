package dev.deriv.simplify;

import dev.deriv.expr.Add;
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
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies the rules of {@code rules/simplify.rules} at the top of an expression:
 * every rule that matches gives one candidate. A rule matching part of a sum or
 * product keeps the other operands ({@code x + sin(y)^2 + cos(y)^2 = x + 1}).
 */
final class Rewriter {
    private final RuleIndex rules;
    private final Map<Rule, Matcher> matchers = new ConcurrentHashMap<>();

    Rewriter(List<Rule> rules) {
        this.rules = new RuleIndex(rules);
    }

    List<Node> rewrites(Node n) {
        List<Node> out = new ArrayList<>();
        rewrite(n, Rational.ONE, out);
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
                rewrite(scaled, k, out);
            }
        }
        return out;
    }

    /** Rewrites of {@code n}, each multiplied back by {@code scale}. */
    private void rewrite(Node n, Rational scale, List<Node> out) {
        for (Rule rule : rules.candidates(n)) {
            Matcher m = matchers.computeIfAbsent(rule, r -> new Matcher(r.variables()));
            m.match(rule.lhs(), n, Bindings.EMPTY, (b, rest) -> {
                if (!rule.conditionsHold(b, null)) return false;
                Node replaced = Nodes.substitute(rule.rhs(), bindingMap(b));
                out.add(Nodes.mul(Nodes.num(scale), withRest(n, replaced, rest)));
                return true;
            });
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
