package dev.deriv.check;

import dev.deriv.expr.Add;
import dev.deriv.expr.Builtin;
import dev.deriv.expr.Call;
import dev.deriv.expr.Const;
import dev.deriv.expr.DeepStack;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.NodeVisitor;
import dev.deriv.expr.Num;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Var;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Points inside a domain that random sampling misses: {@code sqrt(a - b)*sqrt(b - c)*sqrt(c - d)*sqrt(d)}
 * needs a &gt; b &gt; c &gt; d &gt; 0, which one random point in 384 meets. The expressions' own
 * constraints are read off them (the argument of ln is positive, of asin within [-1, 1], the
 * base of a fractional power not negative, ...), and each start (a random point of the positive
 * orthant, a random ordering of the variables, small integers and halves, a random point) is
 * moved downhill on the total violation until none is left, in doubles, which is cheap. The
 * points found are then compared in high precision like the others. Deterministic: the random
 * numbers come from a seed.
 */
final class DomainSearch {
    /** Starts tried at most, and moves per start. */
    private static final int STARTS = 160;
    private static final int MOVES = 80;
    private static final double[] SMALL = {1, 2, 3, 4, 5, 0.5, 1.5, 2.5, 0.25, 6, 7, 10};

    /** g must satisfy what: positive, not negative, within [-1, 1], at least 1, ... */
    private enum Need { POSITIVE, NOT_NEGATIVE, UNIT, OPEN_UNIT, AT_LEAST_ONE, DOMAIN }

    private record Constraint(Node g, Need need, Builtin function) {
        /** How far g's value is from meeting the need (0 when met). */
        double violation(double v) {
            if (Double.isNaN(v)) return 1e6; // g itself undefined: the constraints inside it say how far off
            switch (need) {
                case POSITIVE: return v > 0 ? 0 : 1e-3 - v;
                case NOT_NEGATIVE: return v >= 0 ? 0 : -v;
                case UNIT: return Math.abs(v) <= 1 ? 0 : Math.abs(v) - 1;
                case OPEN_UNIT: return Math.abs(v) < 1 ? 0 : Math.abs(v) - 1 + 1e-3;
                case AT_LEAST_ONE: return v >= 1 ? 0 : 1 - v;
                default: return function.domain().contains().test(v) ? 0 : 1;
            }
        }
    }

    private final List<Node> defined;
    private final List<Var> vars;
    private final List<Constraint> constraints = new ArrayList<>();
    private final Random rnd;

    /**
     * @param defined the expressions that must be defined at a point found (the problem, its derivative)
     * @param vars    the coordinates
     */
    DomainSearch(List<Node> defined, List<Var> vars, long seed) {
        this.defined = defined;
        this.vars = vars;
        this.rnd = new Random(seed);
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node n : defined) DeepStack.callFor(n.depth(), () -> collect(n, seen));
    }

    int constraintCount() { return constraints.size(); }

    /** Up to {@code wanted} distinct points where every expression is defined (in doubles), or fewer. */
    List<Map<Var, BigDecimal>> points(int wanted) {
        List<Map<Var, BigDecimal>> out = new ArrayList<>();
        Set<Map<Var, BigDecimal>> distinct = new java.util.HashSet<>();
        for (int s = 0; s < STARTS && out.size() < wanted; s++) {
            double[] p = descend(start(s));
            if (p == null) continue;
            Map<Var, BigDecimal> point = rounded(p);
            if (definedAt(point) && distinct.add(point)) out.add(point);
        }
        return out;
    }

    private double[] start(int s) {
        int n = vars.size();
        double[] p = new double[n];
        switch (s % 4) {
            case 0: // the positive orthant
                for (int i = 0; i < n; i++) p[i] = Math.pow(10, rnd.nextDouble() * 2 - 1);
                break;
            case 1: { // a random ordering of distinct positive values
                List<Double> values = new ArrayList<>();
                for (int i = 0; i < n; i++) values.add(0.5 + i + rnd.nextDouble() * 0.5);
                Collections.shuffle(values, rnd);
                for (int i = 0; i < n; i++) p[i] = values.get(i);
                break;
            }
            case 2: // small integers and halves, some negative
                for (int i = 0; i < n; i++) p[i] = SMALL[rnd.nextInt(SMALL.length)] * (rnd.nextInt(4) == 0 ? -1 : 1);
                break;
            default: // anywhere
                for (int i = 0; i < n; i++) p[i] = rnd.nextDouble() * 20 - 10;
        }
        return p;
    }

    /** Moves p downhill on the total violation; the point once none is left, else null. */
    private double[] descend(double[] p) {
        double v = violation(p);
        double step = 1;
        for (int k = 0; k < MOVES && v > 0; k++) {
            double[] q = p.clone();
            int i = rnd.nextInt(q.length);
            q[i] += rnd.nextGaussian() * step * Math.max(1, Math.abs(q[i]));
            if (rnd.nextBoolean()) { // and another coordinate: constraints often tie two (a > b)
                int j = rnd.nextInt(q.length);
                q[j] += rnd.nextGaussian() * step * Math.max(1, Math.abs(q[j]));
            }
            double w = violation(q);
            if (w < v) {
                p = q;
                v = w;
            } else {
                step = Math.max(0.01, step * 0.9);
            }
        }
        return v == 0 ? p : null;
    }

    private double violation(double[] p) {
        Map<Var, Double> at = new HashMap<>();
        for (int i = 0; i < p.length; i++) at.put(vars.get(i), p[i]);
        double total = 0;
        for (Constraint c : constraints) total += c.violation(Interpreter.eval(c.g, at));
        return total;
    }

    private boolean definedAt(Map<Var, BigDecimal> point) {
        Map<Var, Double> at = new HashMap<>();
        point.forEach((v, x) -> at.put(v, x.doubleValue()));
        for (Node n : defined) if (!Double.isFinite(Interpreter.eval(n, at))) return false;
        return true;
    }

    /** Four significant digits, as the random points have; 0 as 0.001 (0 is where many things end). */
    private Map<Var, BigDecimal> rounded(double[] p) {
        Map<Var, BigDecimal> point = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) {
            BigDecimal b = new BigDecimal(p[i]).round(new MathContext(4, RoundingMode.HALF_EVEN));
            point.put(vars.get(i), b.signum() == 0 ? new BigDecimal("0.001") : b.stripTrailingZeros());
        }
        return point;
    }

    // ---- the constraints of an expression -------------------------------------------------------

    private Void collect(Node n, Set<Node> seen) {
        if (!seen.add(n)) return null;
        for (Node child : n.children()) collect(child, seen);
        n.accept(new NodeVisitor<Void>() {
            @Override public Void num(Num k) { return null; }
            @Override public Void var(Var v) { return null; }
            @Override public Void constant(Const c) { return null; }
            @Override public Void add(Add a) { return null; }
            @Override public Void mul(Mul m) { return null; }

            @Override public Void pow(Pow p) {
                boolean integer = p.exponent() instanceof Num k && k.value().isInteger();
                if (!integer) constraints.add(new Constraint(p.base(), Need.NOT_NEGATIVE, null));
                return null;
            }

            @Override public Void call(Call c) {
                if (c.function().isDefined()) {
                    collect(c.function().expand(c.arg()), seen);
                    return null;
                }
                Builtin f = c.function().builtin();
                if (f.domain() == Builtin.Domain.ALL) return null;
                constraints.add(new Constraint(c.arg(), need(c.name()), f));
                return null;
            }
        });
        return null;
    }

    private static Need need(String function) {
        switch (function) {
            case "ln": return Need.POSITIVE;
            case "asin":
            case "acos": return Need.UNIT;
            case "atanh": return Need.OPEN_UNIT;
            case "acosh": return Need.AT_LEAST_ONE;
            default: return Need.DOMAIN; // poles (tan, cot, csch, ...): a measure-zero set, met almost everywhere
        }
    }
}
