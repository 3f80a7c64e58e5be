package dev.deriv.bench;

import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The point-at-a-time engines: the reference interpreter (memoized tree walk)
 * and exp4j 0.4.8, over the first 10,000 points of the same inputs (a million
 * would take minutes per iteration). Nanoseconds per point, comparable with
 * {@link EvalBenchmark}'s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xms1g", "-Xmx1g"})
@OperationsPerInvocation(SlowEngineBenchmark.N)
public class SlowEngineBenchmark {
    static final int N = 10_000;

    @Param({"E1", "E2", "E3", "E4", "E5"})
    public String expr;

    Workload w;
    double[][] out;
    List<Node> nodes;
    Var[] vars;
    Expression[] exp4j;

    @Setup(Level.Trial)
    public void setup() {
        w = new Workload(expr, N);
        out = w.newOutputs();
        nodes = w.nodes();
        vars = new Var[w.vars.size()];
        for (int v = 0; v < vars.length; v++) vars[v] = Nodes.var(w.vars.get(v));
        List<String> texts = w.exp4jTexts();
        exp4j = new Expression[texts.size()];
        for (int k = 0; k < exp4j.length; k++) {
            exp4j[k] = new ExpressionBuilder(texts.get(k)).variables(w.vars.toArray(new String[0])).build();
        }
        // both engines must compute the same thing as the compiled code
        double[][] a = w.newOutputs();
        double[][] b = w.newOutputs();
        interpreter(a);
        exp4j(b);
        for (int k = 0; k < a.length; k++) {
            for (int i = 0; i < N; i += 97) {
                double tol = 1e-9 * Math.max(1, Math.abs(a[k][i]));
                if (!(Math.abs(a[k][i] - b[k][i]) <= tol)) {
                    throw new IllegalStateException(expr + " output " + k + ": interpreter " + a[k][i] + ", exp4j " + b[k][i]
                            + " for " + texts.get(k));
                }
            }
        }
    }

    private void interpreter(double[][] o) {
        Map<Var, Double> point = new HashMap<>();
        for (int i = 0; i < N; i++) {
            for (int v = 0; v < vars.length; v++) point.put(vars[v], w.in[v][i]);
            for (int k = 0; k < o.length; k++) o[k][i] = Interpreter.eval(nodes.get(k), point);
        }
    }

    private void exp4j(double[][] o) {
        for (int i = 0; i < N; i++) {
            for (int k = 0; k < o.length; k++) {
                Expression e = exp4j[k];
                for (int v = 0; v < vars.length; v++) e.setVariable(w.vars.get(v), w.in[v][i]);
                o[k][i] = e.evaluate();
            }
        }
    }

    @Benchmark
    public double[][] interpreter() {
        interpreter(out);
        return out;
    }

    @Benchmark
    public double[][] exp4j() {
        exp4j(out);
        return out;
    }
}
