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
 * Parse tree to canonical expression. Names are resolved here: {@code pi}, {@code π}
 * and {@code e} are constants, a known name followed by {@code (} is a call, a
 * one-letter variable followed by {@code (} is an implicit product ({@code x(x+1)}),
 * and any other name followed by {@code (} is an unknown function. Each divisor, power
 * and call is also recorded, as written, in the {@link WrittenDomain} (see {@link #writtenDomain()}):
 * the nodes are canonical as they are built, so {@code x/x} is already 1.
 */
final class AstBuilder extends ExprBaseVisitor<Node> {
    private final Functions functions;
    private final String text;
    private final WrittenDomain.Builder written = new WrittenDomain.Builder();

    AstBuilder(Functions functions, String text) {
        this.functions = functions;
        this.text = text;
    }

    /** The conditions of the text visited, as written. */
    WrittenDomain writtenDomain() { return written.build(); }

    @Override
    public Node visitInput(ExprParser.InputContext ctx) {
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

    @Override
    public Node visitProduct(ExprParser.ProductContext ctx) {
        List<Node> factors = new ArrayList<>();
        boolean divide = false;
        for (ParseTree child : ctx.children) {
            if (child instanceof ExprParser.MulOpContext op) {
                divide = op.SLASH() != null;
                continue;
            }
            if (child instanceof ExprParser.PowerContext implicit
                    && implicit.primary() instanceof ExprParser.NumberContext number) {
                // 2 3, x 2, 1.2.3 (read as 1.2 * .3): a number never multiplies implicitly from the right
                throw error("unexpected number '" + number.getText() + "' (missing operator?)", number.NUMBER());
            }
            // a sign belongs to the whole product (-(x+y)/x is -1 * (x+y) * x^-1, not (-x-y)/x), so that a
            // product parses to the same canonical form whichever factor the printer puts the sign in front of
            boolean negative = false;
            while (child instanceof ExprParser.SignedContext signed) {
                negative ^= signed.sign.getType() == ExprParser.MINUS;
                child = signed.unary();
            }
            if (negative) factors.add(Nodes.MINUS_ONE);
            Node factor = visit(child);
            if (divide) written.divisor(factor);
            factors.add(divide ? Nodes.pow(factor, Nodes.MINUS_ONE) : factor);
            divide = false;
        }
        return factors.size() == 1 ? factors.get(0) : Nodes.mul(factors);
    }

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
        if (ctx.unary() == null) return base;
        Node exponent = visit(ctx.unary());
        written.power(base, exponent);
        return Nodes.pow(base, exponent);
    }

    @Override
    public Node visitNumber(ExprParser.NumberContext ctx) {
        try {
            return Nodes.num(Rational.parseDecimal(ctx.NUMBER().getText()));
        } catch (LimitException e) {
            throw error(e.getMessage(), ctx.NUMBER()); // 1e1000000000: refused, with its column
        }
    }

    @Override
    public Node visitParens(ExprParser.ParensContext ctx) {
        return visit(ctx.sum());
    }

    @Override
    public Node visitName(ExprParser.NameContext ctx) {
        String name = ctx.NAME().getText();
        Node constant = constant(name);
        if (constant != null) return constant;
        if (functions.isKnown(name)) {
            throw error("function '" + name + "' needs an argument in parentheses: " + name + "(...)", ctx.NAME());
        }
        return Nodes.var(name);
    }

    @Override
    public Node visitCall(ExprParser.CallContext ctx) {
        String name = callName(ctx.CALL().getText());
        List<Node> args = new ArrayList<>();
        for (ExprParser.SumContext s : ctx.sum()) args.add(visit(s));
        if (functions.isKnown(name)) return call(name, args, ctx);
        Node constant = constant(name);
        boolean oneLetter = name.codePointCount(0, name.length()) == 1;
        if (constant != null || oneLetter) {
            // implicit multiplication: x(x+1), e(x+1), pi(x+1)
            if (args.size() != 1) throw new ParseException("'" + name + "(' multiplies " + name
                    + " by one expression in parentheses", text,
                    ctx.CALL().getSymbol().getCharPositionInLine() + ctx.CALL().getText().indexOf('(') + 1);
            return Nodes.mul(constant != null ? constant : Nodes.var(name), args.get(0));
        }
        String suggestion = Suggestions.closest(name, functions.names());
        throw error("unknown function '" + name + "'" + (suggestion == null ? "" : " (did you mean " + suggestion + "?)"),
                ctx.CALL());
    }

    /** The name of a CALL token, {@code sin (} without the parenthesis and the blanks before it. */
    private static String callName(String token) {
        int end = 0;
        while (end < token.length() && token.charAt(end) != '(' && !isBlank(token.charAt(end))) end++;
        return token.substring(0, end);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00A0';
    }

    private Node call(String name, List<Node> args, ExprParser.CallContext ctx) {
        int max = name.equals("log") ? 2 : 1;
        if (args.isEmpty() || args.size() > max) {
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
