package consumer;

import dev.deriv.Evaluator;
import dev.deriv.Expr;
import java.util.List;

/** The application's own code, written against the exported API only. */
public final class Slopes {
    private Slopes() {}

    /** The derivative of {@code f} with respect to x, as text. */
    public static String derivative(String f) {
        return Expr.parse(f).diff("x").toString();
    }

    /** The slope of {@code f} at {@code x}, by compiled code. */
    public static double slopeAt(String f, double x) {
        Expr df = Expr.parse(f).diff("x");
        return Evaluator.compile(List.of(df), List.of("x")).evalAt(x)[0];
    }
}
