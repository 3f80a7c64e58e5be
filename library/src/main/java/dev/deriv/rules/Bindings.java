package dev.deriv.rules;

import dev.deriv.expr.Node;
import dev.deriv.expr.Var;
import java.util.HashMap;
import java.util.Map;

/** What a match bound each pattern variable to. Immutable: {@link #with} returns an extended copy. */
public final class Bindings {
    public static final Bindings EMPTY = new Bindings(Map.of());

    private final Map<Var, Node> values;

    private Bindings(Map<Var, Node> values) { this.values = values; }

    public Node get(Var v) { return values.get(v); }

    public boolean has(Var v) { return values.containsKey(v); }

    public Map<Var, Node> asMap() { return values; }

    public Bindings with(Var v, Node n) {
        Map<Var, Node> m = new HashMap<>(values);
        m.put(v, n);
        return new Bindings(m);
    }

    @Override
    public String toString() { return values.toString(); }
}
