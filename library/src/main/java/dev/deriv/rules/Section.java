package dev.deriv.rules;

/** What a rule is for: computing derivatives, or rewriting expressions into simpler ones. */
public enum Section {
    DERIVATIVES("derivatives"), SIMPLIFY("simplify");

    public final String header;

    Section(String header) { this.header = header; }

    static Section byHeader(String h) {
        for (Section s : values()) if (s.header.equals(h)) return s;
        return null;
    }
}
