package dev.deriv.expr;

import java.util.Map;
import java.util.TreeMap;

/** Short texts about expressions for error messages (the full printers live in dev.deriv.print). */
final class Describe {
    private Describe() {}

    /** The kind of subexpression at fault: "ln(...)", "a power", "a product". */
    static String brief(Node n) { return n.accept(BRIEF); }

    private static final NodeVisitor<String> BRIEF = new NodeVisitor<>() {
        @Override public String num(Num n) { return "a number"; }
        @Override public String var(Var v) { return "the variable " + v.name(); }
        @Override public String constant(Const c) { return c.kind().symbol; }
        @Override public String add(Add a) { return "a sum"; }
        @Override public String mul(Mul m) { return "a product"; }

        @Override public String pow(Pow p) {
            return p.exponent() instanceof Num k && k.value().signum() < 0 ? "a quotient" : "a power";
        }

        @Override public String call(Call c) { return c.name() + "(...)"; }
    };

    static String point(Map<Var, Double> point) {
        Map<String, Double> sorted = new TreeMap<>(VariableOrder.NATURAL);
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
