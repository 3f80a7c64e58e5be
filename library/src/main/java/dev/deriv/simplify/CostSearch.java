package dev.deriv.simplify;

import dev.deriv.expr.Deadline;
import dev.deriv.expr.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search for the cheapest form. Bottom-up over the DAG: once an
 * expression's operands are simplified, the strategy proposes alternatives for
 * it, each alternative is simplified in turn, and the cheapest wins (ties keep
 * the earlier form). Results are memoized for the run, so each distinct
 * subexpression is worked on once. When the run's budget is out, each
 * expression keeps the best form found so far.
 *
 * @param strategy what proposes the alternatives
 * @param depth    how many proposals may follow one another on one expression:
 *                 alternatives of alternatives are explored only this deep, which
 *                 keeps the search from growing exponentially
 * @param largest  the largest cost of an expression whose own alternatives are
 *                 searched; a costlier one is only rebuilt from its simplified
 *                 operands, which keeps the search linear in the expression's size
 */
record CostSearch(Strategy strategy, int depth, long largest) implements Strategy {

    /** What one run has found, and the expressions under work (a proposal that leads back to one is not followed). */
    private record Memory(Map<Node, Node> done, Set<Node> active) {
        Memory() {
            this(new HashMap<>(), new HashSet<>());
        }
    }

    @Override
    public List<Node> propose(Node n, Run run) {
        Node best = simplify(n, 0, run.memory(this, Memory::new), run);
        return best.equals(n) ? List.of() : List.of(best);
    }

    private Node simplify(Node n, int level, Memory memory, Run run) {
        if (n.children().isEmpty()) return n;
        Node known = memory.done.get(n);
        if (known != null) return known;
        if (!memory.active.add(n)) return n; // a strategy led back here: keep the form under work
        try {
            Node rebuilt = withSimplifiedOperands(n, level, memory, run);
            Node best = n;
            // rebuilding can undo an operand's gain ((x*(x+2)/2)^2 distributes): compare with n itself
            if (!rebuilt.equals(n)) best = run.cheaper(n, simplify(rebuilt, level, memory, run));
            else if (level < depth) best = searchAt(n, level, memory, run);
            memory.done.put(n, best);
            return best;
        } catch (Deadline.Exceeded e) {
            run.stoppedBy(e);
            return n;
        } finally {
            memory.active.remove(n);
        }
    }

    private Node withSimplifiedOperands(Node n, int level, Memory memory, Run run) {
        List<Node> kids = new ArrayList<>(n.children().size());
        boolean changed = false;
        for (Node c : n.children()) {
            Node s = simplify(c, level, memory, run);
            changed |= s != c;
            kids.add(s);
        }
        return changed ? Combinators.rebuild(n, kids) : n;
    }

    /** The best of n and the alternatives proposed for n itself, each searched in turn. */
    private Node searchAt(Node n, int level, Memory memory, Run run) {
        if (run.outOfBudget()) return n; // proposing alternatives can cost more than the whole budget
        // a large expression keeps the form its simplified operands give it: its alternatives
        // (expanding a product of many sums, factoring out of a long sum) cost time that grows with
        // its size, at each of the O(n) levels of a product rule's nested answer
        if (run.cost(n) > largest) return n;
        Node best = n;
        for (Node candidate : Combinators.propose(strategy, n, run)) {
            if (run.outOfBudget()) break;
            run.step();
            if (candidate.equals(n)) continue;
            best = run.cheaper(best, simplify(candidate, level + 1, memory, run));
        }
        return best;
    }
}
