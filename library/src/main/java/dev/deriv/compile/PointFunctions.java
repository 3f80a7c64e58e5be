package dev.deriv.compile;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

/**
 * A compiled function's outputs as plain functions of one point, for optimizers
 * that call the value and the gradient at the same point one after the other
 * (commons-math3's take them as {@code f::applyAsDouble} and {@code g::apply}).
 * For a function compiled with outputs {@code [f, df/dx1, ..., df/dxn]}, the
 * functions of one instance share the last evaluation, so that the value and the
 * gradient at one point cost one evaluation. Thread-safe.
 *
 * <p>The types are the JDK's on purpose: commons-math3 is relocated inside the
 * library jar, so its types cannot be part of the API.
 */
public final class PointFunctions {
    private record Entry(double[] x, double[] values) {}

    private final CompiledFunction f;
    private volatile Entry last;

    public PointFunctions(CompiledFunction f) { this.f = f; }

    private double[] at(double[] x) {
        Entry e = last;
        if (e != null && Arrays.equals(e.x, x)) return e.values;
        double[] values = f.evalAt(x);
        last = new Entry(x.clone(), values);
        return values;
    }

    /** Output {@code k} as a function of the inputs. */
    public ToDoubleFunction<double[]> function(int k) {
        if (k < 0 || k >= f.outputCount()) throw new IllegalArgumentException("no output " + k + " of " + f.outputCount());
        return x -> at(x)[k];
    }

    /** Outputs {@code from .. from+n-1}, n the number of inputs: the gradient when they are the partials. */
    public UnaryOperator<double[]> gradient(int from) {
        int count = f.inputCount();
        if (from < 0 || from + count > f.outputCount()) {
            throw new IllegalArgumentException("outputs " + from + ".." + (from + count - 1) + " of " + f.outputCount());
        }
        return x -> Arrays.copyOfRange(at(x), from, from + count);
    }
}
