package dev.deriv.bench;

import dev.deriv.Evaluator;

/** Before measuring: the compiled evaluator and the hand-written baselines compute the same values. */
final class Check {
    private Check() {}

    static void agree(Workload w, Evaluator ev, double[][] scratch) {
        double[][] a = w.newOutputs();
        ev.eval(w.in, a);
        Baselines.plain(w.id, w.in, scratch);
        compare(w, "plain", a, scratch);
        Baselines.vector(w.id, w.in, scratch);
        compare(w, "vector", a, scratch);
    }

    private static void compare(Workload w, String what, double[][] a, double[][] b) {
        for (int k = 0; k < a.length; k++) {
            for (int i = 0; i < a[k].length; i += 101) {
                double tol = 1e-12 * Math.max(1, Math.abs(a[k][i]));
                if (!(Math.abs(a[k][i] - b[k][i]) <= tol)) {
                    throw new IllegalStateException(w.id + ": compiled " + a[k][i] + " but " + what + " Java " + b[k][i]
                            + " (output " + k + ", point " + i + ")");
                }
            }
        }
    }
}
