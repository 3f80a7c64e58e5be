package dev.deriv.simplify;

import dev.deriv.expr.Add;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.rules.Bindings;
import dev.deriv.rules.Matcher;
import dev.deriv.rules.Rule;
import dev.deriv.rules.RuleIndex;
import java.util.ArrayList;
import java.util.List;
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
        for (Rule rule : rules.candidates(n)) {
            Matcher m = matchers.computeIfAbsent(rule, r -> new Matcher(r.variables()));
            m.match(rule.lhs(), n, Bindings.EMPTY, (b, rest) -> {
                if (!rule.conditionsHold(b, null)) return false;
                Node replaced = Nodes.substitute(rule.rhs(), bindingMap(b));
                out.add(withRest(n, replaced, rest));
                return true;
            });
        }
        return out;
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
