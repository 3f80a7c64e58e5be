package dev.deriv.expr;

import java.util.Map;
import java.util.TreeMap;

/** Short texts about expressions for error messages (the full printers live in dev.deriv.print). */
final class Describe {
    private Describe() {}

    /** The kind of subexpression at fault: "ln(...)", "a power", "a product". */
    static String brief(Node n) {
        if (n instanceof Call c) return c.name() + "(...)";
        if (n instanceof Pow p) {
            if (p.exponent() instanceof Num k && k.value().signum() < 0) return "a quotient";
            return "a power";
        }
        return "a product";
    }

    static String point(Map<Var, Double> point) {
        Map<String, Double> sorted = new TreeMap<>();
        point.forEach((v, x) -> sorted.put(v.name(), x));
        StringBuilder sb = new StringBuilder();
        sorted.forEach((k, v) -> {
            if (sb.length() > 0) sb.append(", ");
            sb.append(k).append(" = ").append(number(v));
        });
        return sb.toString();
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
