package dev.deriv.check;

import dev.deriv.Expr;
import dev.deriv.diff.Differentiator;
import dev.deriv.diff.Step;
import dev.deriv.expr.Call;
import dev.deriv.expr.DeepStack;
import dev.deriv.expr.Function;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import dev.deriv.print.InfixPrinter;
import dev.deriv.print.LatexPrinter;
import dev.deriv.rules.Bindings;
import dev.deriv.rules.Rule;
import dev.deriv.rules.RuleBook;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A derivative worked out rule by rule, for {@code --steps}: the rules the
 * differentiator applied ({@link Step}), named as a textbook names them (sum
 * rule, constant multiple rule, product rule, quotient rule, power rule, chain
 * rule with the inner function shown, table entry), each with the rule's
 * formula filled in, the derivatives it needs worked out beneath it, and at the
 * end the simplified result. The same derivation prints as infix text or LaTeX.
 *
 * <pre>
 * product rule: d/dx(x^2*sin(x)) = d/dx(x^2)*sin(x) + x^2*d/dx(sin(x))
 *   power rule: d/dx(x^2) = 2*x
 *   table entry for sin: d/dx(sin(x)) = cos(x)
 *   so d/dx(x^2*sin(x)) = 2*x*sin(x) + x^2*cos(x)
 * simplified: 2*x*sin(x) + x^2*cos(x)
 * </pre>
 */
public final class Derivation {
    /** Lines beyond this are summarized: a derivation is for reading. */
    public static final int MAX_LINES = 400;

    /*
     * A derivative still to be worked out is a hole in the formula: a call of a
     * function named "~a", "~b", ... with argument 0. Calls sort by name and '~'
     * after every letter, so in a product the hole comes after the other factors
     * (cos(x^2)*d/dx(x^2)); the printers write it as ~a(0), and the text is
     * filled in afterwards.
     */
    private static final String MARK = "DERIVSTEPHOLE";
    private static final Pattern HOLE = Pattern.compile(
            "~([a-z]+)\\(0\\)|" + MARK + "([a-z]+)(?:\\\\left\\(0\\\\right\\))?");

    /**
     * One printed line.
     *
     * @param depth      nesting: lines that work out a derivative the line above needs are one deeper
     * @param rule       the rule as a textbook names it ("product rule", "chain rule with inner function u = x^2,
     *                   table entry for sin"); empty for a closing "so ..." line
     * @param base       the rule without the chain rule ("table entry for sin")
     * @param inner      the inner function when the chain rule is part of the step, else null
     * @param expression what is differentiated
     * @param formula    the rule's formula filled in; each {@code d/dx(w)} still to be worked out is a hole
     * @param holes      what each hole stands for, by its letter
     * @param closing    true for the line that collects the worked-out parts: {@code so d/dx(f) = result}
     */
    public record Line(int depth, String rule, String base, Node inner, Node expression, Node formula,
                       Map<String, Node> holes, boolean closing) {}

    private final Expr function;
    private final Var x;
    private final List<Line> lines;
    private final Expr result;
    private final int omitted;

    private Derivation(Expr function, Var x, List<Line> lines, Expr result, int omitted) {
        this.function = function;
        this.x = x;
        this.lines = List.copyOf(lines);
        this.result = result;
        this.omitted = omitted;
    }

    /** The derivation of d/d{@code wrt} of f. */
    public static Derivation of(Expr f, String wrt) {
        Var x = Nodes.var(wrt);
        List<Step> steps = new ArrayList<>();
        Node n = Internals.node(f);
        DeepStack.callFor(n.depth(), () -> Internals.differentiator(f.engine()).derivative(n, x, steps::add));
        List<Tree> roots = tree(steps);
        Builder b = new Builder(Internals.differentiator(f.engine()), x);
        for (Tree t : roots) b.emit(t, 0);
        return new Derivation(f, x, b.lines, f.diff(wrt), b.omitted);
    }

    public List<Line> lines() { return lines; }

    /** The simplified derivative, the last line. */
    public Expr result() { return result; }

    /** The derivation as indented infix lines, ending with {@code simplified: ...}. */
    public String infix() {
        List<String> out = new ArrayList<>();
        String d = "d/d" + x.name();
        for (Line l : lines) {
            String indent = "  ".repeat(l.depth);
            String lhs = d + "(" + InfixPrinter.print(l.expression) + ")";
            String rhs = fill(InfixPrinter.print(l.formula), l.holes, false);
            out.add(indent + (l.closing ? "so " : l.rule + ": ") + lhs + " = " + rhs);
        }
        if (omitted > 0) out.add("... " + omitted + " more steps");
        out.add("simplified: " + result);
        return String.join("\n", out);
    }

    /** The derivation as a LaTeX {@code aligned} block, one rule per row, ending with the simplified result. */
    public String latex() {
        List<String> rows = new ArrayList<>();
        String d = "\\frac{d}{d" + x.name() + "}";
        for (Line l : lines) {
            String indent = "\\quad ".repeat(l.depth);
            String label = l.closing ? "\\text{so}"
                    : l.inner == null ? "\\text{" + l.base + ":}"
                    : "\\text{chain rule with inner function } u = " + LatexPrinter.print(l.inner) + "\\text{, " + l.base + ":}";
            String lhs = d + "\\left(" + LatexPrinter.print(l.expression) + "\\right)";
            String rhs = fill(LatexPrinter.print(l.formula), l.holes, true);
            rows.add("& " + indent + label + " && " + lhs + " = " + rhs);
        }
        if (omitted > 0) rows.add("& \\text{... " + omitted + " more steps} && ");
        rows.add("& \\text{simplified:} && " + result.toLatex());
        return "\\begin{aligned}\n" + String.join(" \\\\\n", rows) + "\n\\end{aligned}";
    }

    @Override
    public String toString() { return infix(); }

    private String fill(String text, Map<String, Node> holes, boolean latex) {
        Matcher m = HOLE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Node w = holes.get(m.group(1) != null ? m.group(1) : m.group(2));
            String replacement = latex
                    ? "\\frac{d}{d" + x.name() + "}\\left(" + LatexPrinter.print(w) + "\\right)"
                    : "d/d" + x.name() + "(" + InfixPrinter.print(w) + ")";
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    // ---- from the reported steps to a tree ----------------------------------------------

    private static final class Tree {
        final Step step;
        final List<Tree> children = new ArrayList<>();

        Tree(Step step) { this.step = step; }
    }

    /**
     * Steps arrive outermost first, each with its nesting depth: the steps that
     * follow a step one level deeper, up to the next step at its depth, are its children.
     */
    private static List<Tree> tree(List<Step> steps) {
        List<Tree> roots = new ArrayList<>();
        Deque<Tree> open = new ArrayDeque<>();
        for (Step s : steps) {
            Tree t = new Tree(s);
            while (!open.isEmpty() && open.peek().step.depth() >= s.depth()) open.pop();
            if (open.isEmpty()) roots.add(t);
            else open.peek().children.add(t);
            open.push(t);
        }
        return roots;
    }

    // ---- from the tree to lines ---------------------------------------------------------

    private static final class Builder {
        final Differentiator differentiator;
        final Var x;
        final List<Line> lines = new ArrayList<>();
        int omitted;

        Builder(Differentiator differentiator, Var x) {
            this.differentiator = differentiator;
            this.x = x;
        }

        void emit(Tree t, int depth) {
            Step s = t.step;
            List<Tree> children = t.children;
            Rule rule = s.applied();
            Map<String, Node> holes = new LinkedHashMap<>();
            Node formula;
            Optional<List<Node>> coefficients = differentiator.operandCoefficients(rule, s.expression());
            if (coefficients.isPresent()) {
                // a rule the differentiator applies to all operands at once (the sum rule), written so
                // with a derivative to work out below for each operand, or, when every step below
                // was final (x, constants), just the value they give
                children = flattened(rule, children);
                if (children.stream().allMatch(c -> c.step.isFinal())) {
                    formula = s.result();
                } else {
                    List<Node> operands = s.expression().children();
                    List<Node> terms = new ArrayList<>();
                    for (int i = 0; i < operands.size(); i++) {
                        terms.add(Nodes.mul(coefficients.get().get(i), hole(operands.get(i), holes)));
                    }
                    formula = Nodes.add(terms);
                }
            } else {
                formula = instantiate(rule.rhs(), s.bindings(), holes, children);
            }
            Node inner = inner(s, rule);
            String base = label(s, rule);
            String full = inner == null ? base : "chain rule with inner function u = " + InfixPrinter.print(inner) + ", " + base;
            add(new Line(depth, full, base, inner, s.expression(), formula, holes, false));
            boolean shown = false;
            List<Tree> ordered = new ArrayList<>(children);
            String printed = InfixPrinter.print(formula);
            ordered.sort(java.util.Comparator.comparingInt(c -> {
                // children in the order their holes appear in the printed formula
                for (Map.Entry<String, Node> e : holes.entrySet()) {
                    if (e.getValue().equals(c.step.expression())) {
                        int at = printed.indexOf("~" + e.getKey() + "(0)");
                        return at < 0 ? Integer.MAX_VALUE : at;
                    }
                }
                return Integer.MAX_VALUE;
            }));
            for (Tree c : ordered) {
                if (c.step.isFinal() && !holes.containsValue(c.step.expression())) continue;
                emit(c, depth + 1);
                shown = true;
            }
            if (shown || (!holes.isEmpty() && !formula.equals(s.result()))) {
                add(new Line(depth, "", "", null, s.expression(), s.result(), Map.of(), true));
            }
        }

        private void add(Line l) {
            if (lines.size() < MAX_LINES) lines.add(l);
            else omitted++;
        }

        /** The steps below one that the same rule took on the rest of the operands, merged into it. */
        private static List<Tree> flattened(Rule rule, List<Tree> children) {
            List<Tree> out = new ArrayList<>();
            for (Tree c : children) {
                if (c.step.applied() == rule) out.addAll(flattened(rule, c.children));
                else out.add(c);
            }
            return out;
        }

        /**
         * d/dx(w) in a formula: what the step below computed, when its rule needed no further
         * derivative (the constant and variable rules); else a hole to be worked out below.
         */
        private static Node derivativeOf(Node w, List<Tree> children, Map<String, Node> holes) {
            for (Tree c : children) {
                if (c.step.expression().equals(w) && c.step.isFinal()) return c.step.result();
            }
            return hole(w, holes);
        }

        private static Node hole(Node w, Map<String, Node> holes) {
            String name = null;
            for (Map.Entry<String, Node> e : holes.entrySet()) {
                if (e.getValue().equals(w)) name = e.getKey();
            }
            if (name == null) {
                name = letters(holes.size());
                holes.put(name, w);
            }
            Function f = new Function("~" + name, null, MARK + name, null, null);
            return Nodes.call(f, Nodes.ZERO);
        }

        private static String letters(int i) {
            StringBuilder sb = new StringBuilder();
            do {
                sb.insert(0, (char) ('a' + i % 26));
                i = i / 26 - 1;
            } while (i >= 0);
            return sb.toString();
        }

        private Node instantiate(Node template, Bindings b, Map<String, Node> holes, List<Tree> children) {
            if (template instanceof Var v) {
                if (b.has(v)) return b.get(v);
                return v.name().equals("x") ? x : v;
            }
            if (template.children().isEmpty()) return template;
            if (template instanceof Call c && c.function() == RuleBook.DERIVATIVE) {
                return derivativeOf(instantiate(c.arg(), b, holes, children), children, holes);
            }
            List<Node> kids = new ArrayList<>(template.children().size());
            for (Node child : template.children()) kids.add(instantiate(child, b, holes, children));
            return Nodes.rebuild(template, kids);
        }

        /** The rule as a textbook names it. */
        private String label(Step s, Rule rule) {
            switch (s.rule()) {
                case "sum": return "sum rule";
                case "constant multiple": return "constant multiple rule";
                case "product": return "product rule";
                case "quotient": return "quotient rule";
                case "constant": return "constant rule";
                case "variable": return "derivative of the variable";
                case "general power": return "general power rule, from u^v = exp(v*ln(u))";
                case "power": return "power rule";
                case "exponential": return "exponential rule";
                default:
                    if (rule != null && rule.lhs() instanceof Call c) return "table entry for " + c.name();
                    return "rule '" + s.rule() + "'";
            }
        }

        /** The inner function when the step includes the chain rule (it is not x itself), else null. */
        private Node inner(Step s, Rule rule) {
            if (rule == null) return null;
            Node inner = null;
            if ("power".equals(s.rule()) && rule.lhs() instanceof Pow p && p.base() instanceof Var u) {
                inner = s.bindings().get(u);
            } else if ("exponential".equals(s.rule()) && rule.lhs() instanceof Pow p && p.exponent() instanceof Var u) {
                inner = s.bindings().get(u);
            } else if (rule.lhs() instanceof Call c && c.arg() instanceof Var u) {
                inner = s.bindings().get(u);
            }
            return inner == null || inner.equals(x) ? null : inner;
        }
    }

    /** The function differentiated. */
    public Expr function() { return function; }
}
