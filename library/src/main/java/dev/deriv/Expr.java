package dev.deriv;

import dev.deriv.expr.DeepStack;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.LimitException;
import dev.deriv.expr.Limits;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.print.InfixPrinter;
import dev.deriv.print.PrintedSize;
import dev.deriv.simplify.Simplifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An expression: the library's entry point (SPEC section 3). Immutable; equal
 * when structurally equal in canonical form.
 */
public final class Expr {
    private final Node node;
    private final Engine engine;

    Expr(Node node, Engine engine) {
        this.node = node;
        this.engine = engine;
    }

    /** Parses with the standard tables; throws {@link dev.deriv.parse.ParseException} with the error's column. */
    public static Expr parse(String text) {
        return Engine.standard().parse(text);
    }

    public static Expr of(Node node) {
        return new Expr(node, Engine.standard());
    }

    public Node node() { return node; }

    public Engine engine() { return engine; }

    /** The variables, sorted by name. */
    public Set<String> variables() {
        Set<String> names = new TreeSet<>();
        for (Var v : Nodes.variables(node)) names.add(v.name());
        return names;
    }


    /** The value at the point; NaN or an infinity where undefined. Every variable needs a value. */
    public double eval(Map<String, Double> point) {
        Map<Var, Double> at = new HashMap<>();
        point.forEach((k, v) -> at.put(Nodes.var(k), v));
        return Interpreter.eval(node, at);
    }

    /** The simplified partial derivative with respect to {@code variable}. */
    public Expr diff(String variable) {
        return diff(variable, 1);
    }

    /** The simplified n-th partial derivative with respect to {@code variable}. */
    public Expr diff(String variable, int order) {
        Var x = Nodes.var(variable);
        if (order < 0 || order > Limits.MAX_DERIVATIVE_ORDER) {
            throw new LimitException("derivative order " + order + " is outside 0.."
                    + Limits.MAX_DERIVATIVE_ORDER);
        }
        // one time budget for all the orders, not one per order
        return wrap(engine.withinTimeLimit("Expr.diff", () -> DeepStack.callFor(node.depth(), () -> {
            Node d = node;
            for (int i = 0; i < order && !d.isZero(); i++) {
                d = simplified(engine.differentiator().derivative(d, x)); // keeps each order small
            }
            return d;
        })));
    }

    /** The partial derivatives with respect to each variable, in order, computed in one reverse sweep. */
    public List<Expr> gradient(List<String> variables) {
        return wrapAll(engine.withinTimeLimit("Expr.gradient", () -> DeepStack.callFor(node.depth(),
                () -> engine.simplifier().simplifyAll(engine.differentiator().gradient(node, vars(variables))))));
    }

    /** The Hessian matrix: row i holds the derivatives of the i-th partial. */
    public List<List<Expr>> hessian(List<String> variables) {
        return engine.withinTimeLimit("Expr.hessian", () -> {
            List<List<Node>> rows = DeepStack.callFor(node.depth(),
                    () -> engine.differentiator().hessian(node, vars(variables)));
            List<List<Expr>> out = new ArrayList<>(rows.size());
            for (List<Node> row : rows) out.add(wrapAll(engine.simplifier().simplifyAll(row)));
            return out;
        });
    }

    /** The smallest equivalent form the simplifier finds within its budget. */
    public Expr simplify() {
        return wrap(engine.withinTimeLimit("Expr.simplify", () -> simplified(node)));
    }

    /** The simplifier's full answer: the form, the steps it took, and whether a budget stopped it. */
    public Simplifier.Result simplifyReport() {
        return engine.withinTimeLimit("Expr.simplify", () -> engine.simplifier().simplify(node));
    }

    private Node simplified(Node n) {
        return engine.simplifier().simplify(n).node();
    }

    private List<Expr> wrapAll(List<Node> nodes) {
        List<Expr> out = new ArrayList<>(nodes.size());
        for (Node n : nodes) out.add(wrap(n));
        return out;
    }

    private Expr wrap(Node n) {
        return n == node ? this : new Expr(n, engine);
    }

    /**
     * The size of the printed form ({@link PrintedSize}: its numbers, variables, operators
     * and calls), computed without printing. Shared subexpressions count once per use, as
     * they print, so this can be far larger than the expression's nodes.
     */
    public long printedSize() {
        return DeepStack.callFor(node.depth(), () -> PrintedSize.of(node));
    }

    /**
     * Infix text that parses back to an equal expression.
     *
     * @throws LimitException when the text would be larger than {@link Limits#MAX_PRINTED_SIZE}
     *         ({@link #printedSize()}); checked before any text is built
     */
    public String toInfix() {
        requirePrintable();
        return DeepStack.callFor(node.depth(), () -> InfixPrinter.print(node));
    }

    /**
     * LaTeX text for the expression.
     *
     * @throws LimitException when the text would be larger than {@link Limits#MAX_PRINTED_SIZE}
     */
    public String toLatex() {
        requirePrintable();
        return DeepStack.callFor(node.depth(), () -> dev.deriv.print.LatexPrinter.print(node));
    }

    /**
     * {@link #toInfix()}; for an expression beyond {@link Limits#MAX_PRINTED_SIZE}, which
     * {@code toInfix} refuses, a short description in angle brackets instead: toString must
     * not fail (debuggers and log lines call it) nor build hundreds of megabytes, and the
     * description cannot be mistaken for the expression, as it does not parse.
     */
    @Override
    public String toString() {
        long size = fitsForSure() ? 0 : printedSize();
        if (size > Limits.MAX_PRINTED_SIZE) {
            return "<expression too large to print: " + size + " terms written out (limit: "
                    + Limits.MAX_PRINTED_SIZE + "); see Expr.printedSize()>";
        }
        return DeepStack.callFor(node.depth(), () -> InfixPrinter.print(node));
    }

    private void requirePrintable() {
        if (!fitsForSure()) PrintedSize.requireWithinLimit(printedSize());
    }

    /**
     * Every node prints as at most a few terms ({@code x^(-3/2)}, 3 nodes, prints as
     * {@code 1/x^(3/2)}, 7 terms): an expression this small needs no walk to know it fits.
     */
    private boolean fitsForSure() {
        return node.treeSize() <= Limits.MAX_PRINTED_SIZE / 8;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Expr e && node.equals(e.node);
    }

    @Override
    public int hashCode() { return Objects.hash(node); }

    static List<Var> vars(List<String> names) {
        List<Var> out = new ArrayList<>(names.size());
        for (String n : names) out.add(Nodes.var(n));
        return out;
    }
}
