package dev.deriv.simplify;

import dev.deriv.LimitException;
import dev.deriv.MathException;
import dev.deriv.expr.Deadline;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** The combinators behind {@link Strategy}'s factory methods. */
final class Combinators {
    private Combinators() {}

    /**
     * What {@code s} proposes for n; nothing when proposing fails: a form that
     * divides by zero, or needs a number beyond MAX_INTEGER_BITS, is no form.
     */
    static List<Node> propose(Strategy s, Node n, Run run) {
        try {
            return s.propose(n, run);
        } catch (MathException e) {
            return List.of();
        } catch (LimitException e) {
            if (e instanceof Deadline.Exceeded) throw e;
            return List.of();
        }
    }

    /** n rebuilt from new operands, or n itself when that fails (a denominator became 0, a number too large). */
    static Node rebuild(Node n, List<Node> operands) {
        try {
            return Nodes.rebuild(n, operands);
        } catch (MathException e) {
            return n; // leave the form the user wrote
        } catch (LimitException e) {
            if (e instanceof Deadline.Exceeded) throw e;
            return n;
        }
    }

    /** The cheapest of n and the proposals, each one a step; n when none is cheaper. */
    static Node cheapest(Node n, List<Node> proposals, Run run) {
        Node best = n;
        for (Node candidate : proposals) {
            if (run.outOfBudget()) break;
            run.step();
            best = run.cheaper(best, candidate);
        }
        return best;
    }

    private static List<Node> onlyIfChanged(Node n, Node result) {
        return result.equals(n) ? List.of() : List.of(result);
    }

    record Named(String name, Function<Node, List<Node>> proposals) implements Strategy {
        @Override
        public List<Node> propose(Node n, Run run) {
            List<Node> out = proposals.apply(n);
            for (Node c : out) if (!c.equals(n)) run.fired(name);
            return out;
        }

        @Override public String toString() { return name; }
    }

    record Alternatives(List<Strategy> parts) implements Strategy {
        @Override
        public List<Node> propose(Node n, Run run) {
            List<Node> out = new ArrayList<>();
            for (Strategy s : parts) out.addAll(Combinators.propose(s, n, run));
            return out;
        }
    }

    record Chain(List<Strategy> steps) implements Strategy {
        @Override
        public List<Node> propose(Node n, Run run) {
            List<Node> forms = List.of(n);
            for (Strategy s : steps) {
                List<Node> next = new ArrayList<>();
                for (Node f : forms) {
                    List<Node> out = run.outOfBudget() ? List.of() : Combinators.propose(s, f, run);
                    if (out.isEmpty()) next.add(f);
                    else next.addAll(out);
                }
                forms = next;
            }
            List<Node> out = new ArrayList<>(forms.size());
            for (Node f : forms) if (!f.equals(n)) out.add(f);
            return out;
        }
    }

    record When(Predicate<Node> test, Strategy strategy) implements Strategy {
        @Override
        public List<Node> propose(Node n, Run run) {
            return test.test(n) ? strategy.propose(n, run) : List.of();
        }
    }

    record Fixpoint(Strategy strategy) implements Strategy {
        @Override
        public List<Node> propose(Node n, Run run) {
            Node current = n;
            while (!run.outOfBudget()) {
                Node next = cheapest(current, Combinators.propose(strategy, current, run), run);
                if (next == current) break;
                current = next;
            }
            return onlyIfChanged(n, current);
        }
    }

    record Postwalk(Strategy strategy) implements Strategy {
        @Override
        public List<Node> propose(Node n, Run run) {
            Map<Node, Node> done = run.memory(this, HashMap::new);
            return onlyIfChanged(n, walk(n, done, run));
        }

        private Node walk(Node n, Map<Node, Node> done, Run run) {
            Node known = done.get(n);
            if (known != null) return known;
            Node rebuilt = n;
            if (!n.children().isEmpty()) {
                List<Node> kids = new ArrayList<>(n.children().size());
                boolean changed = false;
                for (Node c : n.children()) {
                    Node w = walk(c, done, run);
                    changed |= w != c;
                    kids.add(w);
                }
                if (changed) rebuilt = rebuild(n, kids);
            }
            Node best = run.outOfBudget() ? rebuilt : cheapest(rebuilt, Combinators.propose(strategy, rebuilt, run), run);
            done.put(n, best);
            return best;
        }
    }
}
