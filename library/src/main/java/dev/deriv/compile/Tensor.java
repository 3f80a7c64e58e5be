package dev.deriv.compile;

import java.util.Arrays;

/**
 * A dense array of doubles with a shape, row-major. A tensor of shape {@code []}
 * (or any shape of one element) is a scalar, which broadcasts against any shape
 * in {@link CompiledFunction#eval(java.util.Map)}. The data array is shared, not
 * copied: a tensor made from an array sees later writes to it.
 */
public final class Tensor {
    private final int[] shape;
    private final double[] data;

    private Tensor(int[] shape, double[] data) {
        this.shape = shape;
        this.data = data;
    }

    /** A tensor over {@code data} with the given shape; the product of the shape must be data.length. */
    public static Tensor of(double[] data, int... shape) {
        long size = 1;
        for (int d : shape) {
            if (d < 0) throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            size *= d;
        }
        if (size != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + size
                    + " values, not " + data.length);
        }
        return new Tensor(shape.clone(), data);
    }

    /** A one-dimensional tensor. */
    public static Tensor vector(double... data) { return new Tensor(new int[] {data.length}, data); }

    /** A scalar (shape []). */
    public static Tensor scalar(double value) { return new Tensor(new int[0], new double[] {value}); }

    /** A new tensor of zeros. */
    public static Tensor zeros(int... shape) {
        long size = 1;
        for (int d : shape) size *= d;
        return of(new double[Math.toIntExact(size)], shape);
    }

    public int[] shape() { return shape.clone(); }

    public int rank() { return shape.length; }

    public int size() { return data.length; }

    public boolean isScalar() { return data.length == 1; }

    /** The backing array, row-major (not a copy). */
    public double[] data() { return data; }

    /** The element at a multi-index (row-major). */
    public double get(int... index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("tensor of rank " + shape.length + " indexed with " + index.length + " indices");
        }
        int flat = 0;
        for (int d = 0; d < shape.length; d++) {
            if (index[d] < 0 || index[d] >= shape[d]) {
                throw new IndexOutOfBoundsException("index " + Arrays.toString(index) + " outside shape " + Arrays.toString(shape));
            }
            flat = flat * shape[d] + index[d];
        }
        return data[flat];
    }

    boolean sameShape(Tensor o) { return Arrays.equals(shape, o.shape); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && Arrays.equals(shape, t.shape) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() { return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data); }

    @Override
    public String toString() {
        if (data.length <= 8) return "Tensor" + Arrays.toString(shape) + Arrays.toString(data);
        return "Tensor" + Arrays.toString(shape) + "[" + data[0] + ", " + data[1] + ", ... " + data[data.length - 1] + "]";
    }
}
