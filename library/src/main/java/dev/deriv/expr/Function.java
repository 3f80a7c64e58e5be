package dev.deriv.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * A named function of one argument. A built-in function carries its
 * {@link FunctionRegistry} entry, which says everything else about it; a function
 * defined in a rule file (such as {@code sigmoid}) carries its definition, a body
 * over one parameter, and is evaluated through it.
 *
 * @param name       the name in the expression language
 * @param builtin    the registry entry of a built-in function, or null
 * @param latex      how LaTeX writes the name ({@code \sin}), or a template with {@code #} for the argument
 * @param parameter  the parameter of a defined function's body, or null
 * @param body       the definition of a defined function, or null
 */
public record Function(String name, Builtin builtin, String latex, Var parameter, Node body) {

    public boolean isDefined() { return body != null; }

    public boolean isBuiltin() { return builtin != null; }

    /** The body with the parameter replaced by {@code arg}. */
    public Node expand(Node arg) {
        return Nodes.substitute(body, java.util.Map.of(parameter, arg));
    }

    public double apply(double x) {
        if (builtin != null) return builtin.value().applyAsDouble(x);
        throw new IllegalStateException("function " + name + " is evaluated through its body");
    }

    public int arity() { return 1; }

    @Override public String toString() { return name; }

    /** Every entry of the registry as a function, in the registry's order. */
    public static final List<Function> BUILTINS = fromRegistry();

    /** The built-ins that the simplifier and the compiler name directly. */
    public static final Function SIN = registered("sin");
    public static final Function COS = registered("cos");
    public static final Function TAN = registered("tan");
    public static final Function COT = registered("cot");
    public static final Function SEC = registered("sec");
    public static final Function CSC = registered("csc");
    public static final Function ASIN = registered("asin");
    public static final Function ACOS = registered("acos");
    public static final Function ATAN = registered("atan");
    public static final Function SINH = registered("sinh");
    public static final Function COSH = registered("cosh");
    public static final Function TANH = registered("tanh");
    public static final Function EXP = registered("exp");
    public static final Function LN = registered("ln");
    public static final Function ABS = registered("abs");

    /** The one Function of a registered built-in (calls compare functions by identity). */
    public static Function registered(String name) {
        for (Function f : BUILTINS) if (f.name.equals(name)) return f;
        throw new IllegalArgumentException("no built-in function '" + name + "' in the registry");
    }

    private static List<Function> fromRegistry() {
        List<Function> fs = new ArrayList<>();
        for (Builtin b : FunctionRegistry.ENTRIES) fs.add(new Function(b.name(), b, b.latex(), null, null));
        return List.copyOf(fs);
    }

    public static Function defined(String name, Var parameter, Node body) {
        return new Function(name, null, "\\operatorname{" + name + "}", parameter, body);
    }
}
