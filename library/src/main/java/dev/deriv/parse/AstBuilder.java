package dev.deriv.parse;

import dev.deriv.LimitException;
import dev.deriv.ParseException;
import dev.deriv.expr.Function;
import dev.deriv.expr.Functions;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Rational;
import dev.deriv.expr.WrittenDomain;
import dev.deriv.parse.grammar.ExprBaseVisitor;
import dev.deriv.parse.grammar.ExprParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Parse tree to canonical expression. {@link TokenReading} has typed the names
 * (a known function is a CALL or FUNC token, {@code x(} is the name and a group);
 * here {@code pi}, {@code π} and {@code e} become constants, any other name followed by
 * {@code (} is an unknown function, a function name glued to a letter ({@code sinx}) is
 * refused, and a function written without parentheses takes the factors that follow it
 * as its argument. Whether a rule beyond plain notation shaped the reading, and notes
 * about it, are kept for {@link Reading}.
 * Each divisor, power and call is also recorded, as written, in the {@link WrittenDomain}
 * (see {@link #writtenDomain()}): the nodes are canonical as they are built, so {@code x/x} is already 1.
 */
final class AstBuilder extends ExprBaseVisitor<Node> {
    private final Functions functions;
    private final String text;
    private final WrittenDomain.Builder written = new WrittenDomain.Builder();

    AstBuilder(Functions functions, String text) {
        this.functions = functions;
        this.text = text;
    }

    /** Whether a rule beyond plain notation shaped the reading (set by the builder, added to TokenReading's). */
    private boolean interpreted;
    /** What the reader should know about the reading ({@code sin^-1 x} is the inverse function, ...). */
    private final List<String> notes = new ArrayList<>();
    /** The variable of a leading {@code d/dx} or {@code f(x) =}, or null. */
    private String wrt;
    private boolean asksDerivative;

    boolean interpreted() { return interpreted; }

    List<String> notes() { return notes; }

    String wrt() { return wrt; }

    /** Whether the text began with {@code d/dx}. */
    boolean asksDerivative() { return asksDerivative; }

    /** The conditions of the text visited, as written. */
    WrittenDomain writtenDomain() { return written.build(); }

    @Override
    public Node visitInput(ExprParser.InputContext ctx) {
        if (ctx.lhs() instanceof ExprParser.DerivativeOfContext d) {
            wrt = d.DDX().getText();
            asksDerivative = true;
            notes.add("d/d" + wrt + ": the derivative with respect to " + wrt);
        } else if (ctx.lhs() instanceof ExprParser.DefinitionContext f) {
            interpreted = true;
            List<TerminalNode> names = f.NAME();
            if (names.size() == 2) wrt = names.get(1).getText(); // f(x) = ...: a function of x
            Node value = visit(ctx.sum());
            String named = names.get(0).getText();
            if (names.size() == 1 && Nodes.variables(value).isEmpty()) {
                // x = 2 gives x a value: most likely a point meant for --at, not the constant 2 to differentiate
                throw error("'" + named + " = ...' gives " + named + " a value, which is not an expression"
                        + " (a point is given with --at " + named + "=...)", f.EQUALS());
            }
            if (Nodes.variables(value).contains(Nodes.var(named))) {
                // y = y^2 + x is an equation, not a definition of y
                throw error("'" + names.get(0).getText() + " =' names the expression, which uses "
                        + names.get(0).getText() + " itself: an equation is not an expression", f.EQUALS());
            }
            return value;
        }
        return visit(ctx.sum());
    }

    @Override
    public Node visitSum(ExprParser.SumContext ctx) {
        // one pass over the children: ctx.addOp(i) searches them from the start, quadratic on long sums
        List<Node> terms = new ArrayList<>(ctx.children.size() / 2 + 1);
        boolean minus = false;
        for (ParseTree child : ctx.children) {
            if (child instanceof ExprParser.AddOpContext op) {
                minus = op.MINUS() != null;
                continue;
            }
            Node term = visit(child);
            terms.add(minus ? Nodes.neg(term) : term);
        }
        return terms.size() == 1 ? terms.get(0) : Nodes.add(terms);
    }

    /** A factor of a product and how it joins the one before: first, {@code *}, {@code /} or implicitly. */
    private record Item(ParseTree tree, boolean divide, boolean implicit) {}

    @Override
    public Node visitProduct(ExprParser.ProductContext ctx) {
        List<Item> items = new ArrayList<>(ctx.children.size());
        boolean divide = false;
        boolean explicit = true; // the first factor, or one after * or /
        for (ParseTree child : ctx.children) {
            if (child instanceof ExprParser.MulOpContext op) {
                divide = op.SLASH() != null;
                explicit = true;
                continue;
            }
            items.add(new Item(child, divide, !explicit));
            divide = false;
            explicit = false;
        }
        List<Node> factors = new ArrayList<>();
        int[] next = {0};
        while (next[0] < items.size()) {
            int i = next[0];
            Item item = items.get(i);
            ParseTree child = item.tree();
            // a sign belongs to the whole product (-(x+y)/x is -1 * (x+y) * x^-1, not (-x-y)/x), so that a
            // product parses to the same canonical form whichever factor the printer puts the sign in front of
            boolean negative = false;
            while (child instanceof ExprParser.SignedContext signed) {
                negative ^= signed.sign.getType() == ExprParser.MINUS;
                child = signed.unary();
            }
            if (negative) factors.add(Nodes.MINUS_ONE);
            ExprParser.PowerContext power = powerOf(child);
            Node factor;
            if (power != null && power.primary() instanceof ExprParser.BareFunctionContext f) {
                next[0] = i + 1;
                factor = bareFunction(power, f, items, next);
            } else {
                if (item.implicit() && power != null && power.primary() instanceof ExprParser.NumberContext number) {
                    // 2 3, x 2, 1.2.3 (read as 1.2 * .3): a number never multiplies implicitly from the right
                    throw error("unexpected number '" + number.getText() + "' (missing operator?)", number.NUMBER());
                }
                if (item.implicit() && i > 0 && hasExponent(items.get(i - 1).tree())) interpreted = true; // x^2 y
                factor = visit(child);
                next[0] = i + 1;
            }
            if (item.divide()) written.divisor(factor);
            factors.add(item.divide() ? Nodes.pow(factor, Nodes.MINUS_ONE) : factor);
        }
        return factors.size() == 1 ? factors.get(0) : Nodes.mul(factors);
    }

    private static ExprParser.PowerContext powerOf(ParseTree t) {
        if (t instanceof ExprParser.UnsignedContext u) return u.power();
        return t instanceof ExprParser.PowerContext p ? p : null;
    }

    private static boolean hasExponent(ParseTree t) {
        ExprParser.PowerContext p = powerOf(t);
        return p != null && (p.POW() != null || p.SUPERSCRIPT() != null);
    }

    /**
     * A function written without parentheses, at {@code items[next[0] - 1]}: its argument is a group
     * right after it ({@code sin^2(x)}), or else the implicit product that follows, up to the next
     * operator or function name ({@code sin 2x cos x} = {@code sin(2*x)*cos(x)}); a function first in
     * that product takes its own argument ({@code ln sin x}). Advances {@code next[0]} past the argument.
     */
    private Node bareFunction(ExprParser.PowerContext power, ExprParser.BareFunctionContext f, List<Item> items,
                              int[] next) {
        interpreted = true;
        String name = functions.canonicalName(f.FUNC().getText());
        Node base = f.subscript() == null ? null : subscript(name, f);
        Node argument;
        Node groupExponent = null;
        int j = next[0];
        ExprParser.PowerContext first = j < items.size() && items.get(j).implicit() ? powerOf(items.get(j).tree()) : null;
        if (first != null && (first.primary() instanceof ExprParser.ParensContext
                || first.primary() instanceof ExprParser.BracesContext)) {
            argument = visit(first.primary().getChild(1)); // sin^2(x), \sin\left(x\right), log_2(x)
            if (first.POW() != null || first.SUPERSCRIPT() != null) groupExponent = exponent(first);
            j++;
        } else {
            List<Node> factors = new ArrayList<>();
            while (j < items.size() && items.get(j).implicit()) {
                ExprParser.PowerContext q = powerOf(items.get(j).tree());
                boolean function = q.primary() instanceof ExprParser.BareFunctionContext
                        || q.primary() instanceof ExprParser.CallContext;
                if (!factors.isEmpty() && function) break; // sin x cos x: the argument ends at a function name
                if (q.primary() instanceof ExprParser.BareFunctionContext inner) {
                    next[0] = j + 1;
                    factors.add(bareFunction(q, inner, items, next));
                    j = next[0];
                    continue;
                }
                if (!factors.isEmpty() && q.primary() instanceof ExprParser.NumberContext number) {
                    throw error("unexpected number '" + number.getText() + "' (missing operator?)", number.NUMBER());
                }
                factors.add(visit(q));
                j++;
            }
            if (factors.isEmpty()) throw needsArgument(f);
            argument = factors.size() == 1 ? factors.get(0) : Nodes.mul(factors);
        }
        next[0] = j;
        Node value;
        if (power.POW() != null || power.SUPERSCRIPT() != null) {
            Node exponent = exponent(power);
            if (Nodes.MINUS_ONE.equals(exponent)) {
                value = inverse(name, argument, f);
            } else {
                value = apply(name, argument, base, f);
                written.power(value, exponent);
                value = Nodes.pow(value, exponent);
            }
        } else {
            value = apply(name, argument, base, f);
        }
        if (groupExponent == null) return value;
        written.power(value, groupExponent);
        return Nodes.pow(value, groupExponent);
    }

    /** {@code sin^-1 x} is asin(x), as textbooks write it; where there is no inverse, -1 is ambiguous. */
    private Node inverse(String name, Node argument, ExprParser.BareFunctionContext f) {
        String inverse = INVERSES.get(name);
        String typed = f.FUNC().getText();
        if (inverse == null || !functions.isKnown(inverse)) {
            throw error(typed + "^-1 is ambiguous: write " + typed + "(u)^-1 or 1/" + typed + "(u) for the reciprocal",
                    f.FUNC());
        }
        notes.add(typed + "^-1 is the inverse function " + inverse + ", not 1/" + typed
                + " (write " + typed + "(x)^-1 for the reciprocal)");
        return call(inverse, List.of(argument), null);
    }

    private static final java.util.Map<String, String> INVERSES = java.util.Map.of(
            "sin", "asin", "cos", "acos", "tan", "atan", "sinh", "asinh", "cosh", "acosh", "tanh", "atanh");

    private Node apply(String name, Node argument, Node base, ExprParser.BareFunctionContext f) {
        if (base == null) return call(name, List.of(argument), null);
        return call("log", List.of(argument, base), null); // log_b u is log(u, b), with its domain
    }

    private Node subscript(String name, ExprParser.BareFunctionContext f) {
        if (!name.equals("log")) throw error("only log takes a base (log_2 x); '" + name + "_' has none", f.SUB());
        ExprParser.SubscriptContext s = f.subscript();
        if (s.NUMBER() != null) return number(s.NUMBER());
        if (s.NAME() != null) return nameNode(s.NAME());
        return visit(s.sum());
    }

    private ParseException needsArgument(ExprParser.BareFunctionContext f) {
        String name = f.FUNC().getText();
        return error("function '" + name + "' needs an argument: " + name + "(...) or " + name + " x", f.FUNC());
    }

    @Override
    public Node visitBareFunction(ExprParser.BareFunctionContext ctx) {
        throw needsArgument(ctx); // reached only where no factor can follow: e^sin x, |sin|
    }

    private Node exponent(ExprParser.PowerContext ctx) {
        if (ctx.unary() != null) return visit(ctx.unary());
        return superscript(ctx.SUPERSCRIPT());
    }

    /** ², ⁻¹, ¹⁰: the integer the superscript digits spell. */
    private Node superscript(TerminalNode token) {
        StringBuilder digits = new StringBuilder();
        token.getText().codePoints().forEach(c -> digits.append(c == 0x207B ? "-" : c == 0x207A ? "+"
                : String.valueOf(SUPERSCRIPT_DIGITS.indexOf(c))));
        interpreted = true;
        return Nodes.num(Rational.parseDecimal(digits.toString().replace("+", "")));
    }

    private static final String SUPERSCRIPT_DIGITS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

    @Override
    public Node visitSigned(ExprParser.SignedContext ctx) {
        Node operand = visit(ctx.unary());
        return ctx.sign.getType() == ExprParser.MINUS ? Nodes.neg(operand) : operand;
    }

    @Override
    public Node visitUnsigned(ExprParser.UnsignedContext ctx) {
        return visit(ctx.power());
    }

    @Override
    public Node visitPower(ExprParser.PowerContext ctx) {
        Node base = visit(ctx.primary());
        if (ctx.POW() == null && ctx.SUPERSCRIPT() == null) return base;
        Node exponent = exponent(ctx);
        written.power(base, exponent);
        return Nodes.pow(base, exponent);
    }

    @Override
    public Node visitNumber(ExprParser.NumberContext ctx) {
        return number(ctx.NUMBER());
    }

    private Node number(TerminalNode token) {
        try {
            return Nodes.num(Rational.parseDecimal(token.getText()));
        } catch (LimitException e) {
            throw error(e.getMessage(), token); // 1e1000000000: refused, with its column
        }
    }

    @Override
    public Node visitParens(ExprParser.ParensContext ctx) {
        return visit(ctx.sum());
    }

    @Override
    public Node visitBraces(ExprParser.BracesContext ctx) {
        return visit(ctx.sum());
    }

    @Override
    public Node visitAbs(ExprParser.AbsContext ctx) {
        return call("abs", List.of(visit(ctx.sum())), null);
    }

    @Override
    public Node visitFrac(ExprParser.FracContext ctx) {
        Node denominator = visit(ctx.sum(1));
        Node numerator = visit(ctx.sum(0));
        written.divisor(denominator);
        return Nodes.div(numerator, denominator);
    }

    @Override
    public Node visitRoot(ExprParser.RootContext ctx) {
        Node radicand = visit(ctx.primary());
        if (ctx.sum() == null) return call("sqrt", List.of(radicand), null);
        Node index = visit(ctx.sum());
        if (index.equals(Nodes.num(3))) return call("cbrt", List.of(radicand), null); // the real cube root
        written.divisor(index);
        Node exponent = Nodes.pow(index, Nodes.MINUS_ONE);
        written.power(radicand, exponent);
        return Nodes.pow(radicand, exponent);
    }

    @Override
    public Node visitCubeRoot(ExprParser.CubeRootContext ctx) {
        return call("cbrt", List.of(visit(ctx.primary())), null);
    }

    @Override
    public Node visitName(ExprParser.NameContext ctx) {
        return nameNode(ctx.NAME());
    }

    private Node nameNode(TerminalNode token) {
        String name = token.getText();
        Node constant = constant(name);
        if (constant != null) return constant;
        String glued = gluedCall(name, functions);
        if (glued != null) throw error("'" + name + "' is not a variable (did you mean " + glued + "?)", token);
        if (name.startsWith("π") && name.length() > 1) {
            throw error("'" + name + "' reads two ways (a name, or π times " + name.substring(1) + "): write π*"
                    + name.substring(1) + " or π " + name.substring(1), token);
        }
        return Nodes.var(name);
    }

    /**
     * {@code sinx}, {@code lnx}, {@code cosθ}, {@code ln2}: a function name glued to a one-letter variable or
     * a number reads two ways (a variable named sinx, or sin(x)), so it is refused with the call it may mean.
     */
    static String gluedCall(String name, Functions functions) {
        // the longest known prefix first (sinhx is sinh(x)); one lookup per prefix, not one per known function
        for (int end = name.length() - 1; end > 0; end--) {
            String f = name.substring(0, end);
            String rest = name.substring(end);
            boolean letter = rest.codePointCount(0, rest.length()) == 1 && Character.isLetter(rest.codePointAt(0));
            boolean digits = rest.chars().allMatch(c -> c >= '0' && c <= '9');
            if ((letter || digits) && functions.isKnown(f)) return f + "(" + rest + ")";
        }
        return null;
    }

    @Override
    public Node visitCall(ExprParser.CallContext ctx) {
        String name = callName(ctx.CALL().getText());
        List<Node> args = new ArrayList<>();
        for (ExprParser.SumContext s : ctx.sum()) args.add(visit(s));
        if (functions.isKnown(name)) return call(functions.canonicalName(name), args, ctx);
        String suggestion = Suggestions.closest(name, functions.names());
        throw error("unknown function '" + name + "'" + (suggestion == null ? "" : " (did you mean " + suggestion + "?)"),
                ctx.CALL());
    }

    /** The name of a CALL token, {@code sin (} without the parenthesis and the blanks before it. */
    static String callName(String token) {
        int end = 0;
        while (end < token.length() && token.charAt(end) != '(' && !isBlank(token.charAt(end))) end++;
        return token.substring(0, end);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00A0';
    }

    private Node call(String name, List<Node> args, ExprParser.CallContext ctx) {
        int max = name.equals("log") ? 2 : 1;
        if (ctx != null && (args.isEmpty() || args.size() > max)) {
            String expected = max == 2 ? "1 or 2 arguments" : "1 argument";
            Token at = args.isEmpty() ? ctx.RPAREN().getSymbol() : ctx.COMMA(max - 1).getSymbol();
            throw error(name + "() takes " + expected + ", got " + args.size(), at);
        }
        Node u = args.get(0);
        switch (name) {
            case "sqrt":
                written.power(u, Nodes.HALF);
                return Nodes.sqrt(u);
            case "log":
                written.call(Function.LN, u);
                if (args.size() == 1) return Nodes.ln(u);
                written.call(Function.LN, args.get(1)); // log(u, b) is ln(u)/ln(b): b > 0 and b != 1
                written.divisor(Nodes.ln(args.get(1)));
                return Nodes.div(Nodes.ln(u), Nodes.ln(args.get(1)));
            case "log2":
                written.call(Function.LN, u);
                return Nodes.div(Nodes.ln(u), Nodes.ln(Nodes.num(2)));
            case "log10":
                written.call(Function.LN, u);
                return Nodes.div(Nodes.ln(u), Nodes.ln(Nodes.num(10)));
            default:
                Function f = functions.lookup(name).orElseThrow();
                written.call(f, u);
                return Nodes.call(f, u);
        }
    }

    static boolean isConstant(String name) {
        return constant(name) != null;
    }

    private static Node constant(String name) {
        switch (name) {
            case "pi":
            case "π":
                return Nodes.PI;
            case "e":
                return Nodes.E;
            default:
                return null;
        }
    }

    private ParseException error(String message, TerminalNode at) {
        return error(message, at.getSymbol());
    }

    private ParseException error(String message, Token at) {
        return new ParseException(message, text, at.getCharPositionInLine() + 1);
    }
}
