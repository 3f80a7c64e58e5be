package dev.deriv.tensor;

import java.util.Arrays;

/**
 * A dense tensor of doubles, row-major, with its sizes: {@code []} for a scalar,
 * {@code [n]} for a vector, {@code [m, n]} for a matrix.
 */
public record TensorValue(int[] sizes, double[] data) {
    public TensorValue {
        long count = 1;
        for (int s : sizes) count *= s;
        if (count != data.length) throw new IllegalArgumentException("sizes " + Arrays.toString(sizes) + " hold " + count + " values, not " + data.length);
    }

    public static TensorValue scalar(double v) { return new TensorValue(new int[0], new double[] {v}); }

    public static TensorValue vector(double... v) { return new TensorValue(new int[] {v.length}, v.clone()); }

    public static TensorValue matrix(double[][] rows) {
        int m = rows.length, n = rows[0].length;
        double[] d = new double[m * n];
        for (int i = 0; i < m; i++) System.arraycopy(rows[i], 0, d, i * n, n);
        return new TensorValue(new int[] {m, n}, d);
    }

    public int rows() { return sizes.length == 0 ? 1 : sizes[0]; }

    public int cols() { return sizes.length == 2 ? sizes[1] : 1; }

    public double get(int i, int j) { return data[i * cols() + j]; }

    public double scalar() {
        if (data.length != 1) throw new IllegalStateException("not a scalar: " + Arrays.toString(sizes));
        return data[0];
    }

    /** As nested lists: {@code [[1.0, 2.0], [3.0, 4.0]]}. */
    @Override public String toString() {
        if (sizes.length == 0) return Double.toString(data[0]);
        if (sizes.length == 1) return Arrays.toString(data);
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < rows(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(Arrays.toString(Arrays.copyOfRange(data, i * cols(), (i + 1) * cols())));
        }
        return sb.append(']').toString();
    }

    @Override public boolean equals(Object o) {
        return o instanceof TensorValue t && Arrays.equals(sizes, t.sizes) && Arrays.equals(data, t.data);
    }

    @Override public int hashCode() { return 31 * Arrays.hashCode(sizes) + Arrays.hashCode(data); }
}
