package dev.deriv;

import dev.deriv.expr.DeepStack;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Limits;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.expr.VariableNames;
import dev.deriv.expr.WrittenDomain;
import dev.deriv.internal.Internals;
import dev.deriv.print.InfixPrinter;
import dev.deriv.print.PrintedSize;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An expression: the library's entry point. Immutable and thread-safe; two
 * expressions are equal when they are structurally equal in the canonical form
 * every expression is kept in ({@code x*x} and {@code x^2} are equal,
 * {@code sin(x)^2 + cos(x)^2} and {@code 1} are not until simplified).
 *
 * <p>An expression also remembers where it is defined as written, which the canonical
 * form may have forgotten: {@code x/x} is the expression {@code 1}, but undefined at
 * {@code x = 0} ({@link #eval} gives NaN there, {@link #undefinedAt} says why). Its
 * derivatives and simplified forms keep that domain; equality ignores it.
 *
 * <pre>{@code
 * Expr f = Expr.parse("x^2*sin(x)");
 * Expr df = f.diff("x");                       // x*(x*cos(x) + 2*sin(x))
 * double v = df.eval(Map.of("x", 1.0));
 * }</pre>
 */
public final class Expr {
    static {
        Internals.register(new InternalAccess()); // deriv's own packages reach the node through Internals
    }

    private final Node node;
    private final WrittenDomain domain;
    private final Engine engine;

    Expr(Node node, Engine engine) {
        this(node, WrittenDomain.EVERYWHERE, engine);
    }

    Expr(Node node, WrittenDomain domain, Engine engine) {
        this.node = node;
        this.domain = domain;
        this.engine = engine;
    }

    /**
     * Parses {@code text} with the standard engine ({@link Engine#standard()}).
     *
     * @param text an expression in deriv's syntax, such as {@code 3*x^2 - 4x}
     * @return the expression, in canonical form
     * @throws dev.deriv.ParseException when the text is not an expression; its
     *         message and column say what is wrong and where
     * @throws dev.deriv.LimitException when the expression is beyond a resource limit
     *         (nesting depth, size of a number)
     */
    public static Expr parse(String text) {
        return Engine.standard().parse(text);
    }

    Node node() { return node; }

    WrittenDomain domain() { return domain; }

    /**
     * The engine this expression was parsed with: its rules differentiate and simplify it.
     *
     * @return the engine
     */
    public Engine engine() { return engine; }

    /**
     * The variables, in natural order of their names ({@code x2} before {@code x10}).
     *
     * @return the names of the variables the expression contains
     */
    public Set<String> variables() {
        Set<String> names = new TreeSet<>(dev.deriv.expr.VariableOrder.NATURAL);
        for (Var v : Nodes.variables(node)) names.add(v.name());
        return names;
    }


    /**
     * The value at a point, by the reference interpreter (for many points, see {@link Evaluator}).
     *
     * @param point a value for every variable (more are ignored)
     * @return the value; NaN or an infinity where the expression is undefined, as IEEE 754 arithmetic gives,
     *         and NaN where only the expression as written is undefined ({@code x/x} at 0; see {@link #undefinedAt})
     * @throws IllegalArgumentException when a variable has no value
     */
    public double eval(Map<String, Double> point) {
        Map<Var, Double> at = vars(point);
        double v = Interpreter.eval(node, at);
        // an infinity or NaN stands as IEEE gives it (1/x at 0 is Infinity); a finite value where the
        // expression as written is undefined (x/x at 0) is not a value
        return Double.isFinite(v) && domain.violatedAt(at).isPresent() ? Double.NaN : v;
    }

    /**
     * Why the expression, as it was written, is undefined at a point ({@code x/x} at 0:
     * "division by zero: x = 0"), though its canonical form may be defined there. Tested in
     * doubles; {@code deriv eval --at} decides the same with the point's exact values.
     *
     * @param point a value for every variable (more are ignored)
     * @return the reason, or empty where the written conditions hold
     * @throws IllegalArgumentException when a variable has no value
     */
    public java.util.Optional<String> undefinedAt(Map<String, Double> point) {
        Map<Var, Double> at = vars(point);
        return domain.violatedAt(at).map(c -> c.reason(n -> Interpreter.eval(n, at)));
    }

    private static Map<Var, Double> vars(Map<String, Double> point) {
        Map<Var, Double> at = new HashMap<>();
        point.forEach((k, v) -> at.put(Nodes.var(k), v));
        return at;
    }

    /**
     * The simplified partial derivative with respect to {@code variable}.
     *
     * @param variable the variable's name; a variable the expression does not contain gives 0
     * @return the derivative
     * @throws dev.deriv.LimitException when the derivative grows beyond a size limit
     * @throws dev.deriv.MathException  when no derivative rule applies
     */
    public Expr diff(String variable) {
        return diff(variable, 1);
    }

    /**
     * The simplified n-th partial derivative with respect to {@code variable}.
     *
     * @param variable the variable's name
     * @param order    how many times to differentiate, from 0 (the expression itself) to
     *                 {@value dev.deriv.expr.Limits#MAX_DERIVATIVE_ORDER}
     * @return the derivative
     * @throws dev.deriv.LimitException when the order is outside that range, or the
     *         derivative grows beyond a size limit
     * @throws dev.deriv.MathException  when no derivative rule applies
     */
    public Expr diff(String variable, int order) {
        Var x = variable(variable);
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

    /**
     * The simplified partial derivatives with respect to each variable, computed in one reverse sweep.
     *
     * @param variables the variables' names
     * @return one derivative per variable, in the same order
     * @throws dev.deriv.LimitException when a derivative grows beyond a size limit
     */
    public List<Expr> gradient(List<String> variables) {
        return wrapAll(engine.withinTimeLimit("Expr.gradient", () -> DeepStack.callFor(node.depth(),
                () -> engine.simplifier().simplifyAll(engine.differentiator().gradient(node, variables(variables))))));
    }

    /**
     * The Hessian matrix, simplified.
     *
     * @param variables the variables' names
     * @return row i holds the derivatives of the i-th partial with respect to each variable
     * @throws dev.deriv.LimitException when a derivative grows beyond a size limit
     */
    public List<List<Expr>> hessian(List<String> variables) {
        return engine.withinTimeLimit("Expr.hessian", () -> {
            List<List<Node>> rows = DeepStack.callFor(node.depth(),
                    () -> engine.differentiator().hessian(node, variables(variables)));
            List<List<Expr>> out = new ArrayList<>(rows.size());
            for (List<Node> row : rows) out.add(wrapAll(engine.simplifier().simplifyAll(row)));
            return out;
        });
    }

    /**
     * The smallest equivalent form the simplifier finds within its step and time budgets.
     *
     * @return the simplified expression
     */
    public Expr simplify() {
        return wrap(engine.withinTimeLimit("Expr.simplify", () -> simplified(node)));
    }

    /**
     * The simplifier's full answer.
     *
     * @return the form found, the steps it took, why it stopped and which rules fired
     */
    public SimplifyReport simplifyReport() {
        var r = engine.withinTimeLimit("Expr.simplify", () -> engine.simplifier().simplify(node));
        return new SimplifyReport(wrap(r.node()), r.steps(), SimplifyReport.Stop.valueOf(r.stop().name()), r.fired());
    }

    private Node simplified(Node n) {
        return engine.simplifier().simplify(n).node();
    }

    private List<Expr> wrapAll(List<Node> nodes) {
        List<Expr> out = new ArrayList<>(nodes.size());
        for (Node n : nodes) out.add(wrap(n));
        return out;
    }

    /** A form or derivative of this expression: defined only where this one is, as written. */
    private Expr wrap(Node n) {
        return n == node ? this : new Expr(n, domain, engine);
    }

    /**
     * The size of the printed form: its numbers, variables, operators and calls, each
     * counted once per time it is printed, computed from the expression without printing it.
     * An expression shares equal parts, and its printed form repeats them, so this can be
     * far larger than the expression (the derivative of a tower {@code x^x^...^x} of 5,000
     * levels has 50 million).
     *
     * @return the number of terms {@link #toInfix()} would write, saturating at {@link Long#MAX_VALUE}
     */
    public long printedSize() {
        return DeepStack.callFor(node.depth(), () -> PrintedSize.of(node));
    }

    /**
     * The expression in deriv's syntax, with the fewest parentheses that keep its meaning.
     *
     * @return infix text that {@link #parse} turns back into an equal expression
     * @throws dev.deriv.LimitException when the text would be longer than
     *         {@value dev.deriv.expr.Limits#MAX_PRINTED_SIZE} terms ({@link #printedSize()}),
     *         before any of it is built
     */
    public String toInfix() {
        requirePrintable();
        return DeepStack.callFor(node.depth(), () -> InfixPrinter.print(node));
    }

    /**
     * The expression as LaTeX, for typesetting.
     *
     * @return LaTeX math-mode text, such as {@code \frac{1}{2} \sqrt{x}}
     * @throws dev.deriv.LimitException when the expression is beyond the printed-size limit
     *         of {@link #toInfix()}
     */
    public String toLatex() {
        requirePrintable();
        return DeepStack.callFor(node.depth(), () -> dev.deriv.print.LatexPrinter.print(node));
    }

    /**
     * The expression in deriv's syntax, as {@link #toInfix()}; for an expression beyond
     * the printed-size limit, which {@code toInfix} refuses, a short description in angle
     * brackets instead: toString must not fail (debuggers and log lines call it) nor build
     * hundreds of megabytes, and the description cannot be mistaken for the expression,
     * as it does not parse.
     *
     * @return infix text that {@link #parse} turns back into an equal expression, or
     *         {@code <expression too large to print: ...>}
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

    /** Equal when structurally equal in canonical form (see the class comment). */
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

    private List<Var> variables(List<String> names) {
        List<Var> out = new ArrayList<>(names.size());
        for (String n : names) out.add(variable(n));
        return out;
    }

    /** The variable of that name; "", "pi" or "sin" is refused (their derivative would be a silent 0). */
    private Var variable(String name) {
        String problem = VariableNames.problem(name, Internals.functions(engine));
        if (problem != null) throw new IllegalArgumentException(problem);
        return Nodes.var(name);
    }
}
