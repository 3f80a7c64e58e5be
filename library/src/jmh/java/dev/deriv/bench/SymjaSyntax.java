package dev.deriv.bench;

import dev.deriv.expr.Add;
import dev.deriv.expr.Call;
import dev.deriv.expr.Const;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.NodeVisitor;
import dev.deriv.expr.Num;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Var;
import java.util.List;
import java.util.Map;

/**
 * An expression as Symja reads it (relaxed syntax: f(x), Log, ArcSin, ...), written
 * from deriv's parse so that both engines get the same expression. Variables get a
 * prefix ({@code vx}), so that none is read as one of Symja's names (E, I, N, D).
 */
final class SymjaSyntax implements NodeVisitor<String> {
    static final String PREFIX = "v";

    private static final Map<String, String> UNARY = Map.ofEntries(
            Map.entry("sin", "Sin(%s)"), Map.entry("cos", "Cos(%s)"), Map.entry("tan", "Tan(%s)"),
            Map.entry("cot", "Cot(%s)"), Map.entry("sec", "Sec(%s)"), Map.entry("csc", "Csc(%s)"),
            Map.entry("asin", "ArcSin(%s)"), Map.entry("acos", "ArcCos(%s)"), Map.entry("atan", "ArcTan(%s)"),
            Map.entry("sinh", "Sinh(%s)"), Map.entry("cosh", "Cosh(%s)"), Map.entry("tanh", "Tanh(%s)"),
            Map.entry("sech", "Sech(%s)"), Map.entry("csch", "Csch(%s)"), Map.entry("coth", "Coth(%s)"),
            Map.entry("asinh", "ArcSinh(%s)"), Map.entry("acosh", "ArcCosh(%s)"), Map.entry("atanh", "ArcTanh(%s)"),
            Map.entry("exp", "Exp(%s)"), Map.entry("ln", "Log(%s)"), Map.entry("log", "Log(%s)"),
            Map.entry("log2", "Log(2,%s)"), Map.entry("log10", "Log(10,%s)"), Map.entry("sqrt", "Sqrt(%s)"),
            Map.entry("cbrt", "Surd(%s,3)"), Map.entry("abs", "Abs(%s)"), Map.entry("sign", "Sign(%s)"),
            Map.entry("sigmoid", "LogisticSigmoid(%s)"), Map.entry("softplus", "Log(1+Exp(%s))"));

    static String of(Node n) {
        return n.accept(new SymjaSyntax());
    }

    @Override public String num(Num n) { return "(" + n.value() + ")"; }

    @Override public String var(Var v) { return PREFIX + v.name(); }

    @Override public String constant(Const c) { return c.kind() == Const.Kind.PI ? "Pi" : "E"; }

    @Override public String add(Add a) { return joined(a.children(), "+"); }

    @Override public String mul(Mul m) { return joined(m.children(), "*"); }

    @Override public String pow(Pow p) { return "(" + p.base().accept(this) + ")^(" + p.exponent().accept(this) + ")"; }

    @Override
    public String call(Call c) {
        String form = UNARY.get(c.name());
        if (form == null || c.args().size() != 1) throw new IllegalArgumentException("no Symja form for " + c.name());
        return String.format(form, c.arg().accept(this));
    }

    private String joined(List<Node> operands, String op) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < operands.size(); i++) b.append(i > 0 ? op : "").append(operands.get(i).accept(this));
        return b.append(')').toString();
    }
}
