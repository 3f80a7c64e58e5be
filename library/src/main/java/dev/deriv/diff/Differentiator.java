package dev.deriv.diff;

import dev.deriv.LimitException;
import dev.deriv.MathException;
import dev.deriv.diff.LinearForm.Term;
import dev.deriv.expr.Add;
import dev.deriv.expr.Call;
import dev.deriv.expr.DeepStack;
import dev.deriv.expr.Limits;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.rules.Bindings;
import dev.deriv.rules.Condition;
import dev.deriv.rules.Matcher;
import dev.deriv.rules.Rule;
import dev.deriv.rules.RuleBook;
import dev.deriv.rules.RuleIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Differentiation driven by the derivative table ({@code rules/derivatives.rules}).
 * Forward: the first rule whose pattern matches is applied, and every {@code D(w)}
 * of its replacement is differentiated in turn; results are memoized per
 * subexpression, so a DAG is differentiated node by node, never as an unfolded tree.
 * Gradients take one reverse sweep ({@link ReverseSweep}) whose local partial
 * derivatives are the same rules read as linear forms ({@link #local}).
 *
 * <p>Two shortcuts keep wide expressions linear, both read off the table, never
 * written here: when the table's first rule is a constant rule ({@code c => 0 if free(c)}),
 * an expression free of x gets its value without matching; and a rule for sums or
 * products of the form {@code u + v => a*D(u) + b*D(v)} with numbers a and b (the sum
 * rule), which the matcher applies one operand at a time, is applied to all operands
 * at once ({@link Chain}). Thread-safe.
 */
public final class Differentiator {
    /** In the table, x stands for the variable of differentiation, whatever its name. */
    private static final Var RULE_VARIABLE = Nodes.var("x");

    private final RuleIndex rules;
    /** The value the table gives every expression free of x, when its first rule is a constant rule; else null. */
    private final Node constantValue;
    /**
     * Each rule, worked out once; by identity (not by "file:line": a user's file may have the
     * name of a standard one). Filled in the constructor, then only read.
     */
    private final Map<Rule, Prepared> prepared = new IdentityHashMap<>();

    /**
     * What is worked out once per rule: its matcher; whether it needs one of the operands
     * of a sum or product, or the whole expression, to be free of x (so that it cannot match
     * when they vary: checked before matching, which would try every operand as c and build
     * the rest for each, cubic over the product rule's chain); its {@link Chain}; and its
     * replacement as a linear form, or why it is not one.
     */
    private record Prepared(Matcher matcher, boolean needsAFreeOperand, boolean needsToBeFree,
                            Optional<Chain> chain, LinearForm form, MathException notLinear) {}

    public Differentiator(RuleBook book) {
        this.rules = new RuleIndex(book.derivatives());
        List<Rule> all = book.derivatives();
        this.constantValue = all.isEmpty() ? null : constantRuleValue(all.get(0));
        for (Rule r : all) prepared.put(r, prepare(r));
    }

    private Prepared prepare(Rule r) {
        Set<Var> variables = new HashSet<>(r.variables());
        variables.add(RULE_VARIABLE);
        boolean acPattern = r.lhs() instanceof Add || r.lhs() instanceof Mul;
        boolean freeOperand = false;
        boolean freeWhole = false;
        for (Condition c : r.conditions()) {
            if (!c.predicate().equals("free")) continue;
            freeOperand |= acPattern && r.lhs().children().contains(c.variable());
            freeWhole |= r.lhs().equals(c.variable());
        }
        Optional<Chain> chain = Chain.of(r, rules.candidates(r.lhs()), this::isConstantRuleGivingZero);
        try {
            return new Prepared(new Matcher(variables), freeOperand, freeWhole, chain, LinearForm.of(r), null);
        } catch (MathException notLinear) {
            return new Prepared(new Matcher(variables), freeOperand, freeWhole, chain, null, notLinear);
        }
    }

    /** {@code c => K if free(c)} with K a fixed expression: K; else null. */
    private static Node constantRuleValue(Rule r) {
        boolean loneFree = r.lhs() instanceof Var c && r.variables().contains(c)
                && r.conditions().equals(List.of(new Condition("free", c)));
        return loneFree && Nodes.variables(r.rhs()).isEmpty() && !LinearForm.hasD(r.rhs()) ? r.rhs() : null;
    }

    /** d/dx of f, in canonical form. */
    public Node derivative(Node f, Var x) {
        return DeepStack.callFor(recursion(f), () -> new Forward(x, null).d(f));
    }

    /**
     * d/dx of f, reporting every rule applied to {@code steps}, outermost first: each step
     * before the steps that computed the D(...) of its replacement (which have depth + 1),
     * those in the order the replacement uses them.
     */
    public Node derivative(Node f, Var x, Consumer<Step> steps) {
        List<Step> postOrder = new ArrayList<>();
        Node result = DeepStack.callFor(recursion(f), () -> new Forward(x, postOrder::add).d(f));
        preOrder(postOrder).forEach(steps);
        return result;
    }

    /** A step is known once its D(...) are computed: reorders that post-order into pre-order. */
    private static List<Step> preOrder(List<Step> postOrder) {
        // each step's sub-steps are the deeper ones reported just before it
        List<List<Object>> stack = new ArrayList<>(); // {step, children}
        for (Step s : postOrder) {
            List<List<Object>> children = new ArrayList<>();
            while (!stack.isEmpty() && ((Step) stack.get(stack.size() - 1).get(0)).depth() > s.depth()) {
                children.add(0, stack.remove(stack.size() - 1));
            }
            stack.add(List.of(s, children));
        }
        List<Step> out = new ArrayList<>(postOrder.size());
        for (List<Object> root : stack) emit(root, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void emit(List<Object> node, List<Step> out) {
        out.add((Step) node.get(0));
        for (List<Object> child : (List<List<Object>>) node.get(1)) emit(child, out);
    }

    /**
     * How deep differentiating f may recurse: the product rule takes one factor at a
     * time, so a product of 1,000 factors recurses 1,000 deep though its depth is 2.
     */
    static int recursion(Node f) {
        return (int) Math.min(Integer.MAX_VALUE, f.treeSize());
    }

    /** The error for a derivative beyond {@link Limits#MAX_EXPRESSION_SIZE}. */
    static LimitException tooLarge() {
        return new LimitException("expression too large: its derivative has more than "
                + Limits.MAX_EXPRESSION_SIZE + " nodes (limit: " + Limits.MAX_EXPRESSION_SIZE + " nodes)");
    }

    /** The n-th derivative, each order computed from the one before. */
    public Node derivative(Node f, Var x, int order) {
        if (order < 0) throw new IllegalArgumentException("derivative order must not be negative: " + order);
        if (order > Limits.MAX_DERIVATIVE_ORDER) {
            throw new LimitException("derivative order " + order + " is above the limit of "
                    + Limits.MAX_DERIVATIVE_ORDER);
        }
        Node r = f;
        for (int i = 0; i < order && !r.isZero(); i++) r = derivative(r, x);
        return r;
    }

    /** All partial derivatives of f, in the order of {@code variables}, from one reverse sweep over f's DAG. */
    public List<Node> gradient(Node f, List<Var> variables) {
        return DeepStack.callFor(recursion(f), () -> new ReverseSweep(this, variables).gradient(f));
    }

    /** The Hessian: row i is the gradient of the i-th partial derivative. */
    public List<List<Node>> hessian(Node f, List<Var> variables) {
        List<List<Node>> rows = new ArrayList<>();
        for (Node partial : gradient(f, variables)) rows.add(gradient(partial, variables));
        return rows;
    }

    /** One derivative computation: memo and step reporting for a single variable. */
    private final class Forward {
        private final Var x;
        private final Bindings start;
        private final Consumer<Step> steps;
        private final Map<Node, Node> memo = new HashMap<>();
        private int depth;
        private long built; // operands visited and built, against Limits.MAX_EXPRESSION_SIZE

        Forward(Var x, Consumer<Step> steps) {
            this.x = x;
            this.start = Bindings.EMPTY.with(RULE_VARIABLE, x);
            this.steps = steps;
        }

        Node d(Node n) {
            if (steps == null) {
                if (constantValue != null && !n.dependsOn(x)) return constantValue;
                Node known = memo.get(n);
                if (known != null) return known;
            }
            charge(1 + n.children().size());
            Node result = apply(n);
            charge(result.children().size());
            memo.put(n, result);
            return result;
        }

        private void charge(int nodes) {
            built += nodes;
            if (built > Limits.MAX_EXPRESSION_SIZE) throw tooLarge();
        }

        private Node apply(Node n) {
            Match m = firstMatch(n, start, v -> v.dependsOn(x));
            if (m == null) {
                // a defined function without a table entry: differentiate its formula
                return d(definition(n));
            }
            Optional<Chain> chain = steps == null ? chain(m.rule()) : Optional.empty();
            if (chain.isPresent()) {
                // the rule applied operand by operand, in one pass: linear, not quadratic, in the operands
                List<Node> terms = new ArrayList<>(n.children().size());
                for (Term t : chain.get().terms(n, v -> v.dependsOn(x))) {
                    Node dt = d(t.argument());
                    terms.add(t.coefficient().isOne() ? dt : Nodes.mul(t.coefficient(), dt));
                }
                return Nodes.add(terms);
            }
            return applied(m.rule(), n, m.bindings());
        }

        private Node applied(Rule rule, Node n, Bindings b) {
            int at = depth++;
            try {
                Node result = instantiate(rule.rhs(), b);
                if (steps != null) steps.accept(new Step(rule.name(), n, b, result, at, rule));
                return result;
            } finally {
                depth--;
            }
        }

        /** The replacement with pattern variables bound, each D(w) replaced by the derivative of w. */
        private Node instantiate(Node template, Bindings b) {
            if (template instanceof Var v) return b.get(v);
            if (template.children().isEmpty()) return template;
            if (template instanceof Call c && c.function() == RuleBook.DERIVATIVE) {
                return d(instantiate(c.arg(), b));
            }
            List<Node> kids = new ArrayList<>(template.children().size());
            for (Node child : template.children()) kids.add(instantiate(child, b));
            return Nodes.rebuild(template, kids);
        }
    }

    /**
     * For a rule of the form {@code u + v => a*D(u) + b*D(v)} with numbers a and b (as the sum
     * rule), which is applied to all operands of a sum or product at once: the coefficient of
     * each operand's derivative in D(n). Empty for any other rule.
     */
    public Optional<List<Node>> operandCoefficients(Rule r, Node n) {
        Prepared p = prepared.get(r);
        if (p == null || p.chain().isEmpty()) return Optional.empty();
        return Optional.of(p.chain().get().coefficients(n.children().size()));
    }

    /** A rule and what its pattern matched. */
    record Match(Rule rule, Bindings bindings) {}

    /**
     * The first rule of the table that matches n, its conditions judged by {@code varies}
     * (does an expression depend on what is differentiated by); null when none does.
     */
    Match firstMatch(Node n, Bindings start, Predicate<Node> varies) {
        for (Rule rule : rules.candidates(n)) {
            Prepared p = prepared.get(rule);
            if (p.needsToBeFree() && varies.test(n)) continue;
            if (p.needsAFreeOperand() && allVary(n.children(), varies)) continue;
            Bindings[] found = new Bindings[1];
            boolean matched = p.matcher().match(rule.lhs(), n, start, (b, rest) -> {
                if (!rest.isEmpty() || !rule.conditionsHoldFor(b, varies)) return false;
                found[0] = b;
                return true;
            });
            if (matched) return new Match(rule, found[0]);
        }
        return null;
    }

    private static boolean allVary(List<Node> operands, Predicate<Node> varies) {
        for (Node o : operands) if (!varies.test(o)) return false;
        return true;
    }

    /** The formula of a defined function without a rule of its own, which is differentiated instead. */
    private static Node definition(Node n) {
        if (n instanceof Call c && c.function().isDefined()) return c.function().expand(c.arg());
        throw new MathException("no derivative rule matches " + n + " in the rule table");
    }

    /**
     * One level of the table applied to n, read as a linear form: D(n) is the sum of
     * coefficient·D(argument) over the terms, plus the remainder (nonzero only where the
     * rule names x, the variable of differentiation, as the variable rule does). A
     * reverse sweep passes its adjoint times each coefficient on to the argument.
     *
     * @param varies    does an expression depend on the variables differentiated by
     * @param variable  the one variable n depends on among them, which the rules' x stands for; null if several
     */
    Local local(Node n, Predicate<Node> varies, Var variable) {
        Bindings start = Bindings.EMPTY.with(RULE_VARIABLE, variable == null ? ReverseSweep.FRESH : variable);
        Match m = firstMatch(n, start, varies);
        if (m == null) return new Local(List.of(new Term(Nodes.ONE, definition(n))), Nodes.ZERO);
        Optional<Chain> chain = chain(m.rule());
        if (chain.isPresent()) return new Local(chain.get().terms(n, varies), Nodes.ZERO);
        LinearForm form = linearForm(m.rule());
        Map<Var, Node> b = m.bindings().asMap();
        List<Term> terms = new ArrayList<>(form.terms().size());
        for (Term t : form.terms()) {
            terms.add(new Term(named(m.rule(), Nodes.substitute(t.coefficient(), b)),
                    named(m.rule(), Nodes.substitute(t.argument(), b))));
        }
        return new Local(terms, named(m.rule(), Nodes.substitute(form.remainder(), b)));
    }

    /** A rule that names x where x stands for several variables at once cannot be used by a gradient. */
    private static Node named(Rule r, Node instantiated) {
        if (instantiated.dependsOn(ReverseSweep.FRESH)) {
            throw new MathException("rule '" + r.name() + "' (" + r.source() + ") names x, the variable of "
                    + "differentiation, so a gradient cannot use it on an expression of several of its variables");
        }
        return instantiated;
    }

    /** D(n) = Σ coefficient·D(argument) + remainder. */
    record Local(List<Term> terms, Node remainder) {}

    /**
     * The table's constant rule, if it comes first, gives every expression free of the
     * variables differentiated by this value; a gradient skips such expressions, so it needs 0.
     */
    void requireConstantRuleGivingZero() {
        if (constantValue == null || !constantValue.isZero()) {
            throw new MathException("gradients and Hessians need the first derivative rule to be the constant rule "
                    + "'c => 0 if free(c)', which lets them skip what does not depend on their variables");
        }
    }

    private Optional<Chain> chain(Rule r) {
        return prepared.get(r).chain();
    }

    private boolean isConstantRuleGivingZero(Rule r) {
        Node value = constantRuleValue(r);
        return value != null && value.isZero();
    }

    /** The replacement of r as a linear form; one that is not linear is an error naming r. */
    private LinearForm linearForm(Rule r) {
        Prepared p = prepared.get(r);
        if (p.form() == null) throw p.notLinear();
        return p.form();
    }
}
