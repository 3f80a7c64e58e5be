package dev.deriv.expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The functions the parser knows: the built-ins, and those defined in rule
 * files. Immutable; {@link #with} returns an extended copy, so one instance can
 * be shared by any number of threads.
 */
public final class Functions {
    /** Names the parser rewrites into other forms (kept in the registry). */
    public static final List<String> REWRITTEN = FunctionRegistry.REWRITTEN;

    private static final Functions BUILTIN = new Functions(indexed(Function.BUILTINS));

    private final Map<String, Function> byName;

    private Functions(Map<String, Function> byName) { this.byName = byName; }

    public static Functions builtin() { return BUILTIN; }

    public Optional<Function> lookup(String name) { return Optional.ofNullable(byName.get(name)); }

    public boolean isKnown(String name) { return byName.containsKey(name) || REWRITTEN.contains(name); }

    public Collection<Function> all() { return byName.values(); }

    /** All names a user may call, for "did you mean" suggestions. */
    public List<String> names() {
        List<String> names = new ArrayList<>(byName.keySet());
        names.addAll(REWRITTEN);
        return names;
    }

    public Functions with(Function f) {
        Map<String, Function> m = new LinkedHashMap<>(byName);
        m.put(f.name(), f);
        return new Functions(Map.copyOf(m));
    }

    private static Map<String, Function> indexed(List<Function> fs) {
        Map<String, Function> m = new LinkedHashMap<>();
        for (Function f : fs) m.put(f.name(), f);
        return Map.copyOf(m);
    }
}
