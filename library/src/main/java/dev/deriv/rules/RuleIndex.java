package dev.deriv.rules;

import dev.deriv.expr.Add;
import dev.deriv.expr.Call;
import dev.deriv.expr.Const;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.NodeVisitor;
import dev.deriv.expr.Num;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rules grouped by the kind of expression their pattern can match, keeping file
 * order: a sum is only tried against rules whose pattern is a sum or a lone
 * pattern variable. Thread-safe.
 */
public final class RuleIndex {
    private final List<Rule> rules;
    private final Map<String, List<Rule>> byHead = new ConcurrentHashMap<>();

    public RuleIndex(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> all() { return rules; }

    /** The rules that may match {@code target}, in file order. */
    public List<Rule> candidates(Node target) {
        return byHead.computeIfAbsent(head(target), h -> {
            List<Rule> out = new ArrayList<>();
            for (Rule r : rules) {
                String ph = patternHead(r.lhs(), r.variables());
                if (ph == null || ph.equals(h)) out.add(r);
            }
            return List.copyOf(out);
        });
    }

    /** The head of a pattern, or null for a lone pattern variable, which matches anything. */
    private static String patternHead(Node pattern, Set<Var> variables) {
        if (pattern instanceof Var v && variables.contains(v)) return null;
        return head(pattern);
    }

    static String head(Node n) { return n.accept(HEAD); }

    /** What a rule's pattern and a node must share for the rule to be tried: the kind, and a call's name. */
    private static final NodeVisitor<String> HEAD = new NodeVisitor<>() {
        @Override public String num(Num n) { return "number"; }
        @Override public String var(Var v) { return "var"; }
        @Override public String constant(Const c) { return "constant"; }
        @Override public String add(Add a) { return "+"; }
        @Override public String mul(Mul m) { return "*"; }
        @Override public String pow(Pow p) { return "^"; }
        @Override public String call(Call c) { return "call " + c.name(); }
    };
}
