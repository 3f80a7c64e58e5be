package dev.deriv.testing;

import java.util.Random;

/**
 * Random expressions as text, each with an oracle of its value as written: the
 * oracle walks the tree the text describes, operation by operation, in doubles,
 * with real-only semantics, so it is undefined (NaN) wherever any operation of
 * the text is (a divisor 0, sqrt or a fractional power of a negative number, ln
 * of a non-positive one, asin beyond ±1), however the library canonicalizes or
 * simplifies. Among the operations are the ones canonical forms cancel
 * ({@code (A)/(A)}, {@code sqrt(A)^2}, {@code exp(ln(A))}, {@code (A)*(B)/(B)}),
 * the written domain's reason to exist. Independent of the library: neither the
 * parser nor any evaluator of it is used.
 */
public final class WrittenExprs {
    private WrittenExprs() {}

    /** A value at a point in both coordinates; NaN where the text is undefined. */
    public interface Oracle {
        double at(double x, double y, Scale scale);
    }

    /** The largest magnitude met on the way, for tolerances: cancellation loses digits of it. */
    public static final class Scale {
        private double max = 1;

        double seen(double v) {
            if (Double.isFinite(v)) max = Math.max(max, Math.abs(v));
            return v;
        }

        public double max() { return max; }
    }

    /**
     * A decision the oracle cannot take in doubles: a divisor, or the argument of a restricted
     * function, within rounding of a domain's end, or a value beyond the doubles' comfortable range.
     * The try is then not decided by the oracle, and skipped.
     */
    public static final class Uncertain extends RuntimeException {
        Uncertain() { super(null, null, false, false); }
    }

    public record Written(String text, Oracle oracle) {
        @Override public String toString() { return text; }
    }

    public static Written random(Random rnd, int depth) {
        if (depth == 0 || rnd.nextInt(5) == 0) return leaf(rnd);
        Written a = random(rnd, depth - 1);
        Written b = random(rnd, depth - 1);
        Oracle fa = a.oracle();
        Oracle fb = b.oracle();
        String ta = "(" + a.text() + ")";
        String tb = "(" + b.text() + ")";
        switch (rnd.nextInt(17)) {
            case 0: return new Written(ta + " + " + tb, (x, y, s) -> s.seen(fa.at(x, y, s) + fb.at(x, y, s)));
            case 1: return new Written(ta + " - " + tb, (x, y, s) -> s.seen(fa.at(x, y, s) - fb.at(x, y, s)));
            case 2: return new Written(ta + "*" + tb, (x, y, s) -> s.seen(fa.at(x, y, s) * fb.at(x, y, s)));
            case 3: return new Written(ta + "/" + tb, (x, y, s) -> s.seen(fa.at(x, y, s) / nonzero(fb.at(x, y, s), s)));
            case 4: {
                int k = new int[] {2, 3, -1, -2}[rnd.nextInt(4)];
                return new Written(ta + "^" + (k < 0 ? "(" + k + ")" : k), (x, y, s) -> {
                    double v = fa.at(x, y, s);
                    return s.seen(Math.pow(k < 0 ? nonzero(v, s) : v, k));
                });
            }
            case 5: return new Written("sqrt" + ta, (x, y, s) -> Math.sqrt(notNegative(fa.at(x, y, s), s)));
            case 6: return new Written("ln" + ta, (x, y, s) -> s.seen(Math.log(positive(fa.at(x, y, s), s))));
            case 7: return new Written("asin" + ta, (x, y, s) -> Math.asin(withinOne(fa.at(x, y, s), s)));
            case 8: return new Written("exp" + ta, (x, y, s) -> s.seen(Math.exp(moderate(fa.at(x, y, s)))));
            case 9: return new Written("sin" + ta, (x, y, s) -> Math.sin(moderate(fa.at(x, y, s))));
            case 10: return new Written(ta + "^(1/3)", (x, y, s) -> Math.cbrt(notNegative(fa.at(x, y, s), s)));
            case 11: return new Written(ta + "/" + ta, (x, y, s) -> {
                double v = nonzero(fa.at(x, y, s), s);
                return Double.isNaN(v) ? v : 1;
            });
            case 12: return new Written("sqrt" + ta + "^2", (x, y, s) -> notNegative(fa.at(x, y, s), s));
            case 13: return new Written("exp(ln" + ta + ")", (x, y, s) -> positive(fa.at(x, y, s), s));
            case 14: return new Written(ta + "*" + tb + "/" + tb, (x, y, s) -> {
                double v = fa.at(x, y, s);
                double w = nonzero(fb.at(x, y, s), s);
                return Double.isNaN(w) ? w : v;
            });
            case 15: return new Written("abs" + ta, (x, y, s) -> Math.abs(fa.at(x, y, s)));
            default: return new Written("acos" + ta, (x, y, s) -> Math.acos(withinOne(fa.at(x, y, s), s)));
        }
    }

    private static Written leaf(Random rnd) {
        switch (rnd.nextInt(6)) {
            case 0: case 1: return new Written("x", (x, y, s) -> x);
            case 2: return new Written("y", (x, y, s) -> y);
            default: {
                int k = 1 + rnd.nextInt(3);
                return new Written(Integer.toString(k), (x, y, s) -> k);
            }
        }
    }

    private static boolean nearZero(double v, Scale s) {
        return v != 0 && Math.abs(v) <= 1e-9 * s.max();
    }

    private static double nonzero(double v, Scale s) {
        if (nearZero(v, s)) throw new Uncertain();
        return v == 0 ? Double.NaN : v;
    }

    private static double notNegative(double v, Scale s) {
        if (nearZero(v, s)) throw new Uncertain();
        return v < 0 ? Double.NaN : v;
    }

    private static double positive(double v, Scale s) {
        if (nearZero(v, s)) throw new Uncertain();
        return v <= 0 ? Double.NaN : v;
    }

    private static double withinOne(double v, Scale s) {
        if (Math.abs(Math.abs(v) - 1) <= 1e-9 * s.max() && Math.abs(v) != 1) throw new Uncertain();
        return Math.abs(v) > 1 ? Double.NaN : v;
    }

    private static double moderate(double v) {
        if (Math.abs(v) > 40) throw new Uncertain(); // exp beyond 1e17 and sin of large arguments: left out
        return v;
    }
}
