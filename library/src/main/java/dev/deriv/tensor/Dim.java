package dev.deriv.tensor;

/**
 * One dimension of a shape: a fixed size ({@code 3}) or a name ({@code n}) whose
 * size is bound when values are given ({@link Unifier}). While an expression is
 * built, two names are the same dimension only when they are the same name: a
 * product of {@code A (m×n)} and {@code y (k)} is an error, not an equation n = k.
 *
 * @param name the name, or null for a fixed size
 * @param size the fixed size, or -1 for a named dimension
 */
public record Dim(String name, int size) {
    /** The dimension of length one that a vector gets as a column ({@code n×1}) or a row ({@code 1×n}). */
    public static final Dim ONE = new Dim(null, 1);

    public Dim {
        if ((name == null) == (size < 0)) throw new IllegalArgumentException("a dimension is a name or a size, not both");
    }

    public static Dim named(String name) { return new Dim(name, -1); }

    public static Dim of(int size) {
        if (size < 1) throw new IllegalArgumentException("a dimension must be at least 1, not " + size);
        return new Dim(null, size);
    }

    public boolean isOne() { return name == null && size == 1; }

    @Override public String toString() { return name != null ? name : Integer.toString(size); }
}
