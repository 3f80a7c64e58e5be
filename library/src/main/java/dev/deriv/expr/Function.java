package dev.deriv.expr;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A named function of one argument. Built-in functions carry their numeric
 * implementation; functions defined in a rule file (such as {@code sigmoid})
 * carry their definition, a body over one parameter, and are evaluated through it.
 *
 * @param name       the name in the expression language
 * @param numeric    the double implementation, or null for a defined function
 * @param latex      how LaTeX writes the name, e.g. {@code \sin}
 * @param parameter  the parameter of a defined function's body, or null
 * @param body       the definition of a defined function, or null
 */
public record Function(String name, DoubleUnaryOperator numeric, String latex, Var parameter, Node body) {

    public boolean isDefined() { return body != null; }

    /** The body with the parameter replaced by {@code arg}. */
    public Node expand(Node arg) {
        return Nodes.substitute(body, java.util.Map.of(parameter, arg));
    }

    public double apply(double x) {
        if (numeric != null) return numeric.applyAsDouble(x);
        throw new IllegalStateException("defined function " + name + " is evaluated through its body");
    }

    public int arity() { return 1; }

    @Override public String toString() { return name; }

    /** The functions of SPEC section 1 that are not rewritten into others at parse time. */
    public static final Function SIN = builtin("sin", Math::sin, "\\sin");
    public static final Function COS = builtin("cos", Math::cos, "\\cos");
    public static final Function TAN = builtin("tan", Math::tan, "\\tan");
    public static final Function COT = builtin("cot", x -> 1 / Math.tan(x), "\\cot");
    public static final Function SEC = builtin("sec", x -> 1 / Math.cos(x), "\\sec");
    public static final Function CSC = builtin("csc", x -> 1 / Math.sin(x), "\\csc");
    public static final Function ASIN = builtin("asin", Math::asin, "\\arcsin");
    public static final Function ACOS = builtin("acos", Math::acos, "\\arccos");
    public static final Function ATAN = builtin("atan", Math::atan, "\\arctan");
    public static final Function SINH = builtin("sinh", Math::sinh, "\\sinh");
    public static final Function COSH = builtin("cosh", Math::cosh, "\\cosh");
    public static final Function TANH = builtin("tanh", Math::tanh, "\\tanh");
    public static final Function EXP = builtin("exp", Math::exp, "\\exp");
    public static final Function LN = builtin("ln", x -> x < 0 ? Double.NaN : Math.log(x), "\\ln");
    public static final Function ABS = builtin("abs", Math::abs, null);

    public static final List<Function> BUILTINS = List.of(
            SIN, COS, TAN, COT, SEC, CSC, ASIN, ACOS, ATAN, SINH, COSH, TANH, EXP, LN, ABS);

    private static Function builtin(String name, DoubleUnaryOperator f, String latex) {
        return new Function(name, f, latex, null, null);
    }

    public static Function defined(String name, Var parameter, Node body) {
        return new Function(name, null, "\\operatorname{" + name + "}", parameter, body);
    }
}
