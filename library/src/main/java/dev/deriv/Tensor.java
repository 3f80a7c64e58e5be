package dev.deriv;

import java.util.Arrays;

/**
 * A dense array of doubles with a shape, row-major, for
 * {@link Evaluator#eval(java.util.Map)}. A tensor of shape {@code []} (or of any
 * shape with one element) is a scalar, which broadcasts against any shape. The
 * data array is shared, not copied, so that large inputs cost no copy: a tensor
 * made from an array sees later writes to it, and {@link #data()} is that array.
 */
public final class Tensor {
    private final int[] shape;
    private final double[] data;

    private Tensor(int[] shape, double[] data) {
        this.shape = shape;
        this.data = data;
    }

    /**
     * A tensor over {@code data} (not copied) with the given shape.
     *
     * @param data  the values, row-major
     * @param shape the dimensions; their product must be {@code data.length}
     * @return the tensor
     * @throws IllegalArgumentException when a dimension is negative or the shape does not hold data.length values
     */
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

    /**
     * A one-dimensional tensor over {@code data} (not copied).
     *
     * @param data the values
     * @return the tensor of shape {@code [data.length]}
     */
    public static Tensor vector(double... data) { return new Tensor(new int[] {data.length}, data); }

    /**
     * A scalar.
     *
     * @param value its value
     * @return the tensor of shape {@code []}
     */
    public static Tensor scalar(double value) { return new Tensor(new int[0], new double[] {value}); }

    /**
     * A new tensor of zeros.
     *
     * @param shape the dimensions
     * @return the tensor
     */
    public static Tensor zeros(int... shape) {
        long size = 1;
        for (int d : shape) size *= d;
        return of(new double[Math.toIntExact(size)], shape);
    }

    /**
     * The dimensions.
     *
     * @return a copy of the shape
     */
    public int[] shape() { return shape.clone(); }

    /**
     * The number of dimensions.
     *
     * @return the length of the shape, 0 for a scalar
     */
    public int rank() { return shape.length; }

    /**
     * The number of elements.
     *
     * @return the product of the shape
     */
    public int size() { return data.length; }

    /**
     * Whether this tensor broadcasts as a scalar.
     *
     * @return true when it holds exactly one element
     */
    public boolean isScalar() { return data.length == 1; }

    /**
     * The values, row-major.
     *
     * @return the backing array (not a copy)
     */
    public double[] data() { return data; }

    /**
     * The element at a multi-index.
     *
     * @param index one index per dimension
     * @return the element, row-major
     * @throws IllegalArgumentException  when the number of indices is not the rank
     * @throws IndexOutOfBoundsException when an index is outside its dimension
     */
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

    /** Equal when the shapes and all values are equal (as {@link Arrays#equals(double[], double[])} compares). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && Arrays.equals(shape, t.shape) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() { return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data); }

    /** {@code Tensor[2, 2][1.0, 2.0, 3.0, 4.0]}: the shape, then the values (the first two and the last, when more than 8). */
    @Override
    public String toString() {
        if (data.length <= 8) return "Tensor" + Arrays.toString(shape) + Arrays.toString(data);
        return "Tensor" + Arrays.toString(shape) + "[" + data[0] + ", " + data[1] + ", ... " + data[data.length - 1] + "]";
    }
}
