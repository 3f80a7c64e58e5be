package dev.deriv.diff;

import dev.deriv.MathException;
import dev.deriv.diff.Differentiator.Local;
import dev.deriv.diff.LinearForm.Term;
import dev.deriv.expr.Limits;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reverse-mode symbolic differentiation: one sweep from the output to the
 * variables computes every partial derivative, each subexpression's adjoint
 * shared by all of them (the cheap-gradient principle of reverse-mode AD).
 *
 * <p>The local partial derivatives come from the derivative table: the rule the
 * forward differentiator would apply to a node, read as a linear form
 * {@code D(node) = Σ coefficient·D(w)} ({@link Differentiator#local}), passes the
 * node's adjoint times each coefficient on to w. A w that is not an operand of the
 * DAG (the rest of a product that the product rule splits off, a denominator) is
 * swept at once with the contribution it got, which linearity allows. Expressions
 * that depend on none of the variables are skipped, which is what the constant rule
 * says, so the table must start with it; a rule that is not linear in its D(...)
 * cannot be swept and is an error naming it.
 *
 * <p>A rule's conditions ({@code free(c)}) are judged against all the variables of the
 * gradient at once, and x in a rule stands for the one variable an expression depends
 * on. With rules that agree with one another, as the standard ones do, every partial
 * equals the forward derivative; with a table where the rule chosen changes the answer,
 * a gradient in one variable still does.
 */
final class ReverseSweep {
    /** A name the parser can never produce, so it clashes with no user variable. */
    static final Var FRESH = Nodes.var("$t");

    private final Differentiator forward;
    private final List<Var> variables;
    private final Set<Var> wanted;
    private final Predicate<Node> varies = this::relevant;
    private final Set<Node> inDag = new HashSet<>();
    private final Set<Node> swept = new HashSet<>();
    private final Map<Node, List<Node>> contributions = new HashMap<>();
    private final Map<Var, List<Node>> partials = new HashMap<>();
    private long built; // operands visited and built, against Limits.MAX_EXPRESSION_SIZE

    ReverseSweep(Differentiator forward, List<Var> variables) {
        this.forward = forward;
        this.variables = variables;
        this.wanted = new HashSet<>(variables);
    }

    List<Node> gradient(Node f) {
        forward.requireConstantRuleGivingZero();
        List<Node> order = new ArrayList<>();
        postOrder(f, order);
        contributions.computeIfAbsent(f, k -> new ArrayList<>()).add(Nodes.ONE);
        for (int i = order.size() - 1; i >= 0; i--) {
            Node node = order.get(i);
            List<Node> parts = contributions.remove(node);
            swept.add(node);
            if (parts == null) continue;
            Node adjoint = Nodes.add(parts);
            if (!adjoint.isZero()) sweep(node, adjoint);
        }
        List<Node> out = new ArrayList<>(variables.size());
        for (Var v : variables) out.add(Nodes.add(partials.getOrDefault(v, List.of())));
        return out;
    }

    /**
     * Passes the adjoint of a node on to what its rule differentiates: operands of the DAG
     * not yet swept collect it, anything else is swept now with this contribution alone.
     */
    private void sweep(Node node, Node adjoint) {
        Deque<Node[]> now = new ArrayDeque<>();
        now.push(new Node[] {node, adjoint});
        while (!now.isEmpty()) {
            Node[] next = now.pop();
            Node n = next[0];
            Node a = next[1];
            Local local = forward.local(n, varies, onlyVariable(n));
            if (!local.remainder().isZero()) {
                // the part without D (the variable rule's 1) is a derivative by the one variable n depends on
                Var v = onlyVariable(n);
                if (v == null) {
                    throw new MathException("a derivative rule gives " + n + " a derivative without D(...), "
                            + "which a gradient cannot share out among the variables it depends on");
                }
                partials.computeIfAbsent(v, k -> new ArrayList<>()).add(times(a, local.remainder()));
            }
            for (Term t : local.terms()) {
                Node w = t.argument();
                if (!relevant(w)) continue; // the constant rule: D(w) = 0
                if (w.equals(n)) {
                    throw new MathException("a derivative rule gives D(" + n + ") in terms of D(" + n + ") itself");
                }
                Node contribution = times(a, t.coefficient());
                built += 1 + contribution.children().size();
                if (built > Limits.MAX_EXPRESSION_SIZE) throw Differentiator.tooLarge();
                if (inDag.contains(w) && !swept.contains(w)) {
                    contributions.computeIfAbsent(w, o -> new ArrayList<>()).add(contribution);
                } else {
                    now.push(new Node[] {w, contribution});
                }
            }
        }
    }

    private static Node times(Node adjoint, Node coefficient) {
        return coefficient.isOne() ? adjoint : Nodes.mul(adjoint, coefficient);
    }

    /** The one variable of the gradient that n depends on, or null if it depends on several. */
    private Var onlyVariable(Node n) {
        if (variables.size() == 1) return variables.get(0);
        Var only = null;
        for (Var v : fewer(n)) {
            if (!wanted.contains(v) || !n.dependsOn(v)) continue;
            if (only != null && !only.equals(v)) return null;
            only = v;
        }
        return only;
    }

    /** Depends on a variable of the gradient: the DAG's nodes that do are known after {@link #postOrder}. */
    private boolean relevant(Node n) {
        return inDag.contains(n) || dependsOnAVariable(n);
    }

    private boolean dependsOnAVariable(Node n) {
        for (Var v : fewer(n)) if (wanted.contains(v) && n.dependsOn(v)) return true;
        return false;
    }

    /**
     * The shorter of n's own variables and the gradient's, to look for the ones they share
     * in: going through all n of LSE-n's variables at each of its n nodes was quadratic.
     */
    private Collection<Var> fewer(Node n) {
        List<Var> own = Nodes.variableList(n);
        return own.size() < wanted.size() ? own : wanted;
    }

    /** Nodes that depend on a wanted variable, each once, operands before the nodes that use them. */
    private void postOrder(Node n, List<Node> out) {
        if (inDag.contains(n) || !dependsOnAVariable(n)) return;
        inDag.add(n);
        for (Node c : n.children()) postOrder(c, out);
        out.add(n);
    }
}
