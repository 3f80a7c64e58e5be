package dev.deriv.simplify;

import dev.deriv.expr.Call;
import dev.deriv.expr.Function;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything in sines and cosines: tan, cot, sec, csc and tanh rewritten as
 * quotients of sin, cos, sinh and cosh, so that identities between them can
 * meet ({@code sin(x)/tan(x) = cos(x)}). The search keeps the result only when
 * it ends up smaller.
 */
final class Trig {
    private Trig() {}

    /** The expression in sines and cosines, or null when it has nothing to rewrite. */
    static Node inSinesAndCosines(Node n) {
        if (!mentions(n)) return null;
        return rewrite(n, new IdentityHashMap<>());
    }

    private static boolean mentions(Node n) {
        for (Node c : n.children()) {
            Node base = Factor.base(c);
            if (base instanceof Call call && quotient(call) != null) return true;
        }
        return n instanceof Call call && quotient(call) != null;
    }

    private static Node rewrite(Node n, Map<Node, Node> done) {
        if (n.children().isEmpty()) return n;
        Node known = done.get(n);
        if (known != null) return known;
        List<Node> kids = new ArrayList<>();
        for (Node c : n.children()) kids.add(rewrite(c, done));
        Node rebuilt = Nodes.rebuild(n, kids);
        Node q = rebuilt instanceof Call call ? quotient(call) : null;
        Node result = q != null ? q : rebuilt;
        done.put(n, result);
        return result;
    }

    /** tan(u) = sin(u)/cos(u) and its kin; null for other calls. */
    private static Node quotient(Call c) {
        Node u = c.arg();
        Function f = c.function();
        if (f == Function.TAN) return Nodes.div(Nodes.call(Function.SIN, u), Nodes.call(Function.COS, u));
        if (f == Function.COT) return Nodes.div(Nodes.call(Function.COS, u), Nodes.call(Function.SIN, u));
        if (f == Function.SEC) return Nodes.div(Nodes.ONE, Nodes.call(Function.COS, u));
        if (f == Function.CSC) return Nodes.div(Nodes.ONE, Nodes.call(Function.SIN, u));
        if (f == Function.TANH) return Nodes.div(Nodes.call(Function.SINH, u), Nodes.call(Function.COSH, u));
        return null;
    }
}
