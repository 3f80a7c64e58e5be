package dev.deriv.tensor;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.deriv.expr.Function;
import dev.deriv.expr.Nodes;
import dev.deriv.rules.RuleBook;
import dev.deriv.tensor.Contraction.Factor;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * Random shaped expressions (vectors of sizes n = 3 and m = 4, matrices 4×3 and
 * 3×3, elementwise functions, products, sums, norms, softmax, logsumexp): every
 * gradient is checked against central differences, every Hessian as Hessian-vector
 * products, and a derivative is never zero where finite differences are not (the
 * bug of SymPy#26561 and Symbolics#987).
 */
class RandomTensorProperties {
    static final TensorCalculus CALC = new TensorCalculus(RuleBook.standard());
    static final Dim M = Dim.named("m"), N = Dim.named("n");
    static final TVar x = T.var("x", Shape.vector(N)), c = T.var("c", Shape.vector(N)), b = T.var("b", Shape.vector(M));
    static final TVar A = T.var("A", Shape.matrix(M, N)), B = T.var("B", Shape.matrix(N, N));
    static final TVar S = T.var("S", Shape.matrix(N, N), java.util.Set.of(dev.deriv.tensor.Property.SYMMETRIC));

    @Property(tries = 100)
    void gradientsAndHessiansAgreeWithFiniteDifferences(@ForAll long seed) {
        Random rnd = new Random(seed);
        TNode f = scalar(rnd, 3);
        Map<String, TensorValue> values = Numeric.randomValues(rnd, x, c, b, A, B, S);
        TNode g = CALC.gradient(f, x);
        double[] numeric = Numeric.gradient(f, x, values);
        double largest = 0;
        for (double d : numeric) largest = Math.max(largest, Math.abs(d));
        assertFalse(largest > 1e-6 && T.isZero(g), "the gradient of " + Printer.infix(f) + " is zero, finite differences are not");
        try {
            Numeric.check(CALC, f, x, values, rnd);
        } catch (ShapeException refused) {
            // a named limit (a Jacobian through a tensor of order 3), never a wrong answer; the gradient was checked first
            if (!refused.getMessage().contains("not supported yet")) throw refused;
            Statistics.collect("Hessian refused: needs order 3");
        }
    }

    static TNode scalar(Random rnd, int depth) {
        if (depth == 0) return T.dot(c, x);
        switch (rnd.nextInt(9)) {
            case 0: return T.dot(vecN(rnd, depth - 1), vecN(rnd, depth - 1));
            case 1: return T.sumOf(vecN(rnd, depth - 1));
            case 2: return T.norm2(T.add(vecN(rnd, depth - 1), T.num(3))); // kept away from the kink at 0
            case 3: return T.logsumexp(vecN(rnd, depth - 1));
            case 4: {
                TNode v = vecN(rnd, depth - 1);
                return T.chain(List.of(new Factor(v, true), new Factor(rnd.nextBoolean() ? B : S, false), new Factor(v, false)), false);
            }
            case 5: return T.sumOf(T.map(Function.SIN, vecM(rnd, depth - 1)));
            case 6: return T.elementwise(Nodes.ln(Nodes.add(Nodes.ONE, Nodes.pow(T.P0, Nodes.TWO))), List.of(scalar(rnd, depth - 1)));
            case 7: return T.elementwise(Nodes.mul(T.P0, T.P1), List.of(scalar(rnd, depth - 1), scalar(rnd, depth - 1)));
            default: return T.elementwise(Nodes.pow(T.P0, Nodes.TWO), List.of(T.norm2(vecM(rnd, depth - 1))));
        }
    }

    static TNode vecN(Random rnd, int depth) {
        if (depth == 0) return rnd.nextInt(3) == 0 ? c : x;
        switch (rnd.nextInt(11)) {
            case 0: return T.times(B, vecN(rnd, depth - 1));
            case 1: return T.times(T.transpose(A), vecM(rnd, depth - 1));
            case 2: return T.map(Function.TANH, vecN(rnd, depth - 1));
            case 3: return T.map(Function.SIN, vecN(rnd, depth - 1));
            case 4: return T.hadamard(vecN(rnd, depth - 1), vecN(rnd, depth - 1));
            case 5: return T.add(vecN(rnd, depth - 1), vecN(rnd, depth - 1));
            case 6: return T.scale(dev.deriv.expr.Rational.of(-3, 2), vecN(rnd, depth - 1));
            case 7: return T.times(scalar(rnd, depth - 1), vecN(rnd, depth - 1));
            case 8: return T.softmax(vecN(rnd, depth - 1));
            case 9: return T.times(T.diag(vecN(rnd, depth - 1)), vecN(rnd, depth - 1));
            default: return T.divide(vecN(rnd, depth - 1), T.add(T.num(2), T.map(Function.COS, vecN(rnd, depth - 1))));
        }
    }

    static TNode vecM(Random rnd, int depth) {
        if (depth == 0) return T.sub(T.times(A, x), b);
        switch (rnd.nextInt(4)) {
            case 0: return T.times(A, vecN(rnd, depth - 1));
            case 1: return T.map(Function.EXP, T.scale(dev.deriv.expr.Rational.HALF, vecM(rnd, depth - 1)));
            case 2: return T.sub(vecM(rnd, depth - 1), b);
            default: return T.map(CALC.function("sigmoid"), vecM(rnd, depth - 1));
        }
    }
}
