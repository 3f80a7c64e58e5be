package dev.deriv.diff;

import dev.deriv.expr.Add;
import dev.deriv.expr.Call;
import dev.deriv.expr.DeepStack;
import dev.deriv.expr.Function;
import dev.deriv.expr.LimitException;
import dev.deriv.expr.Limits;
import dev.deriv.expr.MathException;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.rules.Bindings;
import dev.deriv.rules.Matcher;
import dev.deriv.rules.Rule;
import dev.deriv.rules.RuleBook;
import dev.deriv.rules.RuleIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Differentiation driven by the derivative table ({@code rules/derivatives.rules}).
 * Forward: the first rule whose pattern matches is applied, and every {@code D(w)}
 * of its replacement is differentiated in turn; results are memoized per
 * subexpression, so a DAG is differentiated node by node, never as an unfolded tree.
 * Gradients take one reverse sweep ({@link ReverseSweep}). Thread-safe.
 */
public final class Differentiator {
    /** In the table, x stands for the variable of differentiation, whatever its name. */
    private static final Var RULE_VARIABLE = Nodes.var("x");

    private final RuleIndex rules;
    /** By rule, not by "file:line": a user's file may have the name of a standard one. */
    private final Map<Rule, Matcher> matchers = new ConcurrentHashMap<>();
    private final Map<String, Node> callTemplates = new ConcurrentHashMap<>();

    public Differentiator(RuleBook book) {
        this.rules = new RuleIndex(book.derivatives());
    }

    /** d/dx of f, in canonical form. */
    public Node derivative(Node f, Var x) {
        return DeepStack.callFor(recursion(f), () -> new Forward(x, null).d(f));
    }

    /**
     * d/dx of f, reporting every rule applied to {@code steps}, outermost first: each step
     * before the steps that computed the D(...) of its replacement (which have depth + 1),
     * those in the order the replacement uses them.
     */
    public Node derivative(Node f, Var x, Consumer<Step> steps) {
        List<Step> postOrder = new ArrayList<>();
        Node result = DeepStack.callFor(recursion(f), () -> new Forward(x, postOrder::add).d(f));
        preOrder(postOrder).forEach(steps);
        return result;
    }

    /** A step is known once its D(...) are computed: reorders that post-order into pre-order. */
    private static List<Step> preOrder(List<Step> postOrder) {
        // each step's sub-steps are the deeper ones reported just before it
        List<List<Object>> stack = new ArrayList<>(); // {step, children}
        for (Step s : postOrder) {
            List<List<Object>> children = new ArrayList<>();
            while (!stack.isEmpty() && ((Step) stack.get(stack.size() - 1).get(0)).depth() > s.depth()) {
                children.add(0, stack.remove(stack.size() - 1));
            }
            stack.add(List.of(s, children));
        }
        List<Step> out = new ArrayList<>(postOrder.size());
        for (List<Object> root : stack) emit(root, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void emit(List<Object> node, List<Step> out) {
        out.add((Step) node.get(0));
        for (List<Object> child : (List<List<Object>>) node.get(1)) emit(child, out);
    }

    /**
     * How deep differentiating f may recurse: the product rule takes one factor at a
     * time, so a product of 1,000 factors recurses 1,000 deep though its depth is 2.
     */
    static int recursion(Node f) {
        return (int) Math.min(Integer.MAX_VALUE, f.treeSize());
    }

    /** The error for a derivative beyond {@link Limits#MAX_EXPRESSION_SIZE}. */
    static LimitException tooLarge() {
        return new LimitException("expression too large: its derivative has more than "
                + Limits.MAX_EXPRESSION_SIZE + " nodes (limit: " + Limits.MAX_EXPRESSION_SIZE + " nodes)");
    }

    /** The n-th derivative, each order computed from the one before. */
    public Node derivative(Node f, Var x, int order) {
        if (order < 0) throw new IllegalArgumentException("derivative order must not be negative: " + order);
        if (order > Limits.MAX_DERIVATIVE_ORDER) {
            throw new LimitException("derivative order " + order + " is above the limit of "
                    + Limits.MAX_DERIVATIVE_ORDER);
        }
        Node r = f;
        for (int i = 0; i < order && !r.isZero(); i++) r = derivative(r, x);
        return r;
    }

    /** All partial derivatives of f, in the order of {@code variables}, from one reverse sweep over f's DAG. */
    public List<Node> gradient(Node f, List<Var> variables) {
        return DeepStack.callFor(recursion(f), () -> new ReverseSweep(this, variables).gradient(f));
    }

    /** The Hessian: row i is the gradient of the i-th partial derivative. */
    public List<List<Node>> hessian(Node f, List<Var> variables) {
        List<List<Node>> rows = new ArrayList<>();
        for (Node partial : gradient(f, variables)) rows.add(gradient(partial, variables));
        return rows;
    }

    private Matcher matcher(Rule r) {
        return matchers.computeIfAbsent(r, k -> {
            Set<Var> variables = new HashSet<>(r.variables());
            variables.add(RULE_VARIABLE);
            return new Matcher(variables);
        });
    }

    /** One derivative computation: memo and step reporting for a single variable. */
    private final class Forward {
        private final Var x;
        private final Bindings start;
        private final Consumer<Step> steps;
        private final Map<Node, Node> memo = new HashMap<>();
        private int depth;
        private long built; // operands visited and built, against Limits.MAX_EXPRESSION_SIZE

        Forward(Var x, Consumer<Step> steps) {
            this.x = x;
            this.start = Bindings.EMPTY.with(RULE_VARIABLE, x);
            this.steps = steps;
        }

        Node d(Node n) {
            if (steps == null) {
                if (!n.dependsOn(x)) return Nodes.ZERO;
                Node known = memo.get(n);
                if (known != null) return known;
            }
            charge(1 + n.children().size());
            Node result = apply(n);
            charge(result.children().size());
            memo.put(n, result);
            return result;
        }

        private void charge(int nodes) {
            built += nodes;
            if (built > Limits.MAX_EXPRESSION_SIZE) throw tooLarge();
        }

        private Node apply(Node n) {
            for (Rule rule : rules.candidates(n)) {
                Bindings[] found = new Bindings[1];
                boolean matched = matcher(rule).match(rule.lhs(), n, start, (b, rest) -> {
                    if (!rest.isEmpty() || !rule.conditionsHold(b, x)) return false;
                    found[0] = b;
                    return true;
                });
                if (matched && steps == null && n instanceof Add a && rule.name().equals("sum")) {
                    // what the sum rule does term by term, in one pass: linear, not quadratic, in the terms
                    List<Node> terms = new ArrayList<>(a.terms().size());
                    for (Node t : a.terms()) terms.add(d(t));
                    return Nodes.add(terms);
                }
                if (matched) return applied(rule, n, found[0]);
            }
            if (n instanceof Call c && c.function().isDefined()) {
                // a defined function without a table entry: differentiate its formula
                return d(c.function().expand(c.arg()));
            }
            throw new MathException("no derivative rule matches " + n + " in the rule table");
        }

        private Node applied(Rule rule, Node n, Bindings b) {
            int at = depth++;
            try {
                Node result = instantiate(rule.rhs(), b);
                if (steps != null) steps.accept(new Step(rule.name(), n, b, result, at));
                return result;
            } finally {
                depth--;
            }
        }

        /** The replacement with pattern variables bound, each D(w) replaced by the derivative of w. */
        private Node instantiate(Node template, Bindings b) {
            if (template instanceof Var v) return b.get(v);
            if (template.children().isEmpty()) return template;
            if (template instanceof Call c && c.function() == RuleBook.DERIVATIVE) {
                return d(instantiate(c.arg(), b));
            }
            List<Node> kids = new ArrayList<>(template.children().size());
            for (Node child : template.children()) kids.add(instantiate(child, b));
            return Nodes.rebuild(template, kids);
        }
    }

    /** f'(t) for a function f, computed once per function and shared by all reverse sweeps. */
    Node derivativeTemplate(Function f, Var t) {
        return callTemplates.computeIfAbsent(f.name(), k -> derivative(Nodes.call(f, t), t));
    }
}
