package dev.deriv.compile;

import dev.deriv.expr.Builtin;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The linear IR: instructions in an order where every operand comes before its
 * use, each value computed once however many outputs share it. Immutable once
 * {@link Builder#build built}.
 */
final class Program {
    final int inputs;
    final Op[] op;
    final int[] a;
    final int[] b;
    /** The constant of a CONST, the variable index of an INPUT (as a double), else 0. */
    final double[] k;
    /** The registry function of a CALL, else null; its compiled form is a {@link Builtin.StaticCall}. */
    final Builtin[] fn;
    /** The instruction whose value is each output. */
    final int[] outputs;

    private Program(int inputs, Op[] op, int[] a, int[] b, double[] k, Builtin[] fn, int[] outputs) {
        this.inputs = inputs;
        this.op = op;
        this.a = a;
        this.b = b;
        this.k = k;
        this.fn = fn;
        this.outputs = outputs;
    }

    /** The static method and vector form of CALL instruction i. */
    Builtin.StaticCall callOf(int i) { return (Builtin.StaticCall) fn[i].compiled(); }

    /** How many calls of each registry function: for tests and benchmarks' reports. */
    Map<String, Integer> calls() {
        Map<String, Integer> h = new java.util.TreeMap<>();
        for (int i = 0; i < op.length; i++) if (op[i] == Op.CALL) h.merge(fn[i].name(), 1, Integer::sum);
        return h;
    }

    int size() { return op.length; }

    int inputIndex(int instr) { return (int) k[instr]; }

    /** Count of instructions that compute something (not INPUT or CONST). */
    int operations() {
        int n = 0;
        for (Op o : op) if (o != Op.INPUT && o != Op.CONST) n++;
        return n;
    }

    /** How many instructions of each kind: for tests and benchmarks' reports. */
    Map<Op, Integer> histogram() {
        Map<Op, Integer> h = new java.util.EnumMap<>(Op.class);
        for (Op o : op) h.merge(o, 1, Integer::sum);
        return h;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < op.length; i++) {
            s.append('%').append(i).append(" = ").append(op[i]);
            if (op[i] == Op.CONST) s.append(' ').append(k[i]);
            else if (op[i] == Op.CALL) s.append(' ').append(fn[i].name()).append(" %").append(a[i]);
            else if (op[i] == Op.INPUT) s.append(" #").append((int) k[i]);
            else {
                s.append(" %").append(a[i]);
                if (op[i].arity == 2) s.append(" %").append(b[i]);
            }
            s.append('\n');
        }
        s.append("outputs ").append(Arrays.toString(outputs)).append('\n');
        return s.toString();
    }

    /** Emits instructions with value numbering (CSE), constant folding and dead-code removal at build. */
    static final class Builder {
        private final int inputs;
        private Op[] op = new Op[64];
        private int[] a = new int[64];
        private int[] b = new int[64];
        private double[] k = new double[64];
        private Builtin[] fn = new Builtin[64];
        private int n;
        private final Map<Key, Integer> numbering = new HashMap<>();

        Builder(int inputs) { this.inputs = inputs; }

        private record Key(Op op, int a, int b, long bits, String function) {}

        int input(int index) { return add(Op.INPUT, -1, -1, index, null); }

        int constant(double value) { return add(Op.CONST, -1, -1, value, null); }

        /** A call of a registry function compiled as a static method; folded when x is a constant. */
        int call(Builtin f, int x) {
            if (!(f.compiled() instanceof Builtin.StaticCall)) throw new IllegalArgumentException(f.name() + " is not a static call");
            if (op[x] == Op.CONST) return constant(f.value().applyAsDouble(k[x]));
            return add(Op.CALL, x, -1, 0, f);
        }

        boolean isConst(int i) { return op[i] == Op.CONST; }

        double constValue(int i) { return k[i]; }

        int unary(Op o, int x) {
            if (o == Op.CALL) throw new IllegalArgumentException("a CALL is built by call()");
            if (op[x] == Op.CONST) return constant(o.apply(k[x], 0));
            if (o == Op.NEG && op[x] == Op.NEG) return a[x];
            return add(o, x, -1, 0, null);
        }

        /**
         * A binary instruction. Negations move outwards, where they become
         * subtractions, exactly: (-u)*v = -(u*v), a + (-b) = a - b.
         */
        int binary(Op o, int x, int y) {
            if (op[x] == Op.CONST && op[y] == Op.CONST) return constant(o.apply(k[x], k[y]));
            boolean nx = op[x] == Op.NEG;
            boolean ny = op[y] == Op.NEG;
            if ((o == Op.MUL || o == Op.DIV) && (nx || ny)) {
                int r = binary(o, nx ? a[x] : x, ny ? a[y] : y);
                return nx && ny ? r : unary(Op.NEG, r);
            }
            if (o == Op.ADD && ny) return binary(Op.SUB, x, a[y]);
            if (o == Op.ADD && nx) return binary(Op.SUB, y, a[x]);
            if (o == Op.SUB && ny) return binary(Op.ADD, x, a[y]);
            if (o == Op.SUB && nx) return unary(Op.NEG, binary(Op.ADD, a[x], y));
            if (o.commutative() && x > y) {
                int t = x;
                x = y;
                y = t;
            }
            return add(o, x, y, 0, null);
        }

        private int add(Op o, int x, int y, double value, Builtin f) {
            Key key = new Key(o, x, y, Double.doubleToRawLongBits(value), f == null ? null : f.name());
            Integer known = numbering.get(key);
            if (known != null) return known;
            if (n == op.length) {
                int cap = n * 2;
                op = Arrays.copyOf(op, cap);
                a = Arrays.copyOf(a, cap);
                b = Arrays.copyOf(b, cap);
                k = Arrays.copyOf(k, cap);
                fn = Arrays.copyOf(fn, cap);
            }
            op[n] = o;
            a[n] = x;
            b[n] = y;
            k[n] = value;
            fn[n] = f;
            numbering.put(key, n);
            return n++;
        }

        /** The program computing {@code outputs}, with instructions no output needs removed. */
        Program build(int[] outputs) {
            boolean[] live = new boolean[n];
            for (int o : outputs) live[o] = true;
            for (int i = n - 1; i >= 0; i--) {
                if (!live[i]) continue;
                if (op[i].arity >= 1) live[a[i]] = true;
                if (op[i].arity == 2) live[b[i]] = true;
            }
            int[] renum = new int[n];
            int m = 0;
            for (int i = 0; i < n; i++) renum[i] = live[i] ? m++ : -1;
            Op[] o2 = new Op[m];
            int[] a2 = new int[m];
            int[] b2 = new int[m];
            double[] k2 = new double[m];
            Builtin[] f2 = new Builtin[m];
            for (int i = 0; i < n; i++) {
                if (!live[i]) continue;
                int j = renum[i];
                o2[j] = op[i];
                a2[j] = op[i].arity >= 1 ? renum[a[i]] : -1;
                b2[j] = op[i].arity == 2 ? renum[b[i]] : -1;
                k2[j] = k[i];
                f2[j] = fn[i];
            }
            int[] outs = new int[outputs.length];
            for (int i = 0; i < outs.length; i++) outs[i] = renum[outputs[i]];
            return new Program(inputs, o2, a2, b2, k2, f2, outs);
        }
    }
}
