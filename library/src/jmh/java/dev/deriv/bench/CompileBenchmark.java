package dev.deriv.bench;

import dev.deriv.CompileOptions;
import dev.deriv.Evaluator;
import dev.deriv.compile.CompiledFunction;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to generate and load the class for E5 with its gradient, warm: from the
 * expression DAG (lowering, ASM, defineHiddenClass), and from the expression
 * text including the symbolic gradient. Microseconds per compilation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class CompileBenchmark {
    Workload w;
    List<Node> nodes;
    List<Var> vars;

    @Setup(Level.Trial)
    public void setup() {
        w = new Workload("E5", 8);
        nodes = w.nodes();
        vars = new ArrayList<>();
        for (String v : w.vars) vars.add(Nodes.var(v));
    }

    @Benchmark
    public CompiledFunction generateAndLoadE5WithGradient() {
        return CompiledFunction.compile(nodes, vars, CompileOptions.defaults());
    }

    @Benchmark
    public Evaluator differentiateGenerateAndLoadE5() {
        return Evaluator.compileWithGradient(w.f, w.vars);
    }
}
