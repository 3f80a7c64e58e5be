package dev.deriv.compile;

import dev.deriv.expr.Function;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random canonical expression trees over x, y, z, built through {@link Nodes}, from a seed. */
final class RandomTrees {
    static final Var X = Nodes.var("x");
    static final Var Y = Nodes.var("y");
    static final Var Z = Nodes.var("z");
    static final List<Var> VARS = List.of(X, Y, Z);

    private static final long[][] EXPONENTS = {
        {2, 1}, {3, 1}, {-1, 1}, {-2, 1}, {1, 2}, {-1, 2}, {3, 2}, {-3, 2}, {1, 3}, {4, 1}, {5, 1}, {-3, 1},
        {7, 1}, {8, 1}, {9, 1}, {2, 3}, {5, 2}, {-5, 1},
    };

    private final Random r;

    RandomTrees(long seed) { r = new Random(seed); }

    Node tree(int depth) {
        try {
            return build(depth);
        } catch (dev.deriv.MathException e) {
            return VARS.get(r.nextInt(3)); // e.g. 0^-1 built from constants
        }
    }

    private Node build(int depth) {
        if (depth <= 0 || r.nextInt(10) < 2) return leaf();
        switch (r.nextInt(9)) {
            case 0:
            case 1: {
                List<Node> terms = new ArrayList<>();
                int n = 2 + r.nextInt(3);
                for (int i = 0; i < n; i++) terms.add(r.nextInt(3) == 0 ? Nodes.neg(tree(depth - 1)) : tree(depth - 1));
                return Nodes.add(terms);
            }
            case 2:
            case 3: {
                List<Node> factors = new ArrayList<>();
                int n = 2 + r.nextInt(2);
                for (int i = 0; i < n; i++) factors.add(tree(depth - 1));
                return Nodes.mul(factors);
            }
            case 4:
                return Nodes.div(tree(depth - 1), tree(depth - 1));
            case 5: {
                long[] e = EXPONENTS[r.nextInt(EXPONENTS.length)];
                return Nodes.pow(tree(depth - 1), Nodes.num(e[0], e[1]));
            }
            case 6:
                return Nodes.pow(tree(depth - 1), tree(Math.min(1, depth - 1)));
            case 7:
                if (r.nextBoolean()) return Nodes.mul(Nodes.exp(tree(depth - 1)), Nodes.exp(tree(depth - 1)));
                // fall through
            default: {
                Function f = FUNCTIONS.get(r.nextInt(FUNCTIONS.size()));
                return Nodes.call(f, tree(depth - 1));
            }
        }
    }

    /**
     * Every registry function but sign: its values 0 and 1 make most powers above it
     * singular (0 to a negative power), which the comparison has to skip.
     */
    private static final List<Function> FUNCTIONS = Function.BUILTINS.stream()
            .filter(f -> !f.name().equals("sign")).collect(java.util.stream.Collectors.toList());

    private Node leaf() {
        int k = r.nextInt(20);
        if (k < 12) return VARS.get(r.nextInt(3));
        if (k < 16) return Nodes.num(r.nextInt(9) - 3);
        if (k < 18) return Nodes.num(r.nextInt(19) - 9, 1 + r.nextInt(7));
        return r.nextBoolean() ? Nodes.PI : Nodes.E;
    }

    /** A point: mostly moderate values, sometimes 0, 1, -1 or larger ones. */
    double value() {
        int k = r.nextInt(20);
        if (k == 0) return 0.0;
        if (k == 1) return 1.0;
        if (k == 2) return -1.0;
        if (k == 3) return (r.nextDouble() - 0.5) * 60;
        return (r.nextDouble() - 0.5) * 6;
    }
}
