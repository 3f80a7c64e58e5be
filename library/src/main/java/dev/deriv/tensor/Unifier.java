package dev.deriv.tensor;

import java.util.HashMap;
import java.util.Map;

/**
 * Binds named dimensions to sizes: once {@code n} is 3 (from the value of x), every
 * other {@code n} must be 3 too. Used when values are given to an expression and
 * when a declaration fixes a name ({@code n=3}).
 */
public final class Unifier {
    private final Map<String, Integer> sizes = new HashMap<>();

    /** Binds {@code d} to {@code size}, or checks it; the message names both. */
    public void bind(Dim d, int size, String what) {
        if (d.name() == null) {
            if (d.size() != size) throw new ShapeException(what + " has " + size + " where its shape says " + d.size());
            return;
        }
        Integer known = sizes.putIfAbsent(d.name(), size);
        if (known != null && known != size) {
            throw new ShapeException(what + " has " + size + " where dimension " + d.name() + " is already " + known);
        }
    }

    /** The size of {@code d}; a ShapeException when it is a name not yet bound. */
    public int size(Dim d) {
        if (d.name() == null) return d.size();
        Integer s = sizes.get(d.name());
        if (s == null) throw new ShapeException("the size of dimension " + d.name() + " is not known: give a value with that dimension");
        return s;
    }

    public Map<String, Integer> sizes() { return Map.copyOf(sizes); }
}
