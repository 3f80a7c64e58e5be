package dev.deriv.tensor;

import static dev.deriv.tensor.AcceptanceTest.A;
import static dev.deriv.tensor.AcceptanceTest.CALC;
import static dev.deriv.tensor.AcceptanceTest.K;
import static dev.deriv.tensor.AcceptanceTest.X;
import static dev.deriv.tensor.AcceptanceTest.b;
import static dev.deriv.tensor.AcceptanceTest.x;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.deriv.MathException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Shapes that do not fit are refused when the expression is built, with the operands and their shapes named. */
class ShapeErrorsTest {
    static String message(Runnable r) { return assertThrows(ShapeException.class, r::run).getMessage(); }

    @Test void productWithDifferentInnerDimensions() {
        TVar yk = T.var("y", Shape.vector(K));
        assertEquals("cannot multiply A (m×n) by y (k): inner dimensions n and k differ", message(() -> T.times(A, yk)));
        assertEquals("cannot multiply A (m×n) by X (m×n): inner dimensions n and m differ", message(() -> T.times(A, X)));
        assertEquals("cannot multiply b' (1×m) by A' (n×m): inner dimensions m and n differ",
                message(() -> T.times(T.transpose(b), T.transpose(A))));
    }

    @Test void sumsAndElementwiseNeedOneShape() {
        assertEquals("cannot add x (n) and b (m): shapes n and m differ", message(() -> T.add(x, b)));
        assertEquals("cannot combine x (n) and b (m) entry by entry: shapes n and m differ (only a scalar broadcasts)",
                message(() -> T.hadamard(x, b)));
    }

    @Test void functionsNeedTheirShapes() {
        assertEquals("tr needs a square matrix, not A (m×n)", message(() -> T.trace(A)));
        assertEquals("inv needs a square matrix, not A (m×n)", message(() -> T.inv(A)));
        assertEquals("softmax needs a vector, not A (m×n)", message(() -> T.softmax(A)));
        assertEquals("norm of a matrix is ambiguous (the spectral norm in MATLAB, the Frobenius norm elsewhere):"
                + " write frobenius(A) for the Frobenius norm; the spectral norm is not supported", message(() -> T.norm2(A)));
        assertEquals("A (m×n) is declared symmetric but is not a square matrix",
                message(() -> T.var("A", A.shape(), Set.of(Property.SYMMETRIC))));
    }

    @Test void derivativesNameWhatTheyNeed() {
        assertEquals("a gradient is taken of a scalar expression, and A*x (m) is not one: take its Jacobian",
                message(() -> CALC.gradient(T.times(A, x), x)));
        assertEquals("a Jacobian or Hessian is taken with respect to a vector, and X (m×n) is not one"
                + " (a matrix variable needs tensors of order 4, not supported yet)", message(() -> CALC.hessian(T.frobenius(X), X)));
    }

    @Test void valuesMustFitTheDeclaredDimensions() {
        Map<String, TensorValue> values = Map.of("A", TensorValue.matrix(new double[][] {{1, 2}, {3, 4}}), "x", TensorValue.vector(1, 2, 3));
        assertEquals("the value of x has 3 where dimension n is already 2", message(() -> TensorInterpreter.eval(T.times(A, x), values)));
        MathException e = assertThrows(MathException.class, () -> TensorInterpreter.eval(T.logdet(T.var("B", Shape.matrix(K, K))),
                Map.of("B", TensorValue.matrix(new double[][] {{0, 1}, {1, 0}}))));
        assertEquals("logdet(B) needs a positive determinant, not -1.0", e.getMessage());
        MathException ln = assertThrows(MathException.class, () -> TensorInterpreter.eval(T.sumOf(T.map(dev.deriv.expr.Function.LN, x)),
                Map.of("x", TensorValue.vector(1, -2, 3))));
        assertEquals("undefined: ln(...) is outside its domain at x = -2 (entry 1 of ln(x))", ln.getMessage());
    }
}
