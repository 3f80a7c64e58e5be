package dev.deriv.bench;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** Hand-written Java for each expression: a plain loop, and a Vector API loop with a scalar tail. */
final class Baselines {
    private Baselines() {}

    static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

    static void plain(String id, double[][] in, double[][] out) {
        switch (id) {
            case "E1": e1(in[0], out[0], 0, in[0].length); break;
            case "E2": e2(in[0], out[0], 0, in[0].length); break;
            case "E3": e3(in[0], in[1], out[0], 0, in[0].length); break;
            case "E4": e4(in[0], in[1], out[0], 0, in[0].length); break;
            case "E5f": e5f(in, out[0], 0, in[0].length); break;
            case "E5": e5(in, out, 0, in[0].length); break;
            case "LSE100f": lse(in, out, false); break;
            case "LSE100": lse(in, out, true); break;
            default: throw new IllegalArgumentException(id);
        }
    }

    static void vector(String id, double[][] in, double[][] out) {
        switch (id) {
            case "E1": e1v(in[0], out[0]); break;
            case "E2": e2v(in[0], out[0]); break;
            case "E3": e3v(in[0], in[1], out[0]); break;
            case "E4": e4v(in[0], in[1], out[0]); break;
            case "E5f": e5fv(in, out[0]); break;
            case "E5": e5v(in, out); break;
            case "LSE100f": lsev(in, out, false); break;
            case "LSE100": lsev(in, out, true); break;
            default: throw new IllegalArgumentException(id);
        }
    }

    // ---- plain loops ---------------------------------------------------------------------

    static void e1(double[] x, double[] o, int from, int to) {
        for (int i = from; i < to; i++) o[i] = 3 * x[i] * x[i] - 4 * x[i];
    }

    static void e2(double[] x, double[] o, int from, int to) {
        for (int i = from; i < to; i++) o[i] = Math.pow(x[i], x[i]) * (Math.log(x[i]) + 1);
    }

    static void e3(double[] x, double[] y, double[] o, int from, int to) {
        for (int i = from; i < to; i++) o[i] = Math.log(Math.exp(x[i]) + Math.exp(y[i]));
    }

    static void e4(double[] x, double[] y, double[] o, int from, int to) {
        for (int i = from; i < to; i++) {
            double a = x[i], b = y[i];
            o[i] = Math.sin(a) * Math.cos(b) + Math.exp(-a * b) / (1 + a * a) + Math.sqrt(a * b);
        }
    }

    static void e5f(double[][] in, double[] o, int from, int to) {
        double[] w = in[0], x = in[1], y = in[2], z = in[3];
        for (int i = from; i < to; i++) {
            double s1 = w[i] + x[i] + y[i] + z[i];
            double s2 = w[i] + x[i] - y[i] - z[i];
            double a = s1 * s1, b = s2 * s2;
            double p = a + b, m = a - b;
            double u = p * p, v = m * m;
            double t = u + v;
            o[i] = t * t;
        }
    }

    /** f and its gradient by hand, reverse mode. */
    static void e5(double[][] in, double[][] out, int from, int to) {
        double[] w = in[0], x = in[1], y = in[2], z = in[3];
        double[] f = out[0], gw = out[1], gx = out[2], gy = out[3], gz = out[4];
        for (int i = from; i < to; i++) {
            double s1 = w[i] + x[i] + y[i] + z[i];
            double s2 = w[i] + x[i] - y[i] - z[i];
            double a = s1 * s1, b = s2 * s2;
            double p = a + b, m = a - b;
            double u = p * p, v = m * m;
            double t = u + v;
            f[i] = t * t;
            double g = 2 * t;              // df/du = df/dv
            double da = g * (2 * p + 2 * m);
            double db = g * (2 * p - 2 * m);
            double d1 = da * 2 * s1, d2 = db * 2 * s2;
            gw[i] = d1 + d2;
            gx[i] = d1 + d2;
            gy[i] = d1 - d2;
            gz[i] = d1 - d2;
        }
    }

    /** LSE over k columns: the sum of exps accumulated column by column, as one would write it. */
    static void lse(double[][] in, double[][] out, boolean gradient) {
        int n = in[0].length;
        double[] sum = new double[n];
        for (int k = 0; k < in.length; k++) {
            double[] x = in[k];
            double[] e = gradient ? out[k + 1] : null;
            for (int i = 0; i < n; i++) {
                double v = Math.exp(x[i]);
                sum[i] += v;
                if (e != null) e[i] = v;
            }
        }
        double[] f = out[0];
        for (int i = 0; i < n; i++) f[i] = Math.log(sum[i]);
        if (gradient) {
            for (int i = 0; i < n; i++) sum[i] = 1 / sum[i];
            for (int k = 0; k < in.length; k++) {
                double[] g = out[k + 1];
                for (int i = 0; i < n; i++) g[i] *= sum[i];
            }
        }
    }

    // ---- Vector API loops ----------------------------------------------------------------

    static void e1v(double[] x, double[] o) {
        int i = 0, ub = S.loopBound(x.length);
        for (; i < ub; i += S.length()) {
            DoubleVector a = DoubleVector.fromArray(S, x, i);
            a.mul(a).mul(3).sub(a.mul(4)).intoArray(o, i);
        }
        e1(x, o, i, x.length);
    }

    static void e2v(double[] x, double[] o) {
        int i = 0, ub = S.loopBound(x.length);
        for (; i < ub; i += S.length()) {
            DoubleVector a = DoubleVector.fromArray(S, x, i);
            a.lanewise(VectorOperators.POW, a).mul(a.lanewise(VectorOperators.LOG).add(1)).intoArray(o, i);
        }
        e2(x, o, i, x.length);
    }

    static void e3v(double[] x, double[] y, double[] o) {
        int i = 0, ub = S.loopBound(x.length);
        for (; i < ub; i += S.length()) {
            DoubleVector a = DoubleVector.fromArray(S, x, i);
            DoubleVector b = DoubleVector.fromArray(S, y, i);
            a.lanewise(VectorOperators.EXP).add(b.lanewise(VectorOperators.EXP)).lanewise(VectorOperators.LOG).intoArray(o, i);
        }
        e3(x, y, o, i, x.length);
    }

    static void e4v(double[] x, double[] y, double[] o) {
        int i = 0, ub = S.loopBound(x.length);
        for (; i < ub; i += S.length()) {
            DoubleVector a = DoubleVector.fromArray(S, x, i);
            DoubleVector b = DoubleVector.fromArray(S, y, i);
            DoubleVector ab = a.mul(b);
            a.lanewise(VectorOperators.SIN).mul(b.lanewise(VectorOperators.COS))
                    .add(ab.neg().lanewise(VectorOperators.EXP).div(a.mul(a).add(1)))
                    .add(ab.sqrt()).intoArray(o, i);
        }
        e4(x, y, o, i, x.length);
    }

    static void e5fv(double[][] in, double[] o) {
        double[] w = in[0], x = in[1], y = in[2], z = in[3];
        int i = 0, ub = S.loopBound(w.length);
        for (; i < ub; i += S.length()) {
            DoubleVector wv = DoubleVector.fromArray(S, w, i), xv = DoubleVector.fromArray(S, x, i);
            DoubleVector yv = DoubleVector.fromArray(S, y, i), zv = DoubleVector.fromArray(S, z, i);
            DoubleVector wx = wv.add(xv), yz = yv.add(zv);
            DoubleVector s1 = wx.add(yz), s2 = wx.sub(yz);
            DoubleVector a = s1.mul(s1), b = s2.mul(s2);
            DoubleVector p = a.add(b), m = a.sub(b);
            DoubleVector t = p.mul(p).add(m.mul(m));
            t.mul(t).intoArray(o, i);
        }
        e5f(in, o, i, w.length);
    }

    static void e5v(double[][] in, double[][] out) {
        double[] w = in[0], x = in[1], y = in[2], z = in[3];
        int i = 0, ub = S.loopBound(w.length);
        for (; i < ub; i += S.length()) {
            DoubleVector wv = DoubleVector.fromArray(S, w, i), xv = DoubleVector.fromArray(S, x, i);
            DoubleVector yv = DoubleVector.fromArray(S, y, i), zv = DoubleVector.fromArray(S, z, i);
            DoubleVector wx = wv.add(xv), yz = yv.add(zv);
            DoubleVector s1 = wx.add(yz), s2 = wx.sub(yz);
            DoubleVector a = s1.mul(s1), b = s2.mul(s2);
            DoubleVector p = a.add(b), m = a.sub(b);
            DoubleVector t = p.mul(p).add(m.mul(m));
            t.mul(t).intoArray(out[0], i);
            DoubleVector g = t.mul(2);
            DoubleVector da = g.mul(p.add(m).mul(2)), db = g.mul(p.sub(m).mul(2));
            DoubleVector d1 = da.mul(s1).mul(2), d2 = db.mul(s2).mul(2);
            DoubleVector plus = d1.add(d2), minus = d1.sub(d2);
            plus.intoArray(out[1], i);
            plus.intoArray(out[2], i);
            minus.intoArray(out[3], i);
            minus.intoArray(out[4], i);
        }
        e5(in, out, i, w.length);
    }

    static void lsev(double[][] in, double[][] out, boolean gradient) {
        int n = in[0].length;
        double[] sum = new double[n];
        int ub = S.loopBound(n);
        for (int k = 0; k < in.length; k++) {
            double[] x = in[k];
            double[] e = gradient ? out[k + 1] : null;
            int i = 0;
            for (; i < ub; i += S.length()) {
                DoubleVector v = DoubleVector.fromArray(S, x, i).lanewise(VectorOperators.EXP);
                DoubleVector.fromArray(S, sum, i).add(v).intoArray(sum, i);
                if (e != null) v.intoArray(e, i);
            }
            for (; i < n; i++) {
                double v = Math.exp(x[i]);
                sum[i] += v;
                if (e != null) e[i] = v;
            }
        }
        double[] f = out[0];
        int i = 0;
        for (; i < ub; i += S.length()) DoubleVector.fromArray(S, sum, i).lanewise(VectorOperators.LOG).intoArray(f, i);
        for (; i < n; i++) f[i] = Math.log(sum[i]);
        if (gradient) {
            for (i = 0; i < n; i++) sum[i] = 1 / sum[i];
            for (int k = 0; k < in.length; k++) {
                double[] g = out[k + 1];
                for (i = 0; i < ub; i += S.length()) {
                    DoubleVector.fromArray(S, g, i).mul(DoubleVector.fromArray(S, sum, i)).intoArray(g, i);
                }
                for (; i < n; i++) g[i] *= sum[i];
            }
        }
    }
}
