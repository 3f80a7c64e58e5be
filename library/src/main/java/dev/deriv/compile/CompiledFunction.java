package dev.deriv.compile;

import dev.deriv.CompilationException;
import dev.deriv.CompileOptions;
import dev.deriv.LimitException;
import dev.deriv.Tensor;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Node;
import dev.deriv.expr.Var;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Several expressions over one list of variables, compiled into JVM bytecode
 * (see {@link Codegen}). When that fails, compiling throws
 * {@link CompilationException}, unless the options allow the reference
 * {@link Interpreter} instead ({@link CompileOptions#interpreterFallback()}):
 * the caller then sees {@link #fallbackReason()}. Immutable and thread-safe:
 * any number of threads may evaluate at once.
 */
public final class CompiledFunction {
    private static final System.Logger LOG = System.getLogger("dev.deriv.compile");
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    /** Below this many operations times points, eval stays on the caller's thread. */
    private static final long PARALLEL_WORK = 1L << 17;
    /** Smallest chunk of points handed to one task. */
    private static final int MIN_CHUNK = 2048;
    private static final Map<Integer, ForkJoinPool> POOLS = new ConcurrentHashMap<>();
    /** From this many points on, scalar loops for want of the Vector API module are worth a notice. */
    public static final int LARGE_INPUT = 10_000;
    private static final AtomicBoolean SCALAR_NOTICE_GIVEN = new AtomicBoolean();

    private final List<Var> variables;
    private final List<Node> expressions;
    private final Program program;
    private final Kernel kernel;
    private final CompileOptions options;
    private final boolean simd;
    private final String fallbackReason;
    private final Codegen.Unit unit;

    private CompiledFunction(List<Var> variables, List<Node> expressions, Program program, Kernel kernel,
                             CompileOptions options, boolean simd, String fallbackReason, Codegen.Unit unit) {
        this.variables = variables;
        this.expressions = expressions;
        this.program = program;
        this.kernel = kernel;
        this.options = options;
        this.simd = simd;
        this.fallbackReason = fallbackReason;
        this.unit = unit;
    }

    /** Compiles {@code expressions} over {@code variables}, input i being variables[i]. */
    public static CompiledFunction compile(List<Node> expressions, List<Var> variables, CompileOptions options) {
        return compile(expressions, variables, options, Codegen.SCALAR_BUDGET, Codegen.VECTOR_OPS, Codegen.MAX_STREAMS);
    }

    /** With explicit method budgets (see {@link Codegen}); tests use tiny ones to force many segments. */
    static CompiledFunction compile(List<Node> expressions, List<Var> variables, CompileOptions options,
                                    int scalarBudget, int vectorOps, int streams) {
        List<Var> vars = List.copyOf(variables);
        List<Node> exprs = List.copyOf(expressions);
        Program program = Lowering.lower(exprs, vars); // unknown variables are the caller's error, not a fallback
        if (options.interpret()) {
            return new CompiledFunction(vars, exprs, program, new InterpretedKernel(exprs, vars), options, false,
                    "interpreter requested", null);
        }
        int lanes = options.simd() ? Simd.lanes() : 0;
        try {
            Codegen.Unit unit = Codegen.generate(program, lanes, "dev/deriv/compile/Generated", scalarBudget, vectorOps, streams);
            Stage[] stages = new Stage[unit.classes.size()];
            for (int c = 0; c < stages.length; c++) stages[c] = define(unit.classes.get(c));
            Kernel k = new StagedKernel(stages, unit.tmpCount, blockSize(unit.tmpCount, lanes));
            return new CompiledFunction(vars, exprs, program, k, options, lanes > 0, null, unit);
        } catch (LimitException e) {
            throw e; // the request's budget ran out: falling back to the interpreter would only run on
        } catch (RuntimeException | LinkageError e) {
            if (!options.interpreterFallback()) throw new CompilationException("could not compile: " + e, e);
            String reason = "could not compile (" + e + "); evaluating with the interpreter";
            LOG.log(System.Logger.Level.WARNING, reason);
            return new CompiledFunction(vars, exprs, program, new InterpretedKernel(exprs, vars), options, false,
                    reason, null);
        }
    }

    private static Stage define(byte[] classFile) {
        try {
            MethodHandles.Lookup hidden = LOOKUP.defineHiddenClass(classFile, true);
            return (Stage) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Points per block when stages pass values through tmp arrays: the arrays stay within about 256 KB. */
    private static int blockSize(int tmpCount, int lanes) {
        if (tmpCount == 0) return Integer.MAX_VALUE;
        int b = (256 * 1024) / (8 * tmpCount);
        b = Math.max(64, Math.min(4096, b));
        return b & ~63;
    }

    /** The same function evaluated with at most {@code threads} threads. */
    public CompiledFunction withThreads(int threads) {
        CompileOptions o = options.withThreads(threads);
        return new CompiledFunction(variables, expressions, program, kernel, o, simd, fallbackReason, unit);
    }

    public List<Var> variables() { return variables; }

    public int inputCount() { return variables.size(); }

    public int outputCount() { return expressions.size(); }

    /** True when evaluation runs generated bytecode, false when it fell back to the interpreter. */
    public boolean isCompiled() { return fallbackReason == null; }

    /** True when the generated loops use the Vector API. */
    public boolean usesSimd() { return simd; }

    public int threads() { return options.threads(); }

    /** Why this function is interpreted rather than compiled, or null when it is compiled. */
    public String fallbackReason() { return fallbackReason; }

    /** Instructions of the IR after CSE, folding and strength reduction (inputs and constants excluded). */
    public int operationCount() { return program.operations(); }

    /** The IR as text, for debugging. */
    public String describeProgram() { return program.toString(); }

    /** Bytecode size of each generated method (empty when interpreted): "s3" scalar, "v3" vector segment 3. */
    public Map<String, Integer> methodSizes() {
        return unit == null ? Map.of() : Collections.unmodifiableMap(unit.methodSizes);
    }

    /** The generated class files (empty when interpreted). */
    public List<byte[]> classFiles() {
        if (unit == null) return List.of();
        List<byte[]> out = new ArrayList<>();
        for (byte[] b : unit.classes) out.add(b.clone());
        return out;
    }

    /** Number of generated segments (methods per path). */
    public int segmentCount() { return unit == null ? 0 : unit.segments; }

    /** One point: a value per expression. */
    public double[] evalAt(double... point) {
        if (point.length != variables.size()) {
            throw new IllegalArgumentException("expected " + variables.size() + " values " + names() + ", got " + point.length);
        }
        double[][] in = new double[point.length][];
        for (int v = 0; v < point.length; v++) in[v] = new double[] {point[v]};
        double[][] out = new double[expressions.size()][1];
        kernel.run(in, out, 0, 1);
        double[] r = new double[out.length];
        for (int k = 0; k < r.length; k++) r[k] = out[k][0];
        return r;
    }

    /**
     * Evaluates at n points: {@code in[var][i]} to {@code out[expr][i]}; every
     * array must have the same length n. Large inputs are split over threads.
     */
    public void eval(double[][] in, double[][] out) {
        if (in.length != variables.size()) {
            throw new IllegalArgumentException("expected " + variables.size() + " input arrays " + names() + ", got " + in.length);
        }
        if (out.length != expressions.size()) {
            throw new IllegalArgumentException("expected " + expressions.size() + " output arrays, got " + out.length);
        }
        int n = -1;
        for (double[] a : in) n = checkLength(a, n);
        for (double[] a : out) n = checkLength(a, n);
        if (n < 0) return; // no inputs nor outputs
        // outputs must not share storage with each other or with inputs: stages reread them
        Set<double[]> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean aliased = false;
        for (double[] a : in) seen.add(a);
        for (double[] a : out) aliased |= !seen.add(a);
        if (aliased) {
            double[][] fresh = new double[out.length][n];
            run(in, fresh, n);
            for (int k = 0; k < out.length; k++) System.arraycopy(fresh[k], 0, out[k], 0, n);
            return;
        }
        run(in, out, n);
    }

    private static int checkLength(double[] a, int n) {
        if (a == null) throw new IllegalArgumentException("null array");
        if (n >= 0 && a.length != n) {
            throw new IllegalArgumentException("all arrays must have the same length: " + n + " and " + a.length);
        }
        return a.length;
    }

    private void run(double[][] in, double[][] out, int n) {
        if (n >= LARGE_INPUT) noticeScalarLoops();
        int threads = options.threads();
        long work = (long) n * Math.max(1, program.operations());
        if (threads <= 1 || work < PARALLEL_WORK || n < 2 * MIN_CHUNK) {
            kernel.run(in, out, 0, n);
            return;
        }
        int chunk = Math.max(MIN_CHUNK, (n / (threads * 4)) & ~63);
        pool(threads).invoke(new Chunk(kernel, in, out, 0, n, chunk));
    }

    /**
     * Once per JVM: a library user who did not add the Vector API module gets
     * scalar loops without knowing it; a large input is where that costs (2-10x).
     */
    private void noticeScalarLoops() {
        if (isCompiled() && options.simd() && !simd && Simd.moduleMissing()
                && SCALAR_NOTICE_GIVEN.compareAndSet(false, true)) {
            LOG.log(System.Logger.Level.INFO, "deriv evaluates with scalar loops: run java with "
                    + "--add-modules jdk.incubator.vector for the Vector API (SIMD) loops, often several times faster");
        }
    }

    private static ForkJoinPool pool(int threads) {
        return POOLS.computeIfAbsent(threads, t -> new ForkJoinPool(t, pool -> {
            ForkJoinWorkerThread w = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            w.setDaemon(true);
            w.setName("deriv-eval-" + w.getPoolIndex());
            return w;
        }, null, false));
    }

    private static final class Chunk extends RecursiveAction {
        private final Kernel kernel;
        private final double[][] in;
        private final double[][] out;
        private final int from;
        private final int to;
        private final int chunk;

        Chunk(Kernel kernel, double[][] in, double[][] out, int from, int to, int chunk) {
            this.kernel = kernel;
            this.in = in;
            this.out = out;
            this.from = from;
            this.to = to;
            this.chunk = chunk;
        }

        @Override
        protected void compute() {
            if (to - from <= chunk) {
                kernel.run(in, out, from, to);
                return;
            }
            int mid = from + (((to - from) / 2) & ~63);
            invokeAll(new Chunk(kernel, in, out, from, mid, chunk), new Chunk(kernel, in, out, mid, to, chunk));
        }
    }

    /**
     * Evaluates over named tensors. Every non-scalar input must have the same
     * shape; scalars broadcast. Returns one tensor per expression, of that shape
     * (a scalar when every input is a scalar).
     */
    public List<Tensor> eval(Map<String, Tensor> inputs) {
        int[] shape = new int[0];
        Tensor shaper = null;
        for (Var v : variables) {
            Tensor t = inputs.get(v.name());
            if (t == null) throw new Interpreter.UnboundVariableException(v.name());
            if (t.isScalar()) continue;
            if (shaper == null) {
                shaper = t;
                shape = t.shape();
            } else if (!java.util.Arrays.equals(shape, t.shape())) {
                throw new IllegalArgumentException("cannot broadcast shapes " + java.util.Arrays.toString(shape)
                        + " and " + java.util.Arrays.toString(t.shape()));
            }
        }
        int n = shaper == null ? 1 : shaper.size();
        double[][] in = new double[variables.size()][];
        for (int i = 0; i < in.length; i++) {
            Tensor t = inputs.get(variables.get(i).name());
            if (t.size() == n) {
                in[i] = t.data();
            } else {
                in[i] = new double[n];
                java.util.Arrays.fill(in[i], t.data()[0]);
            }
        }
        double[][] out = new double[expressions.size()][n];
        eval(in, out);
        List<Tensor> result = new ArrayList<>(out.length);
        for (double[] o : out) result.add(Tensor.of(o, shape));
        return result;
    }

    /** Evaluates over named tensors, returning the results by name: names.get(k) for expression k. */
    public Map<String, Tensor> eval(Map<String, Tensor> inputs, List<String> names) {
        if (names.size() != expressions.size()) {
            throw new IllegalArgumentException(names.size() + " names for " + expressions.size() + " expressions");
        }
        List<Tensor> r = eval(inputs);
        Map<String, Tensor> m = new LinkedHashMap<>();
        for (int k = 0; k < r.size(); k++) m.put(names.get(k), r.get(k));
        return m;
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (Var v : variables) names.add(v.name());
        return names;
    }

    /** What evaluates a range of points. */
    interface Kernel {
        void run(double[][] in, double[][] out, int from, int to);
    }

    /** Generated stages, run in order on each block of points. */
    private static final class StagedKernel implements Kernel {
        private final Stage[] stages;
        private final int tmpCount;
        private final int block;

        StagedKernel(Stage[] stages, int tmpCount, int block) {
            this.stages = stages;
            this.tmpCount = tmpCount;
            this.block = block;
        }

        @Override
        public void run(double[][] in, double[][] out, int from, int to) {
            if (tmpCount == 0) {
                // stages only communicate through the full-length input and output arrays
                for (Stage s : stages) s.run(in, out, null, from, to);
                return;
            }
            double[][] tmp = new double[tmpCount][Math.min(block, to - from)];
            for (int b = from; b < to; b += block) {
                int e = (int) Math.min(to, (long) b + block);
                for (Stage s : stages) s.run(in, out, tmp, b, e);
            }
        }
    }

    /** The fallback: the reference interpreter, point by point. */
    private static final class InterpretedKernel implements Kernel {
        private final List<Node> expressions;
        private final List<Var> variables;

        InterpretedKernel(List<Node> expressions, List<Var> variables) {
            this.expressions = expressions;
            this.variables = variables;
        }

        @Override
        public void run(double[][] in, double[][] out, int from, int to) {
            Map<Var, Double> point = new HashMap<>();
            for (int i = from; i < to; i++) {
                for (int v = 0; v < variables.size(); v++) point.put(variables.get(v), in[v][i]);
                for (int k = 0; k < expressions.size(); k++) out[k][i] = Interpreter.eval(expressions.get(k), point);
            }
        }
    }
}
