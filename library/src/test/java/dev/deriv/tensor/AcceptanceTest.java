package dev.deriv.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.MathException;
import dev.deriv.expr.Function;
import dev.deriv.expr.Nodes;
import dev.deriv.rules.RuleBook;
import dev.deriv.tensor.Contraction.Factor;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The acceptance set of issue 16, each with its printed form and checked against
 * finite differences at random values (sizes m = 4, n = 3, k = 2: a missing
 * transpose is a shape error). Hessians are checked as Hessian-vector products.
 */
class AcceptanceTest {
    static final TensorCalculus CALC = new TensorCalculus(RuleBook.standard());
    static final Dim M = Dim.named("m"), N = Dim.named("n"), K = Dim.named("k");
    static final TVar x = T.var("x", Shape.vector(N)), a = T.var("a", Shape.vector(N)), b = T.var("b", Shape.vector(M));
    static final TVar A = T.var("A", Shape.matrix(M, N)), B = T.var("B", Shape.matrix(N, N));
    static final TVar S = T.var("S", Shape.matrix(N, N), Set.of(Property.SYMMETRIC));
    static final TVar X = T.var("X", Shape.matrix(M, N)), y = T.var("y", Shape.vector(M)), w = T.var("w", Shape.vector(N));
    final Random rnd = new Random(16);

    static String p(TNode n) { return Printer.infix(n); }

    static TNode square(TNode scalar) { return T.elementwise(Nodes.pow(T.P0, Nodes.TWO), List.of(scalar)); }

    static TNode quadratic(TVar v, TVar matrix) {
        return T.chain(List.of(new Factor(v, true), new Factor(matrix, false), new Factor(v, false)), false);
    }

    void check(TNode f, TVar wrt, TVar... vars) {
        Numeric.check(CALC, f, wrt, Numeric.randomValues(rnd, vars), rnd);
    }

    @Test void item1InnerProductEitherWay() {
        assertEquals("a", p(CALC.gradient(T.dot(a, x), x)));
        assertEquals("a", p(CALC.gradient(T.dot(x, a), x)));
        assertEquals(T.dot(a, x), T.dot(x, a), "a scalar equals its transpose");
        check(T.dot(a, x), x, a, x);
    }

    @Test void item2SumHasGradientOnes() {
        assertEquals("ones(n)", p(CALC.gradient(T.sumOf(x), x)));
        assertEquals("zeros(n, n)", p(CALC.hessian(T.sumOf(x), x)));
        check(T.sumOf(x), x, x);
    }

    @Test void item3LinearMapJacobianAndGradientLayouts() {
        TNode ax = T.times(A, x);
        assertEquals("A", p(CALC.jacobian(ax, x)));
        assertEquals("m×n", CALC.jacobian(ax, x).shape().toString());
        assertEquals("A'", p(CALC.vectorGradient(ax, x)));
        assertEquals("n×m", CALC.vectorGradient(ax, x).shape().toString());
        Map<String, TensorValue> values = Numeric.randomValues(rnd, A, x);
        double[] v = Numeric.randomDirection(rnd, 3);
        Numeric.assertClose(Numeric.directional(ax, x, values, v),
                Numeric.times(TensorInterpreter.eval(CALC.jacobian(ax, x), values), v), "J*v of A*x");
    }

    @Test void item4QuadraticForm() {
        TNode f = quadratic(x, B);
        assertEquals("x'*B*x", p(f));
        assertEquals(f, T.chain(List.of(new Factor(x, true), new Factor(B, true), new Factor(x, false)), false),
                "x'*B*x and x'*B'*x are one scalar");
        assertEquals("(B + B')*x", p(CALC.gradient(f, x)));
        assertEquals("B + B'", p(CALC.hessian(f, x)));
        assertEquals("2*S*x", p(CALC.gradient(quadratic(x, S), x)));
        assertEquals("2*S", p(CALC.hessian(quadratic(x, S), x)));
        check(f, x, B, x);
        check(quadratic(x, S), x, S, x);
    }

    @Test void item5SquaredLength() {
        TNode f = T.dot(x, x);
        assertEquals("2*x", p(CALC.gradient(f, x)));
        assertEquals("2*eye(n)", p(CALC.hessian(f, x)));
        assertEquals("2*x", p(CALC.gradient(square(T.norm2(x)), x)), "norm(x)^2 is x'*x");
        check(f, x, x);
    }

    @Test void item6NormAndItsKinkAtZero() {
        TNode f = T.norm2(x);
        assertEquals("x/norm(x)", p(CALC.gradient(f, x)));
        check(f, x, x);
        Map<String, TensorValue> zero = Map.of("x", TensorValue.vector(0, 0, 0));
        MathException e = assertThrows(MathException.class, () -> CALC.gradientAt(f, x, zero));
        assertTrue(e.getMessage().contains("norm(x) is not differentiable where x = 0"), e.getMessage());
        double[] g = CALC.gradientAt(f, x, Map.of("x", TensorValue.vector(3, 0, 4))).data();
        Numeric.assertClose(new double[] {0.6, 0, 0.8}, g, "x/norm(x) at (3, 0, 4)");
    }

    @Test void item7LeastSquares() {
        TNode f = square(T.norm2(T.sub(T.times(A, x), b)));
        assertEquals("2*A'*(A*x - b)", p(CALC.gradient(f, x)));
        assertEquals("2*A'*A", p(CALC.hessian(f, x)));
        check(f, x, A, b, x);
    }

    @Test void item8LogSumExp() {
        TNode f = T.map(Function.LN, T.sumOf(T.map(Function.EXP, x)));
        assertEquals("logsumexp(x)", p(f));
        assertEquals("softmax(x)", p(CALC.gradient(f, x)));
        assertEquals("diag(softmax(x)) - softmax(x)*softmax(x)'", p(CALC.hessian(f, x)));
        check(f, x, x);
    }

    @Test void item9LogisticLoss() {
        TNode z = T.neg(T.hadamard(y, T.times(X, w)));
        TNode f = T.sumOf(T.map(CALC.function("softplus"), z));
        assertEquals("sum(softplus(-y .* (X*w)))", p(f));
        assertEquals("-X'*(y .* sigmoid(-y .* (X*w)))", p(CALC.gradient(f, w)));
        // with z = -y .* (X*w): σ(z)(1 - σ(z)) = σ(z)σ(-z), and y.^2 = 1 for labels ±1 (not assumed here)
        assertEquals("X'*diag(y.^2 .* sigmoid(-y .* (X*w)) .* (1 - sigmoid(-y .* (X*w))))*X", p(CALC.hessian(f, w)));
        check(f, w, X, y, w);
        TNode written = T.sumOf(T.map(Function.LN, T.add(T.num(1), T.map(Function.EXP, z))));
        assertEquals("sum(ln(1 + exp(-y .* (X*w))))", p(written));
        assertEquals("-X'*(y ./ (1 + exp(y .* (X*w))))", p(CALC.gradient(written, w)));
        check(written, w, X, y, w);
    }

    @Test void item10TraceOfProduct() {
        TVar An = T.var("A", Shape.matrix(N, M));
        TNode f = T.trace(T.times(An, X));
        assertEquals("A'", p(CALC.gradient(f, X)));
        check(f, X, An, X);
    }

    @Test void item11TraceQuadratic() {
        TVar Bm = T.var("B", Shape.matrix(M, M));
        TNode f = T.trace(T.times(T.times(T.transpose(X), Bm), X));
        assertEquals("(B + B')*X", p(CALC.gradient(f, X)));
        check(f, X, Bm, X);
    }

    @Test void item12Frobenius() {
        TNode f = square(T.frobenius(X));
        assertEquals("tr(X'*X)", p(f));
        assertEquals("2*X", p(CALC.gradient(f, X)));
        check(f, X, X);
        TNode squares = T.sumOf(T.power(X, T.num(2)));
        assertEquals("sum(X.^2)", p(squares));
        assertEquals("2*X", p(CALC.gradient(squares, X)));
        check(squares, X, X);
    }

    @Test void item13MatrixLeastSquares() {
        TVar Xk = T.var("X", Shape.matrix(M, K)), W = T.var("W", Shape.matrix(K, N)), Y = T.var("Y", Shape.matrix(M, N));
        TNode f = square(T.frobenius(T.sub(T.times(Xk, W), Y)));
        assertEquals("2*X'*(X*W - Y)", p(CALC.gradient(f, W)));
        check(f, W, Xk, W, Y);
    }

    @Test void item14LogDet() {
        TVar P = T.var("P", Shape.matrix(N, N), Set.of(Property.POSITIVE_DEFINITE));
        assertEquals("inv(B)'", p(CALC.gradient(T.logdet(B), B)));
        assertEquals("inv(P)", p(CALC.gradient(T.logdet(P), P)), "inv(P)' = inv(P) for a symmetric P");
        TNode f = T.logdet(B);
        Map<String, TensorValue> values = Map.of("B", Numeric.positiveDeterminant(rnd, 3)); // not symmetric: inv(B)' differs from inv(B)
        Numeric.assertClose(Numeric.gradient(f, B, values), TensorInterpreter.eval(CALC.gradient(f, B), values).data(), "logdet");
    }

    @Test void latexUsesTopTrOdot() {
        TVar Xk = T.var("X", Shape.matrix(M, K)), W = T.var("W", Shape.matrix(K, N)), Y = T.var("Y", Shape.matrix(M, N));
        TNode f = square(T.frobenius(T.sub(T.times(Xk, W), Y)));
        assertEquals("2 X^\\top \\left(X W - Y\\right)", Printer.latex(CALC.gradient(f, W)));
        assertEquals("\\operatorname{tr}\\left(X^\\top X\\right)", Printer.latex(square(T.frobenius(X))));
        assertEquals("y \\odot \\operatorname{sigmoid}\\left(X w\\right)",
                Printer.latex(T.hadamard(y, T.map(CALC.function("sigmoid"), T.times(X, w)))));
    }
}
