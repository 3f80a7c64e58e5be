package dev.deriv.internal;

import dev.deriv.Engine;
import dev.deriv.Evaluator;
import dev.deriv.Expr;
import dev.deriv.compile.CompiledFunction;
import dev.deriv.diff.Differentiator;
import dev.deriv.expr.Functions;
import dev.deriv.expr.Node;
import dev.deriv.expr.WrittenDomain;
import dev.deriv.rules.RuleBook;
import dev.deriv.simplify.Simplifier;

/**
 * What lies inside the public types of {@code dev.deriv}, for deriv's own
 * packages (the command line, the checks, the tests): the expression node of an
 * {@link Expr}, the tables of an {@link Engine}, the compiled function of an
 * {@link Evaluator}. The public API must not hand these out (they are not part
 * of it, and the module does not export this package), so {@code dev.deriv}
 * registers an {@link Access} here when {@link Expr} is initialized; this is
 * the "shared secrets" pattern of the JDK.
 */
public final class Internals {
    private Internals() {}

    /** Implemented in {@code dev.deriv}, where the package-private members are visible. */
    public interface Access {
        Node node(Expr e);

        Expr expr(Node n, Engine engine);

        Expr expr(Node n, WrittenDomain domain, Engine engine);

        WrittenDomain writtenDomain(Expr e);

        RuleBook rules(Engine engine);

        Differentiator differentiator(Engine engine);

        Simplifier simplifier(Engine engine);

        CompiledFunction compiled(Evaluator evaluator);
    }

    private static volatile Access access;

    /** Called once, by {@code dev.deriv.Expr}'s class initializer. */
    public static synchronized void register(Access a) {
        if (access != null) throw new IllegalStateException("dev.deriv already registered its access");
        access = a;
    }

    private static Access access() {
        Access a = access;
        if (a != null) return a;
        try { // registers as it initializes
            Class.forName(Expr.class.getName(), true, Expr.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return access;
    }

    /** The canonical node of {@code e}. */
    public static Node node(Expr e) { return access().node(e); }

    /** {@code n} as an expression of the standard engine. */
    public static Expr expr(Node n) { return access().expr(n, Engine.standard()); }

    /** {@code n} as an expression of {@code engine} (its rules differentiate and simplify it). */
    public static Expr expr(Node n, Engine engine) { return access().expr(n, engine); }

    /**
     * Where {@code e} is defined as written: the conditions its text imposed, which its
     * canonical node may have dropped ({@code x/x} is the node 1, defined where x ≠ 0).
     * Every value at a point checks these first (see {@link WrittenDomain}).
     */
    public static WrittenDomain writtenDomain(Expr e) { return access().writtenDomain(e); }

    /** {@code n} as an expression of {@code engine} that is defined only where {@code domain} holds. */
    public static Expr expr(Node n, WrittenDomain domain, Engine engine) { return access().expr(n, domain, engine); }

    /** {@code n} simplified by the standard engine. */
    public static Node simplified(Node n) { return node(expr(n).simplify()); }

    public static RuleBook rules(Engine engine) { return access().rules(engine); }

    public static Functions functions(Engine engine) { return access().rules(engine).functions(); }

    public static Differentiator differentiator(Engine engine) { return access().differentiator(engine); }

    public static Simplifier simplifier(Engine engine) { return access().simplifier(engine); }

    public static CompiledFunction compiled(Evaluator evaluator) { return access().compiled(evaluator); }
}
