package dev.deriv.expr;

import dev.deriv.print.InfixPrinter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Where an expression is defined as it was written, which its canonical form may
 * have forgotten: nodes are canonicalized as they are built, so {@code x/x} is
 * {@code 1} and {@code sqrt(x)^2} is {@code x} by the time the parser returns, and
 * simplification widens the domain further (README's domain policy). The parser
 * records here, before canonicalizing, every condition the text imposes: each
 * divisor is not zero, each fractional or negative power and each call of a function
 * with a restricted domain (ln, sqrt, asin, tan, ...) is defined. A value at a point
 * ({@code eval}, {@code deriv --at}, {@code grad --at}, CSV rows, the checker's sample
 * points) first asks {@link #violatedAt} or evaluates {@link Condition#guard()}s,
 * so that {@code x/x} at 0 is a division by zero, not 1.
 *
 * <p>Conditions are in the order the parser met them, innermost first, without
 * duplicates: the first one violated at a point is the one to report
 * ({@code ln(sqrt(x))} at -1: sqrt, not ln). An expression built by the library
 * (a derivative, {@link Nodes}) and not parsed has {@link #EVERYWHERE}, or keeps the
 * domain of the expression it came from (a derivative exists only where its function does).
 *
 * @param conditions what must hold at a point for the expression to be defined there
 */
public record WrittenDomain(List<Condition> conditions) {
    /** No condition: defined wherever its canonical form is. */
    public static final WrittenDomain EVERYWHERE = new WrittenDomain(List.of());

    public WrittenDomain {
        conditions = List.copyOf(conditions);
    }

    /** What kind of condition: a divisor that must not be 0, or an operation that must be defined. */
    public enum Kind {
        /** {@code node ≠ 0}: it was written as a divisor ({@code a/node}) or as the base of a negative power. */
        NONZERO_DIVISOR,
        /** {@code node} is defined: a power with a fractional or symbolic exponent, or a call of a function
         *  with a restricted domain ({@code ln(u)} needs u > 0, {@code asin(u)} needs -1 ≤ u ≤ 1). */
        DEFINED
    }

    /**
     * One condition of the written domain.
     *
     * @param kind what must hold
     * @param node the divisor, or the operation (a {@link Pow} or a {@link Call}), in canonical form
     */
    public record Condition(Kind kind, Node node) {
        /**
         * A node that is undefined exactly where this condition fails, for any evaluator
         * (doubles, high precision, exact): {@code node^-1} for a divisor, the operation itself otherwise.
         */
        public Node guard() {
            return kind == Kind.NONZERO_DIVISOR ? Nodes.pow(node, Nodes.MINUS_ONE) : node;
        }

        /**
         * Why the expression is undefined where this condition fails, for messages:
         * "division by zero: x - 1 = 0", "ln needs a positive argument, and 2 - x = -1 here".
         *
         * @param valueOf the value of a subexpression at the point, for the operands named
         */
        public String reason(ToDoubleFunction<Node> valueOf) {
            if (kind == Kind.NONZERO_DIVISOR) return "division by zero: " + InfixPrinter.print(node) + " = 0";
            return node.accept(new NodeVisitor<>() {
                @Override public String num(Num n) { return general(); }
                @Override public String var(Var v) { return general(); }
                @Override public String constant(Const c) { return general(); }
                @Override public String add(Add a) { return general(); }
                @Override public String mul(Mul m) { return general(); }
                @Override public String pow(Pow p) { return powerReason(p, valueOf); }
                @Override public String call(Call c) { return callReason(c, valueOf); }

                private String general() { return InfixPrinter.print(node) + " is undefined"; }
            });
        }

        private static String powerReason(Pow p, ToDoubleFunction<Node> valueOf) {
            String base = InfixPrinter.print(p.base());
            double value = valueOf.applyAsDouble(p.base());
            if (value == 0) return "division by zero: " + base + " = 0 in " + InfixPrinter.print(p);
            String here = p.base() instanceof Var || p.base() instanceof Num ? "" : ", and " + base + " = " + Describe.number(value) + " here";
            if (p.exponent() instanceof Num k && k.value().equals(Rational.HALF)) {
                return "sqrt needs an argument that is not negative" + here;
            }
            return InfixPrinter.print(p) + " is a negative number to a fractional power" + here;
        }

        private static String callReason(Call c, ToDoubleFunction<Node> valueOf) {
            String printed = InfixPrinter.print(c);
            if (!c.function().isBuiltin()) return printed + " is undefined";
            String arg = InfixPrinter.print(c.arg());
            String here = c.arg() instanceof Var || c.arg() instanceof Num ? "" : ", and " + arg + " = " + Describe.number(valueOf.applyAsDouble(c.arg())) + " here";
            return c.function().builtin().domain().reason(c.name(), printed, arg, here);
        }
    }

    /** True when the text imposed no condition. */
    public boolean isEmpty() { return conditions.isEmpty(); }

    /** Both domains: where this one and {@code other} hold (an expression built from two written ones). */
    public WrittenDomain and(WrittenDomain other) {
        if (other.isEmpty()) return this;
        if (isEmpty()) return other;
        Set<Condition> all = new LinkedHashSet<>(conditions);
        all.addAll(other.conditions);
        return new WrittenDomain(new ArrayList<>(all));
    }

    /**
     * The first condition that fails at a point, in doubles (the reference interpreter):
     * a divisor that is exactly 0, an operation that is NaN there, or infinite though its
     * operands are finite and one of them is 0 ({@code ln(0)}). An overflow ({@code x^x}
     * at 1000) is not a violation: the expression is defined there, only large.
     * For exact points and values near 0, the checks at points use high precision
     * ({@code dev.deriv.check.PointValues}).
     */
    public Optional<Condition> violatedAt(Map<Var, Double> point) {
        for (Condition c : conditions) {
            if (violated(c, point)) return Optional.of(c);
        }
        return Optional.empty();
    }

    private static boolean violated(Condition c, Map<Var, Double> point) {
        if (c.kind() == Kind.NONZERO_DIVISOR) return Interpreter.eval(c.node(), point) == 0;
        double value = Interpreter.eval(c.node(), point);
        if (Double.isNaN(value)) return true;
        if (!Double.isInfinite(value)) return false;
        for (Node operand : c.node().children()) {
            double o = Interpreter.eval(operand, point);
            if (o == 0) return true;
        }
        return false;
    }

    /**
     * Collects conditions while the parser builds an expression: it calls {@link #divisor}
     * and {@link #power}/{@link #call} with the operands as written, before they are combined.
     * Not thread-safe; one per parse.
     */
    public static final class Builder {
        private final Set<Condition> conditions = new LinkedHashSet<>();

        /** {@code d} was written as a divisor. */
        public void divisor(Node d) {
            // a constant divisor is nonzero, or refused as the quotient is built
            if (!Nodes.variables(d).isEmpty()) conditions.add(new Condition(Kind.NONZERO_DIVISOR, d));
        }

        /**
         * {@code base^exponent} was written: a negative integer exponent makes the base a divisor;
         * any other exponent but a natural number needs the power to be defined.
         */
        public void power(Node base, Node exponent) {
            if (exponent instanceof Num k && k.value().isInteger()) {
                if (k.value().signum() < 0) divisor(base);
                return;
            }
            if (base instanceof Num b && b.value().signum() > 0) return; // 2^x: defined everywhere
            if (base instanceof Const) return; // e^x, pi^x
            // raw: canonical (x^3)^(1/3) is x, defined at -1, though as written it is not; inner conditions are
            // recorded as the operands were built
            defined(Nodes.rawPow(base, exponent));
        }

        /**
         * {@code f(arg)} was written. Recorded as a raw call, not canonicalized: {@code ln(exp(x))}
         * is built as {@code x}, but its condition is that of ln.
         */
        public void call(Function f, Node arg) {
            if (f.isBuiltin() && f.builtin().domain() == Builtin.Domain.ALL) return;
            defined(Nodes.rawCall(f, arg));
        }

        private void defined(Node operation) {
            Condition c = new Condition(Kind.DEFINED, operation);
            // a constant that is defined adds nothing; one that is not (acos(2), sqrt(-1)) must stay
            // a condition, though the quotient or power it is in cancels it: acos(2)/acos(2) is not 1
            if (Nodes.variables(operation).isEmpty() && !violated(c, Map.of())) return;
            conditions.add(c);
        }

        public WrittenDomain build() {
            return conditions.isEmpty() ? EVERYWHERE : new WrittenDomain(new ArrayList<>(conditions));
        }
    }
}
