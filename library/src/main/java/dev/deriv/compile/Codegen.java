package dev.deriv.compile;

import dev.deriv.expr.Builtin;
import dev.deriv.expr.Deadline;
import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * IR to JVM bytecode with ASM. The program is cut into consecutive segments;
 * each segment becomes one static method with a counted loop over the points
 * (every temporary a local, no allocation, no virtual call but the Vector API's
 * own intrinsics), small enough for HotSpot to compile: under
 * {@link #HUGE_METHOD_LIMIT} bytes of bytecode, checked on the generated code.
 * Values crossing segments go through block-sized {@code tmp} arrays. Segments
 * are grouped into classes of at most {@link #CLASS_CODE_BUDGET} bytes of code,
 * each class a {@link Stage}.
 *
 * <p>With SIMD, each segment also gets a vector method: a loop over
 * {@code DoubleVector} lanes of the preferred species, whose tail calls the
 * scalar method. The generated code names the vector classes only as strings,
 * so that this project compiles and runs without the incubator module.
 */
final class Codegen {
    /** HotSpot does not JIT-compile methods larger than this ({@code -XX:HugeMethodLimit}). */
    static final int HUGE_METHOD_LIMIT = 8000;
    /** Target bytes of one scalar method, before the exact check. */
    static final int SCALAR_BUDGET = Integer.getInteger("deriv.compile.scalarBudget", 6000);
    /**
     * Operations in one vector method: the Vector API relies on C2 inlining every
     * call, which stops past a budget of inlined bytecode per compiled method.
     */
    static final int VECTOR_OPS = Integer.getInteger("deriv.compile.vectorOps", 48);
    /**
     * Arrays one segment may read or write (inputs, outputs, values from earlier
     * segments): a loop over many columns at once defeats the hardware prefetchers
     * and the L1 cache, so programs with many inputs (LSE-100) are cut into
     * segments that each stream a few columns over a block of points.
     */
    static final int MAX_STREAMS = Integer.getInteger("deriv.compile.streams", 16);
    /** Bytes of code per generated class (the class-file format allows 64 KB per method, 65,535 constants). */
    static final int CLASS_CODE_BUDGET = 40_000;

    private static final String STAGE = "dev/deriv/compile/Stage";
    private static final String SEG_DESC = "([[D[[D[[DIII)V";
    private static final String RUN_DESC = "([[D[[D[[DII)V";
    private static final String V = "jdk/incubator/vector/DoubleVector";
    private static final String LV = "Ljdk/incubator/vector/DoubleVector;";
    private static final String SPECIES = "Ljdk/incubator/vector/VectorSpecies;";
    private static final String VEC = "Ljdk/incubator/vector/Vector;";
    private static final String OPS = "jdk/incubator/vector/VectorOperators";
    private static final String UNARY = "Ljdk/incubator/vector/VectorOperators$Unary;";
    private static final String BINARY = "Ljdk/incubator/vector/VectorOperators$Binary;";

    // locals of a segment method
    private static final int L_IN = 0, L_OUT = 1, L_TMP = 2, L_BASE = 3, L_FROM = 4, L_TO = 5, L_I = 6, L_J = 7,
            L_UB = 8, L_FIRST = 9;

    private Codegen() {}

    /** The generated code of a program: class files, and the layout the driver needs. */
    static final class Unit {
        final List<byte[]> classes;
        final int segments;
        final int tmpCount;
        /** Bytecode size of every generated method, by name ("s0", "v0", "run"...), for tests. */
        final Map<String, Integer> methodSizes;

        Unit(List<byte[]> classes, int segments, int tmpCount, Map<String, Integer> methodSizes) {
            this.classes = classes;
            this.segments = segments;
            this.tmpCount = tmpCount;
            this.methodSizes = methodSizes;
        }
    }

    /** Generates the classes for {@code p}; {@code lanes > 0} adds the vector loops. */
    static Unit generate(Program p, int lanes, String className) {
        return generate(p, lanes, className, SCALAR_BUDGET, VECTOR_OPS, MAX_STREAMS);
    }

    /** With explicit budgets: bytes per scalar method, operations per vector method (tests use tiny ones). */
    static Unit generate(Program p, int lanes, String className, int scalarBudget, int vectorOps, int streams) {
        if (scalarBudget < 1 || vectorOps < 1 || streams < 1) throw new IllegalArgumentException("method budgets must be positive");
        int[] segOf = initialSegments(p, lanes > 0, scalarBudget, vectorOps, streams);
        for (int attempt = 0; ; attempt++) {
            Layout layout = new Layout(p, segOf);
            Map<String, Integer> sizes = new LinkedHashMap<>();
            List<byte[]> classes = new ArrayList<>();
            int tooBig = -1;
            int seg = 0;
            while (seg < layout.segments && tooBig < 0) {
                ClassBuilder cb = new ClassBuilder(className + "$" + classes.size());
                int code = 0;
                int first = seg;
                while (seg < layout.segments && (seg == first || code < CLASS_CODE_BUDGET)) {
                    Deadline.checkNow(); // a program of a million instructions takes seconds to write out
                    SegmentWriter sw = new SegmentWriter(p, layout, seg, cb.cw, cb.name);
                    int s = sw.scalar();
                    sizes.put("s" + seg, s);
                    code += s;
                    if (s >= HUGE_METHOD_LIMIT) tooBig = seg;
                    if (lanes > 0) {
                        int v = new SegmentWriter(p, layout, seg, cb.cw, cb.name).vector(lanes);
                        sizes.put("v" + seg, v);
                        code += v;
                        if (v >= HUGE_METHOD_LIMIT) tooBig = seg;
                    }
                    seg++;
                }
                sizes.put("run" + classes.size(), cb.finish(first, seg, lanes > 0));
                classes.add(cb.cw.toByteArray());
            }
            if (tooBig < 0) return new Unit(classes, layout.segments, layout.tmpCount, sizes);
            if (attempt > 64) throw new IllegalStateException("cannot split the program into small methods");
            segOf = splitSegment(segOf, tooBig);
        }
    }

    /** Greedy cut by estimated size (and, for vector code, by operation count). */
    private static int[] initialSegments(Program p, boolean vector, int scalarBudget, int vectorOps, int maxStreams) {
        int n = p.size();
        int[] segOf = new int[n];
        int seg = 0;
        int bytes = 0;
        int ops = 0;
        int streams = 0;
        int[] importedIn = new int[n];
        int[] outputCount = new int[n];
        for (int o : p.outputs) outputCount[o]++;
        Arrays.fill(importedIn, -1);
        for (int i = 0; i < n; i++) {
            Op o = p.op[i];
            int cost = estimate(o);
            int opCost = (o == Op.INPUT || o == Op.CONST) ? 0 : 1;
            int imports = 0;
            int newStreams = (o == Op.INPUT ? 1 : 0) + outputCount[i];
            for (int k = 0; k < o.arity; k++) {
                int u = k == 0 ? p.a[i] : p.b[i];
                if (p.op[u] != Op.CONST && segOf[u] != seg && importedIn[u] != seg) {
                    imports += 12;
                    newStreams++;
                }
            }
            if ((bytes + cost + imports > scalarBudget || (vector && ops + opCost > vectorOps)
                    || streams + newStreams > maxStreams) && bytes > 0) {
                seg++;
                bytes = 0;
                ops = 0;
                streams = 0;
                imports = 0;
                newStreams = (o == Op.INPUT ? 1 : 0) + outputCount[i];
                for (int k = 0; k < o.arity; k++) {
                    int u = k == 0 ? p.a[i] : p.b[i];
                    if (p.op[u] != Op.CONST) {
                        imports += 12;
                        newStreams++;
                    }
                }
            }
            streams += newStreams;
            for (int k = 0; k < o.arity; k++) {
                int u = k == 0 ? p.a[i] : p.b[i];
                if (segOf[u] != seg) importedIn[u] = seg;
            }
            segOf[i] = seg;
            bytes += cost + imports;
            ops += opCost;
        }
        return segOf;
    }

    /** Estimated bytes of one instruction including a possible store to an output or tmp array. */
    private static int estimate(Op o) {
        if (o == Op.CONST) return 0;
        if (o == Op.INPUT) return 9;
        return 10 + (o.mathMethod != null || o == Op.CALL ? 3 : 0) + 10;
    }

    private static int[] splitSegment(int[] segOf, int seg) {
        int lo = -1, hi = -1;
        for (int i = 0; i < segOf.length; i++) {
            if (segOf[i] == seg) {
                if (lo < 0) lo = i;
                hi = i;
            }
        }
        int mid = (lo + hi + 1) / 2;
        int[] out = segOf.clone();
        for (int i = mid; i < out.length; i++) out[i]++;
        return out;
    }

    /** Which segment computes and uses what, and which tmp array carries each crossing value. */
    static final class Layout {
        final int segments;
        final int[] segOf;
        /** Where each segment's instructions begin (segments are contiguous runs); one more for the end. */
        final int[] segStart;
        final int[] lastSeg;
        /** The first output of each instruction, or -1. */
        final int[] outputOf;
        /** All outputs of each instruction (usually none or one). */
        final int[][] outputsOf;
        final int[] tmpOf;
        final int tmpCount;

        Layout(Program p, int[] segOf) {
            int n = p.size();
            this.segOf = segOf;
            this.segments = n == 0 ? 1 : segOf[n - 1] + 1;
            segStart = new int[segments + 1];
            Arrays.fill(segStart, n);
            for (int i = n - 1; i >= 0; i--) segStart[segOf[i]] = i;
            for (int k = segments - 1; k >= 0; k--) segStart[k] = Math.min(segStart[k], segStart[k + 1]); // empty ones
            lastSeg = segOf.clone();
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < p.op[i].arity; k++) {
                    int u = k == 0 ? p.a[i] : p.b[i];
                    lastSeg[u] = Math.max(lastSeg[u], segOf[i]);
                }
            }
            outputOf = new int[n];
            Arrays.fill(outputOf, -1);
            List<List<Integer>> outs = new ArrayList<>();
            for (int i = 0; i < n; i++) outs.add(null);
            for (int k = 0; k < p.outputs.length; k++) {
                int i = p.outputs[k];
                if (outputOf[i] < 0) outputOf[i] = k;
                if (outs.get(i) == null) outs.set(i, new ArrayList<>());
                outs.get(i).add(k);
            }
            outputsOf = new int[n][];
            for (int i = 0; i < n; i++) {
                List<Integer> l = outs.get(i);
                outputsOf[i] = l == null ? new int[0] : l.stream().mapToInt(Integer::intValue).toArray();
            }
            tmpOf = new int[n];
            Arrays.fill(tmpOf, -1);
            // tmp arrays are reused once the last segment reading a value is done
            List<int[]> busy = new ArrayList<>(); // {tmp, lastSeg}
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (!needsTmp(p, i)) continue;
                int t = -1;
                for (int[] b : busy) {
                    if (b[1] < segOf[i]) {
                        t = b[0];
                        b[1] = lastSeg[i];
                        break;
                    }
                }
                if (t < 0) {
                    t = count++;
                    busy.add(new int[] {t, lastSeg[i]});
                }
                tmpOf[i] = t;
            }
            tmpCount = count;
        }

        private boolean needsTmp(Program p, int i) {
            Op o = p.op[i];
            return o != Op.INPUT && o != Op.CONST && outputOf[i] < 0 && lastSeg[i] > segOf[i];
        }
    }

    /** One hidden class: a constructor, the segment methods, and {@code run} calling them in order. */
    private static final class ClassBuilder {
        final String name;
        final ClassWriter cw;

        ClassBuilder(String name) {
            this.name = name;
            cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
                @Override
                protected String getCommonSuperClass(String a, String b) {
                    return "java/lang/Object";
                }
            };
            cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, name, null, "java/lang/Object", new String[] {STAGE});
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
            mv.visitCode();
            mv.visitVarInsn(ALOAD, 0);
            mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
            mv.visitInsn(RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }

        int finish(int first, int end, boolean vector) {
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "run", RUN_DESC, null, null);
            mv.visitCode();
            for (int s = first; s < end; s++) {
                mv.visitVarInsn(ALOAD, 1);
                mv.visitVarInsn(ALOAD, 2);
                mv.visitVarInsn(ALOAD, 3);
                mv.visitVarInsn(ILOAD, 4);
                mv.visitVarInsn(ILOAD, 4);
                mv.visitVarInsn(ILOAD, 5);
                mv.visitMethodInsn(INVOKESTATIC, name, (vector ? "v" : "s") + s, SEG_DESC, false);
            }
            mv.visitInsn(RETURN);
            Label end2 = new Label();
            mv.visitLabel(end2);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            cw.visitEnd();
            return end2.getOffset();
        }
    }

    /** Writes the scalar or the vector method of one segment. */
    private static final class SegmentWriter {
        private final Program p;
        private final Layout l;
        private final int seg;
        private final ClassWriter cw;
        private final String owner;
        private final int lo;
        private final int hi;
        /** Last instruction of this segment reading each value (or -1). */
        private final Map<Integer, Integer> lastUse = new HashMap<>();
        /** Local slot holding each value in this segment. */
        private final Map<Integer, Integer> slotOf = new HashMap<>();
        private final Map<String, Integer> arrays = new LinkedHashMap<>();
        private final ArrayDeque<Integer> free = new ArrayDeque<>();
        private int nextSlot;
        private int width;
        private boolean vector;
        /** Doubles per vector in the vector method (for calls without a Vector API form). */
        private int lanes;
        /** The local holding a double[lanes] for lane-by-lane calls, or -1. */
        private int scratch = -1;
        private boolean usesTmp;
        private MethodVisitor mv;

        SegmentWriter(Program p, Layout l, int seg, ClassWriter cw, String owner) {
            this.p = p;
            this.l = l;
            this.seg = seg;
            this.cw = cw;
            this.owner = owner;
            lo = l.segStart[seg]; // not a scan from 0: that was quadratic in the segments of a big program
            hi = l.segStart[seg + 1];
            for (int i = lo; i < hi; i++) {
                for (int k = 0; k < p.op[i].arity; k++) lastUse.put(operand(i, k), i);
            }
            // arrays: inputs read, outputs written or read, tmps written or read
            for (int i = lo; i < hi; i++) {
                if (p.op[i] == Op.INPUT && (lastUse.containsKey(i) || l.outputsOf[i].length > 0)) arrayOf(i);
                for (int o : l.outputsOf[i]) arraySlot("o" + o);
                if (l.tmpOf[i] >= 0) arraySlot("t" + l.tmpOf[i]);
                for (int k = 0; k < p.op[i].arity; k++) {
                    int u = operand(i, k);
                    if (u < lo && p.op[u] != Op.CONST) arrayOf(u);
                }
            }
        }

        private int operand(int i, int k) { return k == 0 ? p.a[i] : p.b[i]; }

        /** The array a value from an earlier segment (or an input) is read from. */
        private String arrayOf(int u) {
            String key;
            if (p.op[u] == Op.INPUT) key = "i" + p.inputIndex(u);
            else if (l.outputOf[u] >= 0) key = "o" + l.outputOf[u];
            else key = "t" + l.tmpOf[u];
            arraySlot(key);
            return key;
        }

        private void arraySlot(String key) {
            if (!arrays.containsKey(key)) arrays.put(key, -1);
            if (key.startsWith("t")) usesTmp = true;
        }

        int scalar() {
            vector = false;
            width = 2;
            mv = cw.visitMethod(ACC_STATIC | ACC_PRIVATE, "s" + seg, SEG_DESC, null, null);
            mv.visitCode();
            prologue();
            loopOverPoints(L_TO, 1);
            mv.visitInsn(RETURN);
            return close();
        }

        /** {@code for (i = from; i < bound; i += step) body();}, with {@code bound} in local {@code boundLocal}. */
        private void loopOverPoints(int boundLocal, int step) {
            Label top = new Label();
            Label end = new Label();
            mv.visitVarInsn(ILOAD, L_FROM);
            mv.visitVarInsn(ISTORE, L_I);
            mv.visitLabel(top);
            mv.visitVarInsn(ILOAD, L_I);
            mv.visitVarInsn(ILOAD, boundLocal);
            mv.visitJumpInsn(IF_ICMPGE, end);
            body();
            mv.visitIincInsn(L_I, step);
            mv.visitJumpInsn(GOTO, top);
            mv.visitLabel(end);
        }

        int vector(int lanes) {
            vector = true;
            this.lanes = lanes;
            width = 1;
            mv = cw.visitMethod(ACC_STATIC | ACC_PRIVATE, "v" + seg, SEG_DESC, null, null);
            mv.visitCode();
            prologue();
            // ub = from + ((to - from) & -lanes)
            mv.visitVarInsn(ILOAD, L_TO);
            mv.visitVarInsn(ILOAD, L_FROM);
            mv.visitInsn(ISUB);
            pushInt(-lanes);
            mv.visitInsn(IAND);
            mv.visitVarInsn(ILOAD, L_FROM);
            mv.visitInsn(IADD);
            mv.visitVarInsn(ISTORE, L_UB);
            loopOverPoints(L_UB, lanes);
            // the scalar tail
            mv.visitVarInsn(ALOAD, L_IN);
            mv.visitVarInsn(ALOAD, L_OUT);
            mv.visitVarInsn(ALOAD, L_TMP);
            mv.visitVarInsn(ILOAD, L_BASE);
            mv.visitVarInsn(ILOAD, L_I);
            mv.visitVarInsn(ILOAD, L_TO);
            mv.visitMethodInsn(INVOKESTATIC, owner, "s" + seg, SEG_DESC, false);
            mv.visitInsn(RETURN);
            return close();
        }

        private int close() {
            Label endOfCode = new Label();
            mv.visitLabel(endOfCode);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
            return endOfCode.getOffset();
        }

        private void prologue() {
            int slot = L_FIRST;
            for (Map.Entry<String, Integer> e : arrays.entrySet()) {
                String key = e.getKey();
                int index = Integer.parseInt(key.substring(1));
                int holder = key.charAt(0) == 'i' ? L_IN : key.charAt(0) == 'o' ? L_OUT : L_TMP;
                mv.visitVarInsn(ALOAD, holder);
                pushInt(index);
                mv.visitInsn(AALOAD);
                mv.visitVarInsn(ASTORE, slot);
                e.setValue(slot);
                slot++;
            }
            scratch = -1;
            if (vector && hasLaneByLaneCall()) {
                // one array for every lane-by-lane call of this method: no allocation per vector
                pushInt(lanes);
                mv.visitIntInsn(NEWARRAY, T_DOUBLE);
                mv.visitVarInsn(ASTORE, slot);
                scratch = slot++;
            }
            nextSlot = slot;
            free.clear();
            slotOf.clear();
        }

        private void body() {
            if (usesTmp) {
                mv.visitVarInsn(ILOAD, L_I);
                mv.visitVarInsn(ILOAD, L_BASE);
                mv.visitInsn(ISUB);
                mv.visitVarInsn(ISTORE, L_J);
            }
            for (int i = lo; i < hi; i++) {
                Op o = p.op[i];
                boolean used = lastUse.containsKey(i);
                if (o == Op.CONST) {
                    for (int out : l.outputsOf[i]) storeConstant("o" + out, p.k[i]);
                    continue;
                }
                if (o == Op.INPUT) {
                    if (!used && l.outputsOf[i].length == 0) continue;
                    loadElement("i" + p.inputIndex(i));
                } else {
                    compute(i);
                }
                int slot = allocate();
                store(slot);
                slotOf.put(i, slot);
                for (int out : l.outputsOf[i]) storeSlot("o" + out, slot);
                if (l.tmpOf[i] >= 0) storeSlot("t" + l.tmpOf[i], slot);
                if (!used) release(i);
            }
        }

        private void compute(int i) {
            Op o = p.op[i];
            int a = p.a[i];
            if (!vector) {
                pushValue(a);
                if (o.arity == 2) pushValue(p.b[i]);
                after(i);
                switch (o) {
                    case ADD: mv.visitInsn(DADD); break;
                    case SUB: mv.visitInsn(DSUB); break;
                    case MUL: mv.visitInsn(DMUL); break;
                    case DIV: mv.visitInsn(DDIV); break;
                    case NEG: mv.visitInsn(DNEG); break;
                    case CALL:
                        mv.visitMethodInsn(INVOKESTATIC, p.callOf(i).owner(), p.callOf(i).method(), "(D)D", false);
                        break;
                    default:
                        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", o.mathMethod,
                                o.arity == 2 ? "(DD)D" : "(D)D", false);
                }
                return;
            }
            if (o.arity == 1) {
                pushValue(a);
                after(i);
                if (o == Op.CALL) {
                    vectorCall(p.callOf(i));
                } else if (o.isLanewise()) {
                    mv.visitFieldInsn(GETSTATIC, OPS, o.vectorName, UNARY);
                    mv.visitMethodInsn(INVOKEVIRTUAL, V, "lanewise", "(" + UNARY + ")" + LV, false);
                } else {
                    mv.visitMethodInsn(INVOKEVIRTUAL, V, o.vectorName, "()" + LV, false);
                }
                return;
            }
            int b = p.b[i];
            boolean scalarSecond = p.op[b] == Op.CONST;
            pushValue(a);
            if (o.isLanewise()) mv.visitFieldInsn(GETSTATIC, OPS, o.vectorName, BINARY);
            if (scalarSecond) pushDouble(p.k[b]);
            else pushValue(b);
            after(i);
            String arg = scalarSecond ? "D" : VEC;
            if (o.isLanewise()) {
                mv.visitMethodInsn(INVOKEVIRTUAL, V, "lanewise", "(" + BINARY + arg + ")" + LV, false);
            } else {
                mv.visitMethodInsn(INVOKEVIRTUAL, V, o.vectorName, "(" + arg + ")" + LV, false);
            }
        }

        /**
         * A registry function on the vector on the stack: {@code lanewise(VectorOperators.NAME)}
         * where the Vector API has the operation, else the static method lane by lane
         * (into the method's scratch array, one call per lane, back into a vector), unrolled.
         */
        private void vectorCall(Builtin.StaticCall f) {
            if (f.vectorOperator() != null) {
                mv.visitFieldInsn(GETSTATIC, OPS, f.vectorOperator(), UNARY);
                mv.visitMethodInsn(INVOKEVIRTUAL, V, "lanewise", "(" + UNARY + ")" + LV, false);
                return;
            }
            mv.visitVarInsn(ALOAD, scratch);
            mv.visitInsn(ICONST_0);
            mv.visitMethodInsn(INVOKEVIRTUAL, V, "intoArray", "([DI)V", false);
            for (int lane = 0; lane < lanes; lane++) {
                mv.visitVarInsn(ALOAD, scratch);
                pushInt(lane);
                mv.visitInsn(DUP2);
                mv.visitInsn(DALOAD);
                mv.visitMethodInsn(INVOKESTATIC, f.owner(), f.method(), "(D)D", false);
                mv.visitInsn(DASTORE);
            }
            mv.visitFieldInsn(GETSTATIC, V, "SPECIES_PREFERRED", SPECIES);
            mv.visitVarInsn(ALOAD, scratch);
            mv.visitInsn(ICONST_0);
            mv.visitMethodInsn(INVOKESTATIC, V, "fromArray", "(" + SPECIES + "[DI)" + LV, false);
        }

        private boolean hasLaneByLaneCall() {
            for (int i = lo; i < hi; i++) if (p.op[i] == Op.CALL && p.callOf(i).vectorOperator() == null) return true;
            return false;
        }

        /** Operands are on the stack: free the slots of values not needed after instruction i. */
        private void after(int i) {
            for (int k = 0; k < p.op[i].arity; k++) {
                int u = operand(i, k);
                Integer last = lastUse.get(u);
                if (last != null && last == i && slotOf.containsKey(u)) release(u);
            }
        }

        private void release(int value) {
            Integer s = slotOf.remove(value);
            if (s != null) free.push(s);
        }

        private int allocate() {
            if (!free.isEmpty()) return free.pop();
            int s = nextSlot;
            nextSlot += width;
            return s;
        }

        /** Pushes a value: a constant, a local of this segment, or one read from an earlier segment's array. */
        private void pushValue(int u) {
            if (p.op[u] == Op.CONST) {
                if (vector) {
                    mv.visitFieldInsn(GETSTATIC, V, "SPECIES_PREFERRED", SPECIES);
                    pushDouble(p.k[u]);
                    mv.visitMethodInsn(INVOKESTATIC, V, "broadcast", "(" + SPECIES + "D)" + LV, false);
                } else {
                    pushDouble(p.k[u]);
                }
                return;
            }
            Integer slot = slotOf.get(u);
            if (slot == null) {
                // defined in an earlier segment: load it once into a local
                loadElement(arrayOf(u));
                slot = allocate();
                store(slot);
                slotOf.put(u, slot);
            }
            load(slot);
        }

        private void loadArray(String key) {
            mv.visitVarInsn(ALOAD, arrays.get(key));
        }

        /** Pushes element i (or j, for tmp arrays) of an array, as a double or a vector. */
        private void loadElement(String key) {
            if (vector) {
                mv.visitFieldInsn(GETSTATIC, V, "SPECIES_PREFERRED", SPECIES);
                loadArray(key);
                pushIndex(key);
                mv.visitMethodInsn(INVOKESTATIC, V, "fromArray", "(" + SPECIES + "[DI)" + LV, false);
            } else {
                loadArray(key);
                pushIndex(key);
                mv.visitInsn(DALOAD);
            }
        }

        /** Stores the value in a local slot at element i (or j, for tmp arrays) of an array. */
        private void storeSlot(String key, int slot) {
            if (vector) {
                load(slot);
                loadArray(key);
                pushIndex(key);
                mv.visitMethodInsn(INVOKEVIRTUAL, V, "intoArray", "([DI)V", false);
            } else {
                loadArray(key);
                pushIndex(key);
                load(slot);
                mv.visitInsn(DASTORE);
            }
        }

        private void storeConstant(String key, double value) {
            if (vector) {
                mv.visitFieldInsn(GETSTATIC, V, "SPECIES_PREFERRED", SPECIES);
                pushDouble(value);
                mv.visitMethodInsn(INVOKESTATIC, V, "broadcast", "(" + SPECIES + "D)" + LV, false);
                loadArray(key);
                pushIndex(key);
                mv.visitMethodInsn(INVOKEVIRTUAL, V, "intoArray", "([DI)V", false);
            } else {
                loadArray(key);
                pushIndex(key);
                pushDouble(value);
                mv.visitInsn(DASTORE);
            }
        }

        private void pushIndex(String key) {
            mv.visitVarInsn(ILOAD, key.charAt(0) == 't' ? L_J : L_I);
        }

        private void store(int slot) { mv.visitVarInsn(vector ? ASTORE : DSTORE, slot); }

        private void load(int slot) { mv.visitVarInsn(vector ? ALOAD : DLOAD, slot); }

        private void pushDouble(double v) {
            if (Double.doubleToRawLongBits(v) == 0L) mv.visitInsn(DCONST_0);
            else if (v == 1.0) mv.visitInsn(DCONST_1);
            else mv.visitLdcInsn(v);
        }

        private void pushInt(int v) {
            if (v >= -1 && v <= 5) mv.visitInsn(ICONST_0 + v);
            else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, v);
            else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, v);
            else mv.visitLdcInsn(v);
        }
    }
}
