package dev.deriv.tensor;

import static dev.deriv.tensor.AcceptanceTest.A;
import static dev.deriv.tensor.AcceptanceTest.B;
import static dev.deriv.tensor.AcceptanceTest.CALC;
import static dev.deriv.tensor.AcceptanceTest.X;
import static dev.deriv.tensor.AcceptanceTest.b;
import static dev.deriv.tensor.AcceptanceTest.square;
import static dev.deriv.tensor.AcceptanceTest.x;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.deriv.tensor.Contraction.Factor;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;

/** The reference interpreter's matrix values, and two closed-form derivatives, against EJML. */
class EjmlValuesTest {
    final Random rnd = new Random(46);

    static SimpleMatrix ejml(TensorValue v) { return ejml(v, v.rows(), v.cols()); }

    static SimpleMatrix ejml(TensorValue v, int rows, int cols) { return new SimpleMatrix(rows, cols, true, v.data()); }

    static void assertSame(SimpleMatrix expected, TensorValue actual, String what) {
        assertEquals(expected.getNumElements(), actual.data().length, what + ": sizes");
        SimpleMatrix a = ejml(actual, expected.getNumRows(), expected.getNumCols());
        double scale = Math.max(1, expected.elementMaxAbs());
        for (int i = 0; i < expected.getNumElements(); i++) {
            assertEquals(expected.get(i), a.get(i), 1e-12 * scale, what + ": entry " + i);
        }
    }

    @Test void productsTransposesTracesAndInverses() {
        TensorValue av = Numeric.random(rnd, A), bv = Numeric.random(rnd, B), xv = Numeric.random(rnd, x), bb = Numeric.random(rnd, b);
        Map<String, TensorValue> values = Map.of("A", av, "B", bv, "x", xv, "b", bb);
        SimpleMatrix ea = ejml(av), eb = ejml(bv), ex = ejml(xv, 3, 1), ebb = ejml(bb, 4, 1);
        assertSame(ea.mult(eb).mult(ex), TensorInterpreter.eval(T.times(T.times(A, B), x), values), "A*B*x");
        assertSame(ea.transpose().mult(ebb), TensorInterpreter.eval(T.times(T.transpose(A), b), values), "A'*b");
        assertSame(ea.transpose().mult(ea), TensorInterpreter.eval(T.times(T.transpose(A), A), values), "A'*A");
        assertSame(new SimpleMatrix(new double[][] {{eb.transpose().mult(ea.transpose()).mult(ea).trace()}}),
                TensorInterpreter.eval(T.trace(T.times(T.times(T.transpose(B), T.transpose(A)), A)), values), "tr(B'*A'*A)");
        assertSame(eb.invert(), TensorInterpreter.eval(T.inv(B), values), "inv(B)");
        assertEquals(eb.determinant(), TensorInterpreter.eval(T.det(B), values).scalar(), 1e-12, "det(B)");
        assertEquals(ea.normF(), TensorInterpreter.eval(T.frobenius(A), values).scalar(), 1e-12, "frobenius(A)");
        assertSame(ex.mult(ebb.transpose()).transpose(), TensorInterpreter.eval(T.outer(b, x), values), "b*x'");
        assertSame(ea.mult(ex).minus(ebb), TensorInterpreter.eval(T.sub(T.times(A, x), b), values), "A*x - b");
        TNode chain = T.chain(List.of(new Factor(x, true), new Factor(B, false), new Factor(x, false)), false);
        assertEquals(ex.transpose().mult(eb).mult(ex).get(0), TensorInterpreter.eval(chain, values).scalar(), 1e-12, "x'*B*x");
    }

    @Test void closedFormHessiansMatchEjml() {
        TensorValue av = Numeric.random(rnd, A), bv = Numeric.random(rnd, b), xv = Numeric.random(rnd, x);
        Map<String, TensorValue> values = Map.of("A", av, "b", bv, "x", xv);
        SimpleMatrix ea = ejml(av);
        TNode f = square(T.norm2(T.sub(T.times(A, x), b)));
        assertSame(ea.transpose().mult(ea).scale(2), TensorInterpreter.eval(CALC.hessian(f, x), values, f), "2*A'*A");
        TensorValue xm = Numeric.random(rnd, X);
        TVar sq = T.var("Q", Shape.matrix(Dim.named("n"), Dim.named("n")));
        TensorValue q = Numeric.positiveDeterminant(rnd, 3);
        assertSame(ejml(q).invert().transpose(),
                TensorInterpreter.eval(CALC.gradient(T.logdet(sq), sq), Map.of("Q", q, "X", xm)), "inv(Q)'");
    }
}
