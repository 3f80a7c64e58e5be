package dev.deriv.compile;

import java.util.Arrays;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.analysis.MultivariateVectorFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;

/**
 * Adapters from a compiled function to commons-math3's optimizer interfaces.
 * For a function compiled with outputs {@code [f, df/dx1, ..., df/dxn]}, the
 * adapters made by one {@link #adapt} share the last evaluation, so that the
 * value and the gradient at one point cost one evaluation. Thread-safe.
 *
 * <pre>{@code
 * CommonsMath.Adapter a = CommonsMath.adapt(fAndGradient);
 * new NonLinearConjugateGradientOptimizer(...).optimize(a.objective(), a.objectiveGradient(), ...);
 * }</pre>
 */
public final class CommonsMath {
    private CommonsMath() {}

    public static Adapter adapt(CompiledFunction f) { return new Adapter(f); }

    /** Output {@code k} as a function of the inputs. */
    public static MultivariateFunction function(CompiledFunction f, int k) { return adapt(f).function(k); }

    /** Outputs {@code from .. from+n-1} (n = number of inputs): the gradient when they are the partials. */
    public static MultivariateVectorFunction gradient(CompiledFunction f, int from) { return adapt(f).gradient(from); }

    /** Adapters over one compiled function, sharing its last evaluation. */
    public static final class Adapter {
        private record Entry(double[] x, double[] values) {}

        private final CompiledFunction f;
        private volatile Entry last;

        Adapter(CompiledFunction f) { this.f = f; }

        private double[] at(double[] x) {
            Entry e = last;
            if (e != null && Arrays.equals(e.x, x)) return e.values;
            double[] values = f.evalAt(x);
            last = new Entry(x.clone(), values);
            return values;
        }

        /** Output {@code k} as a function of the inputs. */
        public MultivariateFunction function(int k) {
            if (k < 0 || k >= f.outputCount()) throw new IllegalArgumentException("no output " + k);
            return x -> at(x)[k];
        }

        /** Outputs {@code from .. from+n-1}, n the number of inputs. */
        public MultivariateVectorFunction gradient(int from) { return vectorFunction(from, f.inputCount()); }

        /** Outputs {@code from .. from+count-1} as a vector function. */
        public MultivariateVectorFunction vectorFunction(int from, int count) {
            if (from < 0 || from + count > f.outputCount()) {
                throw new IllegalArgumentException("outputs " + from + ".." + (from + count - 1) + " of " + f.outputCount());
            }
            return x -> Arrays.copyOfRange(at(x), from, from + count);
        }

        /** Output 0 of a function compiled as {@code [f, gradient...]}. */
        public ObjectiveFunction objective() { return new ObjectiveFunction(function(0)); }

        /** Outputs 1..n of a function compiled as {@code [f, gradient...]}. */
        public ObjectiveFunctionGradient objectiveGradient() { return new ObjectiveFunctionGradient(gradient(1)); }
    }
}
