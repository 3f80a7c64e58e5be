package dev.deriv.diff;

import dev.deriv.expr.Add;
import dev.deriv.expr.Limits;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reverse-mode symbolic differentiation: one sweep from the output to the
 * variables computes every partial derivative, each subexpression's adjoint
 * shared by all of them (the cheap-gradient principle of reverse-mode AD).
 *
 * <p>The local derivative of a node with respect to one operand comes from the
 * derivative table: the operand is replaced by a fresh variable t, the node is
 * differentiated by t with the forward rules, and t is put back. Sums and
 * products take their local derivatives directly (1, and the product of the
 * other factors), which is what the sum and product rules say, without the
 * cost of splitting long operand lists one at a time.
 */
final class ReverseSweep {
    /** A name the parser can never produce, so it clashes with no user variable. */
    static final Var FRESH = Nodes.var("$t");

    private final Differentiator forward;
    private final List<Var> variables;
    private final Set<Var> wanted;
    private long built; // operands visited and built, against Limits.MAX_EXPRESSION_SIZE

    ReverseSweep(Differentiator forward, List<Var> variables) {
        this.forward = forward;
        this.variables = variables;
        this.wanted = new HashSet<>(variables);
    }

    List<Node> gradient(Node f) {
        List<Node> order = new ArrayList<>();
        postOrder(f, new HashSet<>(), order);
        Map<Node, List<Node>> contributions = new HashMap<>();
        contributions.computeIfAbsent(f, k -> new ArrayList<>()).add(Nodes.ONE);
        Map<Var, Node> partials = new LinkedHashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            Node node = order.get(i);
            List<Node> parts = contributions.remove(node);
            if (parts == null) continue;
            Node adjoint = Nodes.add(parts);
            if (adjoint.isZero()) continue;
            if (node instanceof Var v) {
                partials.put(v, adjoint);
                continue;
            }
            List<Node> operands = node.children();
            for (int k = 0; k < operands.size(); k++) {
                Node operand = operands.get(k);
                if (!relevant(operand)) continue;
                Node contribution = Nodes.mul(adjoint, local(node, k));
                built += 1 + contribution.children().size();
                if (built > Limits.MAX_EXPRESSION_SIZE) throw Differentiator.tooLarge();
                contributions.computeIfAbsent(operand, o -> new ArrayList<>()).add(contribution);
            }
        }
        List<Node> out = new ArrayList<>(variables.size());
        for (Var v : variables) out.add(partials.getOrDefault(v, Nodes.ZERO));
        return out;
    }

    private boolean relevant(Node n) {
        for (Var v : wanted) if (n.dependsOn(v)) return true;
        return false;
    }

    /** Nodes that depend on a wanted variable, each once, operands before the nodes that use them. */
    private void postOrder(Node n, Set<Node> seen, List<Node> out) {
        if (!relevant(n) || !seen.add(n)) return;
        for (Node c : n.children()) postOrder(c, seen, out);
        out.add(n);
    }

    /** d node / d operand k. */
    private Node local(Node node, int k) {
        if (node instanceof Add) return Nodes.ONE;
        List<Node> operands = node.children();
        if (node instanceof Mul) {
            List<Node> others = new ArrayList<>(operands);
            others.remove(k);
            return Nodes.mul(others);
        }
        if (node instanceof dev.deriv.expr.Call c) {
            return Nodes.substitute(forward.derivativeTemplate(c.function(), FRESH), Map.of(FRESH, operands.get(0)));
        }
        List<Node> withFresh = new ArrayList<>(operands);
        withFresh.set(k, FRESH);
        Node d = forward.derivative(Nodes.rebuild(node, withFresh), FRESH);
        return Nodes.substitute(d, Map.of(FRESH, operands.get(k)));
    }
}
