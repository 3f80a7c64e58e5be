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
 * be shared by any number of threads. A rule file with many definitions grows a
 * {@link Builder} instead: copying the table once per definition made loading
 * 100,000 definitions quadratic (over a minute).
 */
public final class Functions {
    /** Names the parser rewrites into other forms (kept in the registry). */
    public static final List<String> REWRITTEN = FunctionRegistry.REWRITTEN;

    private static final Functions BUILTIN = new Functions(indexed(Function.BUILTINS));

    private final Map<String, Function> byName;

    private Functions(Map<String, Function> byName) { this.byName = byName; }

    public static Functions builtin() { return BUILTIN; }

    public Optional<Function> lookup(String name) { return Optional.ofNullable(byName.get(name)); }

    public boolean isKnown(String name) {
        return byName.containsKey(name) || REWRITTEN.contains(name) || FunctionRegistry.ALIASES.containsKey(name);
    }

    /** The function a name stands for: {@code arcsin} is {@code asin}; any other name is itself. */
    public String canonicalName(String name) {
        return byName.containsKey(name) ? name : FunctionRegistry.ALIASES.getOrDefault(name, name);
    }

    public Collection<Function> all() { return byName.values(); }

    /** All names a user may call, for "did you mean" suggestions. */
    public List<String> names() {
        List<String> names = new ArrayList<>(byName.keySet());
        names.addAll(REWRITTEN);
        names.addAll(FunctionRegistry.ALIASES.keySet());
        return names;
    }

    /** These functions and {@code f}: a copy of the table, O(n); to add many, use a {@link Builder}. */
    public Functions with(Function f) {
        Map<String, Function> m = new LinkedHashMap<>(byName);
        m.put(f.name(), f);
        return new Functions(Map.copyOf(m));
    }

    /**
     * A table that grows one function at a time in O(1), for reading a rule file:
     * {@link #view()} gives the functions so far, to parse the next line with,
     * without copying; {@link #build()} the immutable result.
     */
    public static final class Builder {
        private final Map<String, Function> byName;

        public Builder(Functions base) {
            this.byName = new LinkedHashMap<>(base.byName);
        }

        public Builder add(Function f) {
            byName.put(f.name(), f);
            return this;
        }

        /**
         * The functions added so far, read-only but live: it sees later additions, so it is
         * for parsing at once (one line of the file), not to keep.
         */
        public Functions view() {
            return new Functions(java.util.Collections.unmodifiableMap(byName));
        }

        /** The extended view plus one more function that is not added (the rule files' D), still without copying. */
        public Functions viewWith(Function extra) {
            return new Functions(new OneMore(byName, extra));
        }

        public Functions build() {
            return new Functions(Map.copyOf(byName));
        }
    }

    /** A read-only map with one entry over another, in O(1) (entries are only enumerated for suggestions). */
    private static final class OneMore extends java.util.AbstractMap<String, Function> {
        private final Map<String, Function> base;
        private final Function extra;

        OneMore(Map<String, Function> base, Function extra) {
            this.base = base;
            this.extra = extra;
        }

        @Override
        public Function get(Object name) {
            return extra.name().equals(name) ? extra : base.get(name);
        }

        @Override
        public boolean containsKey(Object name) {
            return extra.name().equals(name) || base.containsKey(name);
        }

        @Override
        public java.util.Set<Map.Entry<String, Function>> entrySet() {
            Map<String, Function> all = new LinkedHashMap<>(base);
            all.put(extra.name(), extra);
            return java.util.Collections.unmodifiableMap(all).entrySet();
        }
    }

    private static Map<String, Function> indexed(List<Function> fs) {
        Map<String, Function> m = new LinkedHashMap<>();
        for (Function f : fs) m.put(f.name(), f);
        return Map.copyOf(m);
    }
}
