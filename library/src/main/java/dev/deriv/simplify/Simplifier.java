package dev.deriv.simplify;

import dev.deriv.expr.Add;
import dev.deriv.expr.Deadline;
import dev.deriv.expr.DeepStack;
import dev.deriv.expr.LimitException;
import dev.deriv.expr.MathException;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.print.PrintedSize;
import dev.deriv.rules.RuleBook;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search for the smallest form. Bottom-up over the DAG: once an
 * expression's operands are simplified, every strategy proposes alternatives for
 * it — the rewrite rules of {@code rules/simplify.rules}, expanding, pulling out
 * common factors, combining fractions, cancelling polynomial GCDs — each
 * alternative is simplified in turn, and the one with the smallest printed size
 * wins (ties keep the earlier form). Results are memoized, so each distinct
 * subexpression is worked on once. A step budget and a time budget bound the
 * search; when either runs out the best form found so far is returned, and the
 * result says so. Every step is an identity valid wherever the input is defined
 * (README, "Domains"), so the answer is never wrong, only possibly not minimal.
 */
public final class Simplifier {
    /** Limits of one simplification. */
    public record Budget(int steps, long millis) {
        public static final Budget DEFAULT = new Budget(20_000, 2_000);
    }

    /** The simplified form; {@code exhausted} when a budget stopped the search early. */
    public record Result(Node node, int steps, boolean exhausted) {}

    /** How many strategies may follow one another on one expression (see {@code Search.simplify}). */
    static final int MAX_LEVEL = 3;

    private final Rewriter rewriter;

    public Simplifier(RuleBook book) {
        this.rewriter = new Rewriter(book.simplify());
    }

    public Result simplify(Node n) {
        return simplify(n, Budget.DEFAULT);
    }

    public Result simplify(Node n, Budget budget) {
        return DeepStack.callFor(n.depth(), () -> new Search(budget).run(n));
    }

    /**
     * Several expressions that share subexpressions (the partials of a gradient)
     * in one search: what is found for a shared part is found once. One budget
     * covers them all.
     */
    public List<Node> simplifyAll(List<Node> nodes) {
        int depth = 0;
        for (Node n : nodes) depth = Math.max(depth, n.depth());
        return DeepStack.callFor(depth, () -> {
            Search search = new Search(Budget.DEFAULT);
            List<Node> out = new ArrayList<>(nodes.size());
            for (Node n : nodes) out.add(search.run(n).node());
            return out;
        });
    }

    private final class Search {
        private final Budget budget;
        private final long endNanos;
        private Deadline clock; // the time budget, watched wherever nodes are built (Expand, Fractions, ...)
        private final Map<Node, Node> done = new HashMap<>();
        private final Set<Node> active = new HashSet<>();
        private final PrintedSize size = new PrintedSize();
        private int steps;
        private boolean exhausted;

        Search(Budget budget) {
            this.budget = budget;
            this.endNanos = System.nanoTime() + budget.millis() * 1_000_000L;
        }

        Result run(Node n) {
            // one budget for all the runs of a search (simplifyAll): each run gets what is left
            clock = Deadline.open(Math.max(0, (endNanos - System.nanoTime()) / 1_000_000L), "simplification");
            if (exhausted) clock.disarm();
            try {
                Node best = simplify(n, 0);
                return new Result(best, steps, exhausted);
            } finally {
                clock.close();
            }
        }

        private boolean outOfBudget() {
            if (exhausted) return true;
            if (steps >= budget.steps() || clock.expired()) exhausted = true;
            return exhausted;
        }

        /**
         * When the time budget ran out in the middle of a step (one expansion can take
         * seconds), that step is abandoned and the search winds up with what it has;
         * an outer budget (a request's) ends the simplification.
         */
        private void stopOrRethrow(Deadline.Exceeded e) {
            if (e.deadline() != clock) throw e;
            clock.disarm();
            exhausted = true;
        }

        /**
         * @param level how many strategies led to n from the input; alternatives of
         *              alternatives are explored only up to {@link #MAX_LEVEL}, which
         *              keeps the search from growing exponentially
         */
        Node simplify(Node n, int level) {
            if (n.children().isEmpty()) return n;
            Node known = done.get(n);
            if (known != null) return known;
            if (!active.add(n)) return n; // a strategy led back here: keep the form under work
            try {
                Node rebuilt = withSimplifiedOperands(n, level);
                Node best = n;
                // rebuilding can undo an operand's gain ((x*(x+2)/2)^2 distributes): compare with n itself
                if (!rebuilt.equals(n)) best = smaller(n, simplify(rebuilt, level));
                else if (level < MAX_LEVEL && !isMonomial(n)) best = searchAt(n, level);
                done.put(n, best);
                return best;
            } catch (Deadline.Exceeded e) {
                stopOrRethrow(e);
                return n;
            } finally {
                active.remove(n);
            }
        }

        private Node withSimplifiedOperands(Node n, int level) {
            List<Node> kids = new ArrayList<>(n.children().size());
            boolean changed = false;
            for (Node c : n.children()) {
                Node s = simplify(c, level);
                changed |= s != c;
                kids.add(s);
            }
            if (!changed) return n;
            try {
                return Nodes.rebuild(n, kids);
            } catch (MathException e) {
                return n; // e.g. a denominator simplified to 0: leave the form the user wrote
            } catch (LimitException e) {
                if (e instanceof Deadline.Exceeded) throw e;
                return n; // a number beyond MAX_INTEGER_BITS: keep the form that does not need it
            }
        }

        /** The best of n and the alternatives every strategy proposes for n itself. */
        private Node searchAt(Node n, int level) {
            if (outOfBudget()) return n; // proposing alternatives can cost more than the whole budget
            Node best = n;
            for (Node candidate : alternatives(n)) {
                if (outOfBudget()) break;
                steps++;
                if (candidate.equals(n)) continue;
                best = smaller(best, simplify(candidate, level + 1));
            }
            return best;
        }

        private List<Node> alternatives(Node n) {
            List<Node> out = new ArrayList<>();
            try {
                out.addAll(rewriter.rewrites(n));
                Node expanded = Expand.expand(n);
                if (expanded != null) out.add(expanded);
                if (n instanceof Add a) {
                    Node common = Factor.common(a);
                    if (common != null) out.add(common);
                    out.addAll(Factor.partial(a));
                    Node together = Fractions.together(a);
                    if (together != null) out.add(together);
                }
                if (n instanceof Mul m) {
                    Node cancelled = Fractions.cancel(m);
                    if (cancelled != null) out.add(cancelled);
                    Node combined = Fractions.togetherFactors(m);
                    if (combined != null) out.add(combined);
                    Node content = Fractions.extractContent(m);
                    if (content != null) out.add(content);
                    Node moved = Exponentials.intoPower(m);
                    if (moved != null) out.add(moved);
                }
                Node trig = Trig.inSinesAndCosines(n);
                if (trig != null) out.add(trig);
            } catch (MathException e) {
                // an alternative that divides by zero is no alternative
            } catch (LimitException e) {
                if (e instanceof Deadline.Exceeded) throw e;
                // nor one that needs a number beyond MAX_INTEGER_BITS
            }
            return out;
        }

        /** {@code 3*x^2*y}: no strategy can shrink a product of powers of variables. */
        private boolean isMonomial(Node n) {
            for (Node f : n instanceof Mul m ? m.factors() : List.of(n)) {
                Node base = Factor.base(f);
                if (!(f instanceof dev.deriv.expr.Num) && !(base instanceof dev.deriv.expr.Var
                        && Factor.exponent(f) instanceof dev.deriv.expr.Num)) return false;
            }
            return true;
        }

        /** The smaller by printed size, then by tree size; a tie keeps {@code a}. */
        private Node smaller(Node a, Node b) {
            long sa = size.size(a);
            long sb = size.size(b);
            if (sb != sa) return sb < sa ? b : a;
            return b.treeSize() < a.treeSize() ? b : a;
        }
    }
}
