package dev.deriv;

import dev.deriv.compile.CompiledFunction;
import dev.deriv.compile.Minimizer;
import dev.deriv.compile.PointFunctions;
import dev.deriv.compile.Simd;
import dev.deriv.expr.DeepStack;
import dev.deriv.expr.Node;
import dev.deriv.expr.Var;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;

/**
 * Several expressions over one list of variables, compiled into one JVM class.
 * Evaluation runs a generated loop over the points, split over all cores for
 * large inputs, with the Vector API (SIMD) when the JVM has it: that module is
 * incubating in Java 17, so the application must be started with
 * {@code --add-modules jdk.incubator.vector} ({@link #simdAvailable()}). Without
 * it the loops are scalar, and the first evaluation of a large input logs a
 * notice once (System.Logger {@code dev.deriv.compile}, level INFO).
 * <p>
 * Should compilation fail, {@link #compile} throws {@link CompilationException};
 * {@link CompileOptions#withInterpreterFallback()} asks for the much slower
 * interpreter instead, which {@link #isCompiled()} and {@link #fallbackReason()}
 * then tell. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Evaluator ev = Evaluator.compile(List.of(f, dfdx), List.of("x", "y"));
 * double[] out = ev.evalAt(0.0, Math.log(2));   // one value per expression
 * ev.eval(in, out);                              // in[var][i] -> out[expr][i]
 * }</pre>
 */
public final class Evaluator {
    private final CompiledFunction function;
    private final List<String> variables;
    private final PointFunctions pointFunctions;

    private Evaluator(CompiledFunction function, List<String> variables) {
        this.function = function;
        this.pointFunctions = new PointFunctions(function);
        this.variables = variables;
    }

    /**
     * Compiles with the default options: SIMD when available, all cores.
     *
     * @param expressions the outputs, in order
     * @param variables   the inputs, in order
     * @return the evaluator
     * @throws IllegalArgumentException when an expression uses a variable not in the list,
     *         or a variable is listed twice
     * @throws CompilationException     when compilation fails
     */
    public static Evaluator compile(List<Expr> expressions, List<String> variables) {
        return compile(expressions, variables, CompileOptions.defaults());
    }

    /**
     * Compiles {@code expressions} over {@code variables}: input i of
     * {@link #evalAt} and {@link #eval(double[][], double[][])} is variables[i].
     *
     * @param expressions the outputs, in order
     * @param variables   the inputs, in order
     * @param options     SIMD, threads, interpreter
     * @return the evaluator
     * @throws IllegalArgumentException when an expression uses a variable not in the list,
     *         or a variable is listed twice
     * @throws CompilationException     when compilation fails and the options do not allow
     *         the interpreter instead
     */
    public static Evaluator compile(List<Expr> expressions, List<String> variables, CompileOptions options) {
        List<Node> nodes = new ArrayList<>(expressions.size());
        for (Expr e : expressions) nodes.add(e.node());
        return new Evaluator(CompiledFunction.compile(nodes, Expr.vars(variables), options), List.copyOf(variables));
    }

    /**
     * Compiles {@code f} and its gradient: output 0 is f, output 1+i is df/d(variables[i]).
     * The partials are those of one reverse-mode sweep, not simplified: they share
     * their subexpressions with f and each other, which is what makes the gradient
     * cheap once compiled (simplifying them separately would undo the sharing).
     *
     * @param f         the function
     * @param variables the inputs, in order
     * @param options   SIMD, threads, interpreter
     * @return the evaluator, with 1 + variables.size() outputs
     * @throws IllegalArgumentException when f uses a variable not in the list
     * @throws CompilationException     when compilation fails and the options do not allow
     *         the interpreter instead
     */
    public static Evaluator compileWithGradient(Expr f, List<String> variables, CompileOptions options) {
        List<Var> vars = Expr.vars(variables);
        List<Node> partials = f.engine().withinTimeLimit("Evaluator.compileWithGradient",
                () -> DeepStack.callFor(f.node().depth(), () -> f.engine().differentiator().gradient(f.node(), vars)));
        List<Node> nodes = new ArrayList<>(partials.size() + 1);
        nodes.add(f.node());
        nodes.addAll(partials);
        return new Evaluator(CompiledFunction.compile(nodes, vars, options), List.copyOf(variables));
    }

    /**
     * As {@link #compileWithGradient(Expr, List, CompileOptions)} with the default options.
     *
     * @param f         the function
     * @param variables the inputs, in order
     * @return the evaluator, with 1 + variables.size() outputs
     * @throws IllegalArgumentException when f uses a variable not in the list
     * @throws CompilationException     when compilation fails
     */
    public static Evaluator compileWithGradient(Expr f, List<String> variables) {
        return compileWithGradient(f, variables, CompileOptions.defaults());
    }

    /**
     * Whether this JVM has the Vector API, so that evaluators use SIMD loops. It
     * needs {@code --add-modules jdk.incubator.vector} on the java command line
     * (and {@code -Dderiv.simd=false} turns it off).
     *
     * @return true when compiled evaluators may use the Vector API
     */
    public static boolean simdAvailable() { return Simd.available(); }

    /**
     * Evaluates at one point.
     *
     * @param point one value per variable, in the order of {@link #variables()}
     * @return one value per expression
     * @throws IllegalArgumentException when the number of values is not the number of variables
     */
    public double[] evalAt(double... point) { return function.evalAt(point); }

    /**
     * Evaluates at n points, using up to {@link #threads()} threads when n is large.
     *
     * @param in  {@code in[var][i]}: n values per variable
     * @param out {@code out[expr][i]}: filled with n values per expression
     * @throws IllegalArgumentException when the numbers or lengths of the arrays do not fit
     */
    public void eval(double[][] in, double[][] out) { function.eval(in, out); }

    /**
     * Evaluates over named tensors. Inputs that are not scalars must share one
     * shape, which the outputs take; scalars broadcast.
     *
     * @param inputs a tensor per variable
     * @return one tensor per expression, in order
     * @throws IllegalArgumentException when a variable has no tensor or the shapes differ
     */
    public List<Tensor> eval(Map<String, Tensor> inputs) { return function.eval(inputs); }

    /**
     * The same evaluator with another thread count.
     *
     * @param threads at most this many threads evaluate large inputs (1: the caller's only)
     * @return the new evaluator, sharing the compiled code
     */
    public Evaluator withThreads(int threads) { return new Evaluator(function.withThreads(threads), variables); }

    /**
     * The inputs.
     *
     * @return the variables, in input order
     */
    public List<String> variables() { return variables; }

    /**
     * The number of outputs.
     *
     * @return how many expressions this evaluator computes
     */
    public int outputCount() { return function.outputCount(); }

    /**
     * The thread count.
     *
     * @return at most this many threads evaluate large inputs
     */
    public int threads() { return function.threads(); }

    /**
     * Whether this evaluator runs generated bytecode.
     *
     * @return false when it evaluates with the interpreter, by request or as a fallback
     */
    public boolean isCompiled() { return function.isCompiled(); }

    /**
     * Whether the generated loops use the Vector API.
     *
     * @return true when they do; see {@link #simdAvailable()}
     */
    public boolean usesSimd() { return function.usesSimd(); }

    /**
     * Why this evaluator is not compiled.
     *
     * @return the reason it evaluates with the interpreter, or null when it is compiled
     */
    public String fallbackReason() { return function.fallbackReason(); }

    CompiledFunction compiled() { return function; }

    /**
     * Output {@code k} as a function of one point (the values of the variables, in
     * order). With {@link #asGradient}, it adapts the evaluator to an optimizer's
     * interfaces; for commons-math3:
     * {@code new ObjectiveFunction(ev.asFunction(0)::applyAsDouble)}. The functions of
     * one evaluator share its last evaluation, so that the value and the gradient at
     * one point cost one evaluation.
     *
     * @param k the output
     * @return the function; thread-safe
     * @throws IllegalArgumentException when there is no output k
     */
    public ToDoubleFunction<double[]> asFunction(int k) { return pointFunctions.function(k); }

    /**
     * Outputs {@code from .. from+n-1} (n the number of variables) as a function of
     * one point: the gradient, for an evaluator made by {@link #compileWithGradient}
     * and {@code from} 1. For commons-math3:
     * {@code new ObjectiveFunctionGradient(ev.asGradient(1)::apply)}.
     *
     * @param from the first output
     * @return the vector function; thread-safe
     * @throws IllegalArgumentException when those outputs do not exist
     */
    public UnaryOperator<double[]> asGradient(int from) { return pointFunctions.gradient(from); }

    /**
     * Minimizes {@code f} with nonlinear conjugate gradient (Polak-Ribiere+, with a
     * strong Wolfe line search) on its compiled gradient.
     *
     * @param f        the function to minimize
     * @param from     the starting point; its keys, in iteration order, are the variables
     *                 (a {@link LinkedHashMap} keeps the order given)
     * @param options  iterations and tolerances
     * @param listener told about every iteration (may be null)
     * @return where the search stopped, and why
     * @throws IllegalArgumentException when f uses a variable that has no start value
     */
    public static Minimum minimize(Expr f, Map<String, Double> from, Minimum.Options options, Minimum.Listener listener) {
        List<String> names = new ArrayList<>(from.keySet());
        double[] start = new double[names.size()];
        for (int i = 0; i < start.length; i++) start[i] = from.get(names.get(i));
        // one thread: the search evaluates one point at a time
        Evaluator ev = compileWithGradient(f, names, CompileOptions.defaults().withThreads(1));
        Minimizer.Result r = Minimizer.minimize(ev.function, start,
                new Minimizer.Options(options.maxIterations(), options.gradientTolerance(), options.valueTolerance()),
                listener == null ? null : listener::iteration);
        Map<String, Double> point = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) point.put(names.get(i), r.point()[i]);
        return new Minimum(point, r.value(), r.gradientNorm(), r.iterations(), r.evaluations(), r.converged(),
                r.message());
    }

    /**
     * Minimizes {@code f} with the default options ({@link Minimum.Options#defaults()}).
     *
     * @param f    the function to minimize
     * @param from the starting point; its keys, in iteration order, are the variables
     * @return where the search stopped, and why
     * @throws IllegalArgumentException when f uses a variable that has no start value
     */
    public static Minimum minimize(Expr f, Map<String, Double> from) {
        return minimize(f, from, Minimum.Options.defaults(), null);
    }
}
