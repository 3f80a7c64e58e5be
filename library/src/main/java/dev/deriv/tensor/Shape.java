package dev.deriv.tensor;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The shape of a tensor: {@code []} for a scalar, {@code [n]} for a (column)
 * vector, {@code [m, n]} for a matrix; a row vector (a transposed vector standing
 * alone) is the matrix {@code [1, n]}.
 */
public record Shape(List<Dim> dims) {
    public static final Shape SCALAR = new Shape(List.of());

    public Shape {
        dims = List.copyOf(dims);
        if (dims.size() > 2) throw new IllegalArgumentException("tensors of order 3 and above are not supported yet: " + dims);
    }

    public static Shape vector(Dim n) { return new Shape(List.of(n)); }

    public static Shape matrix(Dim m, Dim n) { return new Shape(List.of(m, n)); }

    public int order() { return dims.size(); }

    public boolean isScalar() { return dims.isEmpty(); }

    public boolean isVector() { return dims.size() == 1; }

    public boolean isMatrix() { return dims.size() == 2; }

    public Dim dim(int i) { return dims.get(i); }

    /** Rows when this takes part in a matrix product: a vector is a column. */
    public Dim rows() { return isScalar() ? Dim.ONE : dims.get(0); }

    /** Columns when this takes part in a matrix product. */
    public Dim cols() { return dims.size() == 2 ? dims.get(1) : Dim.ONE; }

    /** The shape of a product result with these rows and columns: 1×1 is a scalar, n×1 a vector. */
    static Shape ofRowsCols(Dim rows, Dim cols) {
        if (rows.isOne() && cols.isOne()) return SCALAR;
        if (cols.isOne()) return vector(rows);
        return matrix(rows, cols);
    }

    public Shape transposed() { return isMatrix() ? ofRowsCols(cols(), rows()) : isVector() ? matrix(Dim.ONE, dims.get(0)) : this; }

    /** As in the messages: {@code m×n}, {@code n}, {@code scalar}. */
    @Override public String toString() {
        return isScalar() ? "scalar" : dims.stream().map(Dim::toString).collect(Collectors.joining("×"));
    }
}
