package dev.deriv.tensor;

import dev.deriv.expr.Add;
import dev.deriv.expr.Call;
import dev.deriv.expr.Const;
import dev.deriv.expr.Mul;
import dev.deriv.expr.Node;
import dev.deriv.expr.NodeVisitor;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Num;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Rational;
import dev.deriv.expr.Var;
import dev.deriv.print.InfixPrinter;
import dev.deriv.print.LatexPrinter;
import dev.deriv.tensor.Contraction.Factor;
import dev.deriv.tensor.Linear.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Matrix notation for the shaped IR: infix meant to parse back ({@code 2*A'*(A*x - b)},
 * {@code u .* v}, {@code sum(x)}, {@code norm(x)}, {@code inv(X)'}, {@code diag(u)},
 * {@code tr(A*X)}, {@code eye(n)}, {@code ones(n)}) and LaTeX ({@code A^\top},
 * {@code \operatorname{tr}}, {@code \odot}). Inside an elementwise map, {@code .*},
 * {@code ./} and {@code .^} are written where both sides are tensors, and the plain
 * operators where one side is a scalar.
 */
public final class Printer {
    private final boolean latex;

    private Printer(boolean latex) { this.latex = latex; }

    private static final Printer INFIX = new Printer(false);
    private static final Printer LATEX = new Printer(true);

    public static String infix(TNode n) { return INFIX.print(n).text; }

    public static String latex(TNode n) { return LATEX.print(n).text; }

    /** A chain of factors as infix, for choosing among equal orientations. */
    static String chain(List<Factor> fs) { return INFIX.chainText(fs); }

    // precedence levels
    private static final int SUM = 1, PRODUCT = 2, PREFIX = 3, POSTFIX = 4, ATOM = 5;

    private record Text(String text, int prec, boolean tensor) {}

    private String wrap(Text t, int atLeast) {
        return t.prec >= atLeast ? t.text : open() + t.text + close();
    }

    /** The operand of a minus sign: a product as is ({@code -A*x}), a sum or another negation in parentheses. */
    private String negated(Text t) {
        return t.prec == PREFIX ? open() + t.text + close() : wrap(t, PRODUCT);
    }

    private String open() { return latex ? "\\left(" : "("; }

    private String close() { return latex ? "\\right)" : ")"; }

    private Text print(TNode n) { return n.accept(nodes); }

    private String fn(String infixName, String latexName, String arg) {
        return (latex ? latexName : infixName) + open() + arg + close();
    }

    private String dims(Shape s) {
        List<String> ds = new ArrayList<>();
        for (Dim d : s.dims()) ds.add(d.toString());
        return String.join(", ", ds);
    }

    private String coefficient(Rational c) {
        if (!latex || c.isInteger()) return c.toString();
        return "\\frac{" + c.numerator() + "}{" + c.denominator() + "}";
    }

    private String chainText(List<Factor> fs) {
        List<String> parts = new ArrayList<>();
        for (Factor f : fs) {
            Text t = print(f.node());
            parts.add(f.transposed() ? wrap(t, ATOM) + (latex ? "^\\top" : "'") : wrap(t, PREFIX));
        }
        return String.join(latex ? " " : "*", parts);
    }

    private final TVisitor<Text> nodes = new TVisitor<>() {
        @Override public Text var(TVar v) {
            return new Text(latex ? latexName(v.name()) : v.name(), ATOM, !v.shape().isScalar());
        }

        @Override public Text scalar(Scalar s) {
            Node v = s.value();
            String text = latex ? LatexPrinter.print(v) : InfixPrinter.print(v);
            return new Text(text, v instanceof Add ? SUM : productLike(v) ? PRODUCT : ATOM, false);
        }

        @Override public Text eye(Eye e) {
            return new Text(latex ? "I_{" + e.n() + "}" : "eye(" + e.n() + ")", ATOM, true);
        }

        @Override public Text fill(Fill f) {
            boolean zero = f.value().isZero();
            String base = latex ? (zero ? "\\mathbf{0}" : "\\mathbf{1}") + "_{" + dims(f.shape()) + "}"
                    : (zero ? "zeros(" : "ones(") + dims(f.shape()) + ")";
            if (zero || f.value().isOne()) return new Text(base, ATOM, true);
            return new Text(coefficient(f.value()) + (latex ? " " : "*") + base, PRODUCT, true);
        }

        @Override public Text linear(Linear l) {
            StringBuilder sb = new StringBuilder();
            boolean first = true;
            int prec = SUM;
            for (Term t : l.terms()) {
                Rational c = t.coefficient();
                Text body = print(t.node());
                if (first) {
                    if (c.signum() < 0) sb.append('-');
                    if (l.terms().size() == 1) prec = c.signum() < 0 ? PREFIX : PRODUCT;
                } else {
                    sb.append(c.signum() < 0 ? " - " : " + ");
                }
                Rational a = c.abs();
                if (a.isOne()) sb.append(first && c.signum() < 0 ? negated(body) : wrap(body, PRODUCT));
                else sb.append(coefficient(a)).append(latex ? " " : "*").append(wrap(body, PRODUCT));
                first = false;
            }
            return new Text(sb.toString(), prec, true);
        }

        @Override public Text contraction(Contraction c) {
            String text = chainText(c.factors());
            if (c.trace()) return new Text(fn("tr", "\\operatorname{tr}", text), ATOM, false);
            boolean single = c.factors().size() == 1;
            return new Text(text, single ? POSTFIX : PRODUCT, !c.shape().isScalar());
        }

        @Override public Text elementwise(Elementwise e) {
            List<Text> args = new ArrayList<>();
            for (TNode a : e.args()) args.add(print(a));
            return e.body().accept(new Body(e, args));
        }

        @Override public Text apply(Apply a) {
            return new Text(fn(a.op().spelled, a.op().latex, print(a.arg()).text), ATOM, !a.shape().isScalar());
        }
    };

    /** A product, or a number printed with a sign or a fraction bar. */
    private static boolean productLike(Node v) {
        return v instanceof Mul || v instanceof Num k && (k.value().signum() < 0 || !k.value().isInteger());
    }

    private static String latexName(String name) {
        return name.length() == 1 ? name : "\\mathit{" + name + "}";
    }

    /** The scalar body of an elementwise map, its parameters printed as the tensors they stand for. */
    private final class Body implements NodeVisitor<Text> {
        private final Elementwise map;
        private final List<Text> args;

        Body(Elementwise map, List<Text> args) {
            this.map = map;
            this.args = args;
        }

        private Text of(Node n) { return n.accept(this); }

        @Override public Text num(Num k) {
            Rational r = k.value();
            int prec = r.signum() < 0 ? PREFIX : r.isInteger() ? ATOM : PRODUCT;
            return new Text(coefficient(r), prec, false);
        }

        @Override public Text var(Var v) {
            int i = map.params().indexOf(v);
            return i >= 0 ? args.get(i) : new Text(latex ? latexName(v.name()) : v.name(), ATOM, false);
        }

        @Override public Text constant(Const c) {
            return new Text(latex ? LatexPrinter.print(c) : c.kind().symbol, ATOM, false);
        }

        @Override public Text add(Add a) {
            StringBuilder sb = new StringBuilder();
            boolean tensor = false;
            List<Node> terms = new ArrayList<>();
            for (Node t : a.children()) if (t.isNum()) terms.add(t); // 1 - sigmoid(z), as written
            for (Node t : a.children()) if (!t.isNum()) terms.add(t);
            for (Node t : terms) {
                Rational c = Nodes.coefficientOf(t);
                boolean negative = c.signum() < 0 && sb.length() > 0;
                Text term = of(negative ? Nodes.neg(t) : t);
                tensor |= term.tensor;
                if (sb.length() > 0) sb.append(negative ? " - " : " + ");
                sb.append(wrap(term, negative ? PRODUCT : SUM + 1));
            }
            return new Text(sb.toString(), SUM, tensor);
        }

        @Override public Text mul(Mul m) { return fraction(m.coefficient(), m.nonNumericFactors()); }

        /** {@code c} times the factors, those with negative exponents below a fraction bar. */
        private Text fraction(Rational c, List<Node> factors) {
            List<Node> top = new ArrayList<>(), bottom = new ArrayList<>();
            for (Node f : factors) {
                if (f instanceof Pow p && p.exponent() instanceof Num e && e.value().signum() < 0) {
                    bottom.add(Nodes.pow(p.base(), Nodes.num(e.value().negate())));
                } else {
                    top.add(f);
                }
            }
            Rational a = c.abs();
            Text numerator = product(top, a.numerator().equals(java.math.BigInteger.ONE) ? null : Nodes.num(Rational.of(a.numerator())));
            Text result = numerator;
            if (!bottom.isEmpty() || !a.denominator().equals(java.math.BigInteger.ONE)) {
                Text denominator = product(bottom, a.denominator().equals(java.math.BigInteger.ONE) ? null : Nodes.num(Rational.of(a.denominator())));
                if (numerator == null) numerator = new Text("1", ATOM, false);
                boolean elementwise = denominator.tensor;
                String text = latex
                        ? "\\frac{" + numerator.text + "}{" + denominator.text + "}"
                        : wrap(numerator, PRODUCT) + (elementwise ? " ./ " : "/") + wrap(denominator, PREFIX);
                result = new Text(text, latex ? ATOM : PRODUCT, numerator.tensor || denominator.tensor);
            }
            if (c.signum() < 0) return new Text("-" + negated(result), PREFIX, result.tensor);
            return result;
        }

        /** Factors joined by {@code *} or, between two tensors, {@code .*}; null when there are none. */
        private Text product(List<Node> factors, Node number) {
            List<Node> all = new ArrayList<>();
            if (number != null) all.add(number);
            all.addAll(factors);
            if (all.isEmpty()) return null;
            if (all.size() == 1) return of(all.get(0));
            StringBuilder sb = new StringBuilder();
            boolean tensorSoFar = false;
            for (Node f : all) {
                Text t = of(f);
                if (sb.length() > 0) sb.append(tensorSoFar && t.tensor ? (latex ? " \\odot " : " .* ") : (latex ? " " : "*"));
                sb.append(wrap(t, PREFIX + 1));
                tensorSoFar |= t.tensor;
            }
            return new Text(sb.toString(), PRODUCT, tensorSoFar);
        }

        @Override public Text pow(Pow p) {
            Text base = of(p.base());
            if (p.exponent().equals(Nodes.HALF)) {
                return new Text(latex ? "\\sqrt{" + base.text + "}" : "sqrt(" + base.text + ")", ATOM, base.tensor);
            }
            if (p.exponent() instanceof Num e && e.value().signum() < 0) return fraction(Rational.ONE, List.of(p));
            Text exp = of(p.exponent());
            boolean elementwise = base.tensor || exp.tensor;
            String text = latex
                    ? wrap(base, ATOM) + (elementwise ? "^{\\circ " : "^{") + exp.text + "}"
                    : wrap(base, ATOM) + (elementwise ? ".^" : "^") + wrap(exp, ATOM);
            return new Text(text, POSTFIX, elementwise);
        }

        @Override public Text call(Call c) {
            Text arg = of(c.arg());
            String latexName = c.function().latex();
            String text;
            if (!latex) text = c.name() + "(" + arg.text + ")";
            else if (latexName.contains("#")) text = latexName.replace("#", arg.text);
            else text = latexName + "\\left(" + arg.text + "\\right)";
            return new Text(text, ATOM, arg.tensor);
        }
    }
}
