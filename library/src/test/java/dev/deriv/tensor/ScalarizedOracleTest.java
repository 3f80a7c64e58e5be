package dev.deriv.tensor;

import static dev.deriv.tensor.AcceptanceTest.A;
import static dev.deriv.tensor.AcceptanceTest.B;
import static dev.deriv.tensor.AcceptanceTest.CALC;
import static dev.deriv.tensor.AcceptanceTest.K;
import static dev.deriv.tensor.AcceptanceTest.M;
import static dev.deriv.tensor.AcceptanceTest.N;
import static dev.deriv.tensor.AcceptanceTest.S;
import static dev.deriv.tensor.AcceptanceTest.X;
import static dev.deriv.tensor.AcceptanceTest.a;
import static dev.deriv.tensor.AcceptanceTest.b;
import static dev.deriv.tensor.AcceptanceTest.quadratic;
import static dev.deriv.tensor.AcceptanceTest.square;
import static dev.deriv.tensor.AcceptanceTest.w;
import static dev.deriv.tensor.AcceptanceTest.x;
import static dev.deriv.tensor.AcceptanceTest.y;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.diff.Differentiator;
import dev.deriv.expr.Function;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Node;
import dev.deriv.expr.Var;
import dev.deriv.rules.RuleBook;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance expressions on a small instance (m = 2, n = 3, k = 4) written out
 * in components: the scalar engine differentiates the components exactly, and its
 * gradient and Hessian must agree with the tensor closed forms at random points.
 */
class ScalarizedOracleTest {
    static final Map<String, Integer> SIZES = Map.of("m", 2, "n", 3, "k", 4);
    static final Differentiator SCALAR = new Differentiator(RuleBook.standard());

    static Stream<Arguments> cases() {
        TVar an = T.var("A", Shape.matrix(N, M)), bm = T.var("B", Shape.matrix(M, M));
        TVar xk = T.var("X", Shape.matrix(M, K)), wk = T.var("W", Shape.matrix(K, N)), yk = T.var("Y", Shape.matrix(M, N));
        TNode z = T.neg(T.hadamard(y, T.times(X, w)));
        return Stream.of(
                Arguments.of("1", T.dot(a, x), x, List.of(a, x)),
                Arguments.of("2", T.sumOf(x), x, List.of(x)),
                Arguments.of("4", quadratic(x, B), x, List.of(B, x)),
                Arguments.of("4 symmetric", quadratic(x, S), x, List.of(S, x)),
                Arguments.of("5", T.dot(x, x), x, List.of(x)),
                Arguments.of("6", T.norm2(x), x, List.of(x)),
                Arguments.of("7", square(T.norm2(T.sub(T.times(A, x), b))), x, List.of(A, b, x)),
                Arguments.of("8", T.map(Function.LN, T.sumOf(T.map(Function.EXP, x))), x, List.of(x)),
                Arguments.of("9", T.sumOf(T.map(CALC.function("softplus"), z)), w, List.of(X, y, w)),
                Arguments.of("10", T.trace(T.times(an, X)), X, List.of(an, X)),
                Arguments.of("11", T.trace(T.times(T.times(T.transpose(X), bm), X)), X, List.of(bm, X)),
                Arguments.of("12", square(T.frobenius(X)), X, List.of(X)),
                Arguments.of("13", square(T.frobenius(T.sub(T.times(xk, wk), yk))), wk, List.of(xk, wk, yk)),
                Arguments.of("14", T.logdet(B), B, List.of(B)),
                Arguments.of("det", T.det(B), B, List.of(B)),
                Arguments.of("inv", T.dot(a, T.times(T.inv(B), x)), B, List.of(a, B, x)),
                Arguments.of("tanh layer", T.sumOf(T.map(Function.TANH, T.add(T.times(A, x), b))), x, List.of(A, b, x)),
                Arguments.of("softmax", T.dot(b, T.softmax(T.times(A, x))), x, List.of(A, b, x)));
    }

    @ParameterizedTest(name = "item {0}") @MethodSource("cases")
    void tensorDerivativesAgreeWithTheScalarEngineOnComponents(String item, TNode f, TVar wrt, List<TVar> vars) {
        Random rnd = new Random(item.hashCode());
        Map<String, TensorValue> values = new HashMap<>();
        Map<Var, Double> point = new HashMap<>();
        for (TVar v : vars) {
            TVar declared = v;
            // logdet needs a positive determinant; a non-symmetric one, so that inv(B)' and inv(B) differ
            TensorValue value = item.equals("14") ? Numeric.positiveDeterminant(rnd, 3) : random(rnd, v);
            values.put(declared.name(), value);
            for (int i = 0; i < value.rows(); i++) {
                for (int j = 0; j < value.cols(); j++) point.put(Scalarized.component(declared, i, j), value.get(i, j));
            }
        }
        Node components = new Scalarized(SIZES).of(f)[0][0];
        List<Var> entries = new ArrayList<>();
        TensorValue at = values.get(wrt.name());
        for (int i = 0; i < at.rows(); i++) for (int j = 0; j < at.cols(); j++) entries.add(Scalarized.component(wrt, i, j));
        List<Node> partials = SCALAR.gradient(components, entries);
        double[] exact = new double[partials.size()];
        for (int i = 0; i < exact.length; i++) exact[i] = Interpreter.eval(partials.get(i), point);
        TNode g = CALC.gradient(f, wrt);
        assertAgree(exact, TensorInterpreter.eval(g, values, f).data(), "gradient " + Printer.infix(g) + " of " + Printer.infix(f));
        if (!wrt.shape().isVector()) return;
        List<List<Node>> hessian = SCALAR.hessian(components, entries);
        double[] exactH = new double[exact.length * exact.length];
        for (int i = 0; i < exact.length; i++) {
            for (int j = 0; j < exact.length; j++) exactH[i * exact.length + j] = Interpreter.eval(hessian.get(i).get(j), point);
        }
        TNode h = CALC.hessian(f, wrt);
        assertAgree(exactH, TensorInterpreter.eval(h, values, f).data(), "Hessian " + Printer.infix(h) + " of " + Printer.infix(f));
    }

    private static TensorValue random(Random rnd, TVar v) {
        int[] sizes = new int[v.shape().order()];
        for (int i = 0; i < sizes.length; i++) sizes[i] = new Scalarized(SIZES).size(v.shape().dim(i));
        TensorValue base = Numeric.random(rnd, v);
        if (java.util.Arrays.equals(base.sizes(), sizes)) return base;
        // Numeric's sizes differ (m = 4): draw again at these sizes, symmetric and definite where declared
        int count = 1;
        for (int s : sizes) count *= s;
        double[] d = new double[count];
        for (int i = 0; i < count; i++) d[i] = 2 * rnd.nextDouble() - 1;
        return new TensorValue(sizes, d);
    }

    private static void assertAgree(double[] exact, double[] tensor, String what) {
        double scale = 1;
        for (double e : exact) scale = Math.max(scale, Math.abs(e));
        for (int i = 0; i < exact.length; i++) {
            assertTrue(Math.abs(exact[i] - tensor[i]) <= 1e-9 * scale,
                    what + ": entry " + i + " is " + tensor[i] + ", the scalar engine on components gives " + exact[i]);
        }
    }
}
