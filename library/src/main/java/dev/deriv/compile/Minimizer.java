package dev.deriv.compile;

import dev.deriv.expr.Deadline;
import java.util.Arrays;

/**
 * Unconstrained minimization with a compiled gradient: nonlinear conjugate
 * gradient (Polak-Ribiere+, restarted when it stops descending) with a line
 * search for the strong Wolfe conditions. Stops when the largest component of
 * the gradient is at most {@link Options#gradientTolerance}, when the value stops
 * decreasing, or after {@link Options#maxIterations}.
 */
public final class Minimizer {
    private Minimizer() {}

    /** The function to minimize: its value at x, with its gradient written into {@code gradient}. */
    @FunctionalInterface
    public interface Objective {
        double evaluate(double[] x, double[] gradient);
    }

    /** Called once before the first iteration (index 0, the start) and after every iteration. */
    @FunctionalInterface
    public interface Listener {
        void iteration(int index, double value, double gradientNorm, double[] point);
    }

    /**
     * @param maxIterations      iterations before giving up
     * @param gradientTolerance  stop when max |df/dx_i| is at most this
     * @param valueTolerance     stop when the value decreases by less than this (relative) over 5 iterations
     */
    public record Options(int maxIterations, double gradientTolerance, double valueTolerance) {
        public static Options defaults() { return new Options(10_000, 1e-10, 1e-16); }
    }

    /**
     * @param point        where the minimum was found
     * @param value        the value there
     * @param gradientNorm max |df/dx_i| there
     * @param iterations   iterations done
     * @param evaluations  evaluations of value and gradient
     * @param converged    true when the gradient tolerance was met
     * @param message      why it stopped
     */
    public record Result(double[] point, double value, double gradientNorm, int iterations, int evaluations,
                         boolean converged, String message) {
        /** The point's coordinates, not the array's identity that a record prints by default. */
        @Override
        public String toString() {
            return "Result[point=" + Arrays.toString(point) + ", value=" + value + ", gradientNorm=" + gradientNorm
                    + ", iterations=" + iterations + ", evaluations=" + evaluations + ", converged=" + converged
                    + ", message=" + message + "]";
        }
    }

    /** Minimizes a compiled function whose outputs are f and then its partials, in the order of its variables. */
    public static Result minimize(CompiledFunction fAndGradient, double[] start, Options options, Listener listener) {
        int n = fAndGradient.inputCount();
        if (fAndGradient.outputCount() != n + 1) {
            throw new IllegalArgumentException("expected " + (n + 1) + " outputs (f and " + n + " partials), got "
                    + fAndGradient.outputCount());
        }
        return minimize(objective(fAndGradient), start, options, listener);
    }

    /** The objective of a compiled function whose outputs are f and then its partials. */
    public static Objective objective(CompiledFunction fAndGradient) {
        return (x, g) -> {
            double[] r = fAndGradient.evalAt(x);
            System.arraycopy(r, 1, g, 0, g.length);
            return r[0];
        };
    }

    public static Result minimize(Objective f, double[] start, Options options, Listener listener) {
        int n = start.length;
        Search s = new Search(f, n);
        double[] x = start.clone();
        double[] g = new double[n];
        double fx = s.eval(x, g);
        if (!Double.isFinite(fx)) {
            return new Result(x, fx, norm(g), 0, s.evaluations, false, "the function is not finite at the start");
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = -g[i];
        double gnorm = norm(g);
        if (listener != null) listener.iteration(0, fx, gnorm, x.clone());
        double previousStep = 1.0 / Math.max(1.0, gnorm);
        double fPrevious = Double.NaN;
        double[] history = new double[5];
        Arrays.fill(history, Double.POSITIVE_INFINITY);
        int k = 0;
        String message = "maximum iterations reached";
        boolean converged = false;
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        while (k < options.maxIterations()) {
            if (!Double.isFinite(gnorm)) {
                // e.g. abs(x) reached exactly 0: no direction to follow, and restarting would loop forever
                message = "the gradient is not finite at the current point";
                break;
            }
            if (gnorm <= options.gradientTolerance()) {
                converged = true;
                message = "gradient below tolerance";
                break;
            }
            double slope = dot(g, d);
            if (!(slope < 0)) {
                // not a descent direction: restart along the steepest descent
                for (int i = 0; i < n; i++) d[i] = -g[i];
                slope = dot(g, d);
            }
            double alpha0 = Double.isNaN(fPrevious)
                    ? previousStep
                    : Math.min(1.0, Math.max(previousStep * 1e-3, 2.02 * (fx - fPrevious) / slope));
            if (!(alpha0 > 0) || !Double.isFinite(alpha0)) alpha0 = previousStep;
            double alpha = s.lineSearch(x, fx, d, slope, alpha0, xNew, gNew);
            if (alpha <= 0) {
                if (isSteepest(d, g)) {
                    message = "line search found no decrease";
                    converged = gnorm <= Math.sqrt(options.gradientTolerance());
                    break;
                }
                for (int i = 0; i < n; i++) d[i] = -g[i];
                continue;
            }
            k++;
            fPrevious = fx;
            double fNew = s.lastValue;
            // Polak-Ribiere+
            double num = 0;
            double den = 0;
            for (int i = 0; i < n; i++) {
                num += gNew[i] * (gNew[i] - g[i]);
                den += g[i] * g[i];
            }
            double beta = den == 0 ? 0 : Math.max(0, num / den);
            if (k % Math.max(n, 1) == 0 && n > 1) beta = 0;
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            for (int i = 0; i < n; i++) d[i] = -g[i] + beta * d[i];
            fx = fNew;
            gnorm = norm(g);
            previousStep = alpha;
            if (listener != null) listener.iteration(k, fx, gnorm, x.clone());
            double oldest = history[k % 5];
            history[k % 5] = fx;
            if (Double.isFinite(oldest) && oldest - fx <= options.valueTolerance() * Math.max(1, Math.abs(fx))
                    && gnorm > options.gradientTolerance()) {
                message = "value stopped decreasing";
                converged = gnorm <= Math.sqrt(options.gradientTolerance());
                break;
            }
        }
        if (gnorm <= options.gradientTolerance()) {
            converged = true;
            message = "gradient below tolerance";
        }
        return new Result(x, fx, gnorm, k, s.evaluations, converged, message);
    }

    private static boolean isSteepest(double[] d, double[] g) {
        for (int i = 0; i < d.length; i++) if (d[i] != -g[i]) return false;
        return true;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static double norm(double[] g) {
        double m = 0;
        for (double v : g) m = Math.max(m, Math.abs(v));
        return m;
    }

    /** Line search for the strong Wolfe conditions (Nocedal and Wright, algorithms 3.5 and 3.6). */
    private static final class Search {
        private static final double C1 = 1e-4;
        private static final double C2 = 0.1;
        private final Objective f;
        private final double[] trial;
        private final double[] trialGradient;
        int evaluations;
        double lastValue;

        Search(Objective f, int n) {
            this.f = f;
            this.trial = new double[n];
            this.trialGradient = new double[n];
        }

        double eval(double[] x, double[] g) {
            evaluations++;
            Deadline.checkNow(); // an evaluation of a big gradient can take long: the request's budget holds here too
            return f.evaluate(x, g);
        }

        /** phi(a) at x + a*d, leaving the point and gradient in trial, trialGradient; returns phi. */
        private double phi(double[] x, double[] d, double a) {
            for (int i = 0; i < x.length; i++) trial[i] = x[i] + a * d[i];
            return eval(trial, trialGradient);
        }

        private double dphi(double[] d) { return dot(trialGradient, d); }

        /** The step taken, with the new point and gradient in xNew, gNew and the value in lastValue; 0 on failure. */
        double lineSearch(double[] x, double f0, double[] d, double slope0, double a1, double[] xNew, double[] gNew) {
            double aPrev = 0;
            double fPrev = f0;
            double dPrev = slope0;
            double a = a1;
            double best = 0; // the step of the lowest sufficient decrease seen, taken if the curvature never settles
            double bestF = f0;
            boolean edge = false; // a step reached where the loss or its gradient is not finite
            for (int i = 0; i < 60; i++) {
                double fa = phi(x, d, a);
                double da = dphi(d);
                if (!Double.isFinite(fa) || !Double.isFinite(da)) {
                    // NaN or infinite (sqrt(x) past 0, or its gradient at 0): back off towards the last finite step
                    a = aPrev + (a - aPrev) / 4;
                    edge = true;
                    continue;
                }
                if (fa > f0 + C1 * a * slope0 || (i > 0 && fa >= fPrev)) {
                    return zoom(x, f0, d, slope0, aPrev, fPrev, dPrev, a, fa, xNew, gNew);
                }
                if (Math.abs(da) <= -C2 * slope0) return accept(a, fa, xNew, gNew);
                if (da >= 0) return zoom(x, f0, d, slope0, a, fa, da, aPrev, fPrev, xNew, gNew);
                if (fa < bestF) {
                    best = a;
                    bestF = fa;
                }
                aPrev = a;
                fPrev = fa;
                dPrev = da;
                a = a * 2;
            }
            // squeezed against the edge of the domain (sqrt(x) towards 0, where the slope grows without
            // bound): the curvature condition never holds, but the decrease found is a step all the same
            // (without an edge, steps that only grow mean an unbounded loss: the caller says so)
            if (best == 0 || !edge) return 0;
            return accept(best, phi(x, d, best), xNew, gNew);
        }

        private double zoom(double[] x, double f0, double[] d, double slope0, double lo, double fLo, double dLo,
                            double hi, double fHi, double[] xNew, double[] gNew) {
            double best = 0;
            double bestF = f0;
            boolean edge = false; // a step reached where the loss or its gradient is not finite
            for (int i = 0; i < 60; i++) {
                double a = interpolate(lo, fLo, dLo, hi, fHi);
                double fa = phi(x, d, a);
                double da = dphi(d);
                if (Double.isFinite(fa) && fa < bestF) {
                    best = a;
                    bestF = fa;
                    System.arraycopy(trial, 0, xNew, 0, x.length);
                    System.arraycopy(trialGradient, 0, gNew, 0, x.length);
                }
                if (!Double.isFinite(fa) || fa > f0 + C1 * a * slope0 || fa >= fLo) {
                    hi = a;
                    fHi = fa;
                } else {
                    if (Math.abs(da) <= -C2 * slope0) return accept(a, fa, xNew, gNew);
                    if (da * (hi - lo) >= 0) {
                        hi = lo;
                        fHi = fLo;
                    }
                    lo = a;
                    fLo = fa;
                    dLo = da;
                }
                if (Math.abs(hi - lo) <= 1e-16 * Math.max(1, Math.abs(lo))) break;
            }
            // the interval collapsed: take the best decrease seen, if any
            lastValue = bestF;
            return best;
        }

        /** Minimizer of the quadratic through (lo, fLo, dLo) and (hi, fHi), kept inside the interval. */
        private static double interpolate(double lo, double fLo, double dLo, double hi, double fHi) {
            double h = hi - lo;
            double denom = 2 * (fHi - fLo - dLo * h);
            double a = Double.isFinite(fHi) && denom != 0 ? lo - dLo * h * h / denom : Double.NaN;
            double min = Math.min(lo, hi) + 0.1 * Math.abs(h);
            double max = Math.max(lo, hi) - 0.1 * Math.abs(h);
            if (!(a >= min && a <= max)) a = lo + h / 2;
            return a;
        }

        private double accept(double a, double fa, double[] xNew, double[] gNew) {
            System.arraycopy(trial, 0, xNew, 0, trial.length);
            System.arraycopy(trialGradient, 0, gNew, 0, trial.length);
            lastValue = fa;
            return a;
        }
    }
}
