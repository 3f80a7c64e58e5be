package dev.deriv;

import dev.deriv.compile.Minimizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where {@link Evaluator#minimize(Expr, Map)} stopped, and why.
 *
 * @param point        the point found: each variable's value, in the order of the starting point
 * @param value        the function's value there
 * @param gradientNorm the largest partial derivative there, in absolute value
 * @param iterations   iterations done
 * @param evaluations  evaluations of the value and the gradient
 * @param converged    true when the gradient tolerance was met
 * @param message      why the search stopped, e.g. "gradient below tolerance"
 */
public record Minimum(Map<String, Double> point, double value, double gradientNorm, int iterations,
                      int evaluations, boolean converged, String message) {
    /**
     * Keeps an unmodifiable copy of the point, in its order.
     *
     * @param point        each variable's value
     * @param value        the function's value there
     * @param gradientNorm the largest |df/dx_i| there
     * @param iterations   iterations done
     * @param evaluations  evaluations of the value and the gradient
     * @param converged    whether the gradient tolerance was met
     * @param message      why the search stopped
     */
    public Minimum {
        point = Collections.unmodifiableMap(new LinkedHashMap<>(point));
        Objects.requireNonNull(message, "message");
    }

    /**
     * Options of the search.
     *
     * @param maxIterations     iterations before giving up, at least 0
     * @param gradientTolerance stop when the largest |df/dx_i| is at most this
     * @param valueTolerance    stop when the value decreases by less than this (relative) over 5 iterations
     */
    public record Options(int maxIterations, double gradientTolerance, double valueTolerance) {
        /**
         * Checks the options.
         *
         * @param maxIterations     iterations before giving up, at least 0
         * @param gradientTolerance stop when the largest |df/dx_i| is at most this
         * @param valueTolerance    stop when the relative decrease over 5 iterations is below this
         * @throws IllegalArgumentException when maxIterations is negative or a tolerance is negative or NaN
         */
        public Options {
            if (maxIterations < 0) throw new IllegalArgumentException("maxIterations must be at least 0, not " + maxIterations);
            if (!(gradientTolerance >= 0) || !(valueTolerance >= 0)) {
                throw new IllegalArgumentException("tolerances must be at least 0, not " + gradientTolerance
                        + " and " + valueTolerance);
            }
        }

        /**
         * 10,000 iterations, gradient tolerance 1e-10, value tolerance 1e-16.
         *
         * @return the default options
         */
        public static Options defaults() {
            Minimizer.Options d = Minimizer.Options.defaults(); // the one home of the numbers
            return new Options(d.maxIterations(), d.gradientTolerance(), d.valueTolerance());
        }
    }

    /** Told about each iterate of the search, for progress reports; may stop it by throwing. */
    @FunctionalInterface
    public interface Listener {
        /**
         * Called once before the first iteration (index 0, the start) and after every iteration.
         *
         * @param index        the iteration
         * @param value        the function's value at the iterate
         * @param gradientNorm the largest |df/dx_i| there
         * @param point        the iterate, one value per variable in order (a copy the listener may keep)
         */
        void iteration(int index, double value, double gradientNorm, double[] point);
    }

    /**
     * For example {@code minimum 1.46E-25 at {x=1.0, y=1.0}: converged after 35 iterations
     * (gradient below tolerance, |grad| 3.69E-13, 143 evaluations)}.
     *
     * @return the point, the value and why the search stopped, on one line
     */
    @Override
    public String toString() {
        return "minimum " + value + " at " + point + ": " + (converged ? "converged" : "not converged") + " after "
                + iterations + (iterations == 1 ? " iteration (" : " iterations (") + message + ", |grad| "
                + gradientNorm + ", " + evaluations + " evaluations)";
    }
}
