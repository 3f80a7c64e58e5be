package dev.deriv.cli;

import dev.deriv.Engine;
import dev.deriv.Expr;
import dev.deriv.MathException;
import dev.deriv.ParseException;
import dev.deriv.expr.DeepStack;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Num;
import dev.deriv.expr.Var;
import dev.deriv.internal.Internals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A point given with {@code --at x=1,y=-2}. Values may be expressions without
 * variables ({@code x=pi/2}, {@code y=1/3}); they are kept exact and substituted
 * into the expression before anything is rounded to a double, so that
 * {@code eval "3*x" --at x=1/3} is exactly 1 and {@code eval "1/(x-1)" --at x=1}
 * is a division by zero rather than a huge number.
 */
final class Point {
    private final Map<Var, Node> exact = new LinkedHashMap<>();
    private final Map<String, Double> values = new LinkedHashMap<>();
    private final Map<Var, Double> numeric = new LinkedHashMap<>();

    private Point() {}

    /** Parses one or more {@code --at} option values; each is a comma-separated list of NAME=VALUE. */
    static Point parse(Engine engine, List<String> specs) {
        return parse(engine, specs, "--at");
    }

    /** The same for another option that takes a point ({@code --from}), named in the messages. */
    static Point parse(Engine engine, List<String> specs, String option) {
        Point p = new Point();
        for (String spec : specs) {
            for (String item : splitTopLevel(spec, option)) p.add(engine, item, option);
        }
        return p;
    }

    private void add(Engine engine, String item, String option) {
        int eq = item.indexOf('=');
        if (eq < 0) {
            throw new UsageException(option + " expects NAME=VALUE pairs such as x=1,y=-2; got '" + item.strip() + "'");
        }
        String name = Names.variable(engine, item.substring(0, eq), option);
        String valueText = item.substring(eq + 1).strip();
        if (valueText.isEmpty()) throw new UsageException(option + ": no value given for '" + name + "'");
        if (values.containsKey(name)) throw new UsageException(option + ": '" + name + "' is given twice");
        Node node;
        double v;
        try {
            Expr value = engine.parse(valueText);
            if (!value.variables().isEmpty()) {
                throw new UsageException(option + ": the value of '" + name + "' must be a number or a constant "
                        + "expression, not '" + valueText + "'");
            }
            node = Internals.node(value.simplify());
            v = Interpreter.evalStrict(node, Map.of());
        } catch (ParseException e) {
            throw new UsageException(option + ": bad value for '" + name + "': " + e.getMessage()
                    + " in '" + valueText + "'");
        } catch (MathException e) {
            throw new MathException(option + ": the value of '" + name + "' is undefined: " + e.getMessage());
        }
        if (!Double.isFinite(v)) {
            throw new MathException(option + ": the value of '" + name + "' is not a finite number: " + valueText);
        }
        Var var = Nodes.var(name);
        exact.put(var, node);
        values.put(name, v);
        numeric.put(var, v);
    }

    /** Splits at commas outside parentheses, so that {@code x=log(8, 2),y=1} has two items. */
    static List<String> splitTopLevel(String s) {
        return splitTopLevel(s, "--at");
    }

    static List<String> splitTopLevel(String s, String option) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == ',' && depth <= 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        for (String part : parts) {
            if (part.isBlank()) throw new UsageException(option + ": empty item in '" + s + "' (expected x=1,y=2)");
        }
        return parts;
    }

    boolean isEmpty() { return values.isEmpty(); }

    /** The exact values (constant expressions), as {@link dev.deriv.check.PointValues} takes them. */
    Map<Var, Node> exact() { return exact; }

    /** The values of the point, in the order given, as doubles (for JSON output). */
    Map<String, Double> values() { return values; }

    /**
     * The value of {@code e} at this point: the exact values are substituted,
     * the result simplified and then evaluated in doubles. A variable without a
     * value is a usage error (exit 2); a value that does not exist there
     * (division by zero, ln of a negative number), also as written where the canonical
     * form forgot it ({@code x/x} at 0), is a math error (exit 3).
     */
    double valueOf(Expr e) {
        dev.deriv.check.PointValues.requireWrittenDomain(e, exact, ""); // x/x at 0: undefined as written
        Node at;
        try {
            Node n = Internals.node(e);
            at = exact.isEmpty() ? n : DeepStack.callFor(n.depth(), () -> Nodes.substitute(n, exact));
        } catch (MathException m) {
            throw new MathException(m.getMessage() + " at " + describe());
        }
        // numbers are folded exactly as they are substituted; what is left (sin(pi/6), sqrt(8)/2)
        // the simplifier may still make exact
        Node simplified = at instanceof Num ? at : Internals.simplifier(e.engine()).simplify(at).node();
        double v;
        try {
            v = Interpreter.evalStrict(simplified, numeric);
        } catch (MathException m) {
            Double precise = highPrecision(e, m);
            if (precise != null) return precise;
            String message = m.getMessage();
            if (message.endsWith(" at ")) message = message.substring(0, message.length() - 4); // no point given
            throw message.equals(m.getMessage()) ? m : new MathException(message);
        }
        if (Double.isNaN(v)) throw new MathException("undefined at " + describe());
        if (Double.isInfinite(v)) throw new MathException("the value is infinite at " + describe());
        return v;
    }

    /**
     * The value at 60 digits where doubles overflowed only on the way: ln(10^100000) is
     * 230258.5 though 10^100000 is no double. Null where it is not a finite double either:
     * then the double path's error stands (it names the part that overflows).
     */
    private Double highPrecision(Expr e, MathException doubles) {
        if (!doubles.getMessage().startsWith("overflow:")) return null;
        try {
            return dev.deriv.check.PointValues.value(e, exact);
        } catch (MathException | dev.deriv.check.InputException notThere) {
            return null;
        }
    }

    String describe() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> {
            if (sb.length() > 0) sb.append(", ");
            sb.append(k).append(" = ").append(Numbers.format(v));
        });
        return sb.length() == 0 ? "this point" : sb.toString();
    }
}
