package dev.deriv.parse;

import dev.deriv.Notation;
import dev.deriv.ParseException;
import dev.deriv.expr.Functions;
import dev.deriv.expr.GreekLetters;
import dev.deriv.parse.grammar.ExprLexer;
import dev.deriv.parse.grammar.ExprParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * The tokens of the lexer, retyped with what only the function table and the
 * neighbours of a token know, before the parser sees them:
 * <ul>
 * <li>a known function name without {@code (} is a {@code FUNC} ({@code sin x}, {@code sin^2 x});
 * <li>a {@code CALL} token of a name that is not a function ({@code x(}, {@code e(}) is split into
 *     the name and {@code (}: an implicit product, so that {@code x^x(ln x + 1)} ends the exponent
 *     at {@code x};
 * <li>{@code log_2}, {@code log_a(} become {@code log}, {@code _} and the base;
 * <li>a bar after an operand closes an open bar; bars opened inside bars are refused as ambiguous;
 * <li>LaTeX commands ({@code \sin}, {@code \theta}, {@code \cdot}, {@code \operatorname{sech}}) become
 *     the tokens of what they mean; a leading {@code d/dx} or {@code \frac{d}{dx}} becomes one DDX token.
 * </ul>
 * Token types stay those of the grammar, so the parser decides with one token of lookahead.
 */
final class TokenReading {
    private final Functions functions;
    private final String text;
    private final List<Token> out = new ArrayList<>();
    /** Whether anything was read by a rule beyond plain, unambiguous notation (then the reading is shown). */
    private boolean interpreted;

    /** LaTeX: a run of letters is a product of one-letter variables ({@code xy} is x times y), as TeX sets it. */
    private final boolean latex;

    private TokenReading(Functions functions, String text, boolean latex) {
        this.functions = functions;
        this.text = text;
        this.latex = latex;
    }

    /** The retyped tokens (default channel only, ending with EOF), and whether any rule reinterpreted the input. */
    record Result(List<Token> tokens, boolean interpreted, boolean latex) {}

    static Result read(List<Token> lexed, Functions functions, String text, Notation kind) {
        boolean latex = isLatex(lexed);
        if (latex && kind == Notation.PLAIN) {
            Token t = firstLatex(lexed);
            throw new ParseException("'" + t.getText() + "' is LaTeX, and plain input was chosen", text,
                    t.getCharPositionInLine() + 1);
        }
        TokenReading r = new TokenReading(functions, text, latex || kind == Notation.LATEX);
        List<Token> visible = new ArrayList<>();
        List<Token> before = new ArrayList<>(); // the hidden token just before each visible one, or null
        Token hidden = null;
        for (Token t : lexed) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) { hidden = t; continue; }
            visible.add(t);
            before.add(hidden);
            hidden = null;
        }
        int start = r.derivativeOf(visible);
        r.retype(visible, before, start);
        return new Result(r.out, r.interpreted || latex || kind == Notation.LATEX, latex || kind == Notation.LATEX);
    }

    private static boolean isLatex(List<Token> tokens) {
        return firstLatex(tokens) != null;
    }

    private static Token firstLatex(List<Token> tokens) {
        for (Token t : tokens) {
            switch (t.getType()) {
                case ExprLexer.FRAC: case ExprLexer.COMMAND: case ExprLexer.LATEX_SPACE:
                case ExprLexer.LBRACE: case ExprLexer.RBRACE: case ExprLexer.SUB:
                    return t;
                case ExprLexer.SQRT:
                    if (t.getText().startsWith("\\")) return t;
                    break;
                default:
            }
        }
        return null;
    }

    /** A leading d/dx, d/dx(, or \frac{d}{dx}: one DDX token whose text is the variable; returns where the rest starts. */
    private int derivativeOf(List<Token> v) {
        if (v.size() >= 3 && is(v.get(0), ExprLexer.NAME, "d") && v.get(1).getType() == ExprLexer.SLASH) {
            Token d = v.get(2);
            String name = d.getType() == ExprLexer.CALL ? AstBuilder.callName(d.getText()) : d.getText();
            if ((d.getType() == ExprLexer.NAME || d.getType() == ExprLexer.CALL) && isDVariable(name)) {
                out.add(retyped(v.get(0), ExprParser.DDX, name.substring(1)));
                interpreted = true;
                if (d.getType() == ExprLexer.CALL) out.add(piece(d, ExprLexer.LPAREN, d.getText().indexOf('(')));
                return 3;
            }
        }
        if (v.size() >= 7 && v.get(0).getType() == ExprLexer.FRAC && v.get(1).getType() == ExprLexer.LBRACE
                && is(v.get(2), ExprLexer.NAME, "d") && v.get(3).getType() == ExprLexer.RBRACE
                && v.get(4).getType() == ExprLexer.LBRACE && v.get(5).getType() == ExprLexer.NAME
                && isDVariable(v.get(5).getText()) && v.get(6).getType() == ExprLexer.RBRACE) {
            out.add(retyped(v.get(0), ExprParser.DDX, v.get(5).getText().substring(1)));
            interpreted = true;
            return 7;
        }
        return 0;
    }

    /** {@code dx}, {@code dθ}: d and one letter. */
    private static boolean isDVariable(String name) {
        return name.startsWith("d") && name.codePointCount(0, name.length()) == 2;
    }

    private static boolean is(Token t, int type, String text) {
        return t.getType() == type && t.getText().equals(text);
    }

    private void retype(List<Token> v, List<Token> hiddenBefore, int start) {
        // for each open parenthesis, whether it is the group of an implicit product x(...), which takes one expression
        // (the '(' token of such a group, null for any other parenthesis)
        List<Group> groups = new ArrayList<>();
        int openBar = -1; // index in out of the open bar, if any
        boolean justClosed = false; // a bar closed and only operands followed: |a|b then '|' reads two ways
        for (int i = start; i < v.size(); i++) {
            Token t = v.get(i);
            switch (t.getType()) {
                case ExprLexer.CALL: {
                    boolean product = call(t);
                    // f(x, y) = ...: a definition's parameters, not a product
                    boolean definition = i == start && v.stream().anyMatch(e -> e.getType() == ExprLexer.EQUALS);
                    groups.add(product && !definition ? new Group(out.get(out.size() - 1), AstBuilder.callName(t.getText())) : null);
                    break;
                }
                case ExprLexer.LPAREN:
                    groups.add(null);
                    out.add(t);
                    break;
                case ExprLexer.RPAREN:
                case ExprLexer.COMMA:
                    Group group = groups.isEmpty() ? null : groups.get(groups.size() - 1);
                    if (group != null && (t.getType() == ExprLexer.COMMA || out.get(out.size() - 1) == group.paren())) {
                        throw new ParseException("'" + group.name() + "(' multiplies " + group.name()
                                + " by one expression in parentheses", text, column(group.paren()));
                    }
                    if (t.getType() == ExprLexer.RPAREN && !groups.isEmpty()) groups.remove(groups.size() - 1);
                    out.add(t);
                    break;
                case ExprLexer.NAME:
                    name(t);
                    break;
                case ExprLexer.COMMAND:
                    i = command(v, i);
                    break;
                case ExprLexer.BAR: {
                    Token hidden = hiddenBefore.get(i);
                    boolean left = hidden != null && hidden.getText().equals("\\left");
                    boolean right = hidden != null && hidden.getText().equals("\\right");
                    boolean closes = right || !left && openBar >= 0 && afterOperand();
                    interpreted = true;
                    if (closes) {
                        if (openBar < 0) throw new ParseException("'|' closes no open '|'", text, column(t));
                        out.add(retyped(t, ExprParser.BAR_CLOSE, "|"));
                        openBar = -1;
                        justClosed = true;
                    } else {
                        boolean afterClose = !out.isEmpty() && out.get(out.size() - 1).getType() == ExprParser.BAR_CLOSE;
                        if (justClosed && afterOperand() && !afterClose) {
                            throw new ParseException("these bars read two ways (|a|b|c| is |a|*b*|c| or |a*|b|*c|):"
                                    + " write abs(...)", text, column(t));
                        }
                        if (openBar >= 0) {
                            throw new ParseException("bars inside bars are ambiguous (which '|' closes which?):"
                                    + " write abs(...) for the inner ones", text, column(t));
                        }
                        openBar = out.size();
                        out.add(t);
                    }
                    continue;
                }
                case ExprLexer.SUPERSCRIPT:
                case ExprLexer.SQRT:
                case ExprLexer.CBRT:
                    interpreted = true;
                    out.add(t);
                    break;
                default:
                    out.add(t);
            }
            if (!afterOperand()) justClosed = false; // an operator or '(' since the bar closed
        }
    }

    /** Whether the last token read ends an operand, so that a bar after it closes rather than opens. */
    private boolean afterOperand() {
        if (out.isEmpty()) return false;
        switch (out.get(out.size() - 1).getType()) {
            case ExprLexer.NUMBER: case ExprLexer.NAME: case ExprLexer.RPAREN: case ExprLexer.RBRACE:
            case ExprParser.BAR_CLOSE: case ExprLexer.SUPERSCRIPT:
                return true;
            default:
                return false;
        }
    }

    /** Returns whether the CALL became an implicit product, name times group. */
    private boolean call(Token t) {
        String name = AstBuilder.callName(t.getText());
        int paren = t.getText().indexOf('(');
        if (name.startsWith("log_") && name.length() > 4) {
            logBase(t, name);
            out.add(piece(t, ExprLexer.LPAREN, paren));
        } else if (functions.isKnown(name)) {
            out.add(t);
        } else if (name.codePointCount(0, name.length()) == 1 || AstBuilder.isConstant(name)) {
            out.add(retyped(t, ExprLexer.NAME, name)); // x(x+1), e(x+1): the name times the group
            out.add(piece(t, ExprLexer.LPAREN, paren));
            interpreted = true;
            return true;
        } else {
            out.add(t); // an unknown function: AstBuilder says so, with a suggestion
        }
        return false;
    }

    private void name(Token t) {
        String name = t.getText();
        if (name.startsWith("log_") && name.length() > 4) {
            logBase(t, name);
        } else if (functions.isKnown(name)) {
            out.add(retyped(t, FUNC, name));
            interpreted = true;
        } else if (latex && name.codePoints().allMatch(Character::isLetter) && name.codePointCount(0, name.length()) > 1
                && !AstBuilder.isConstant(name) && AstBuilder.gluedCall(name, functions) == null) {
            int offset = 0; // xy in LaTeX: x times y
            for (int c : name.codePoints().toArray()) {
                String letter = new String(Character.toChars(c));
                out.add(piece(t, ExprLexer.NAME, offset, letter));
                offset += letter.length();
            }
        } else {
            out.add(t);
        }
    }

    private static final int FUNC = ExprParser.FUNC;

    /** The '(' of an implicit product x(...), and the name x. */
    private record Group(Token paren, String name) {}

    /** {@code log_2}, {@code log_10x}, {@code log_a}: log, '_', the base (digits, or else the name), and what follows digits. */
    private void logBase(Token t, String name) {
        interpreted = true;
        out.add(retyped(t, FUNC, "log"));
        out.add(piece(t, ExprLexer.SUB, 3));
        String base = name.substring(4);
        int digits = 0;
        while (digits < base.length() && Character.isDigit(base.charAt(digits))) digits++;
        if (digits == 0) {
            out.add(piece(t, ExprLexer.NAME, 4, base));
            return;
        }
        out.add(piece(t, ExprLexer.NUMBER, 4, base.substring(0, digits)));
        if (digits < base.length()) out.add(piece(t, ExprLexer.NAME, 4 + digits, base.substring(digits)));
    }

    /** A LaTeX command at {@code v[i]}; returns the index of its last token. */
    private int command(List<Token> v, int i) {
        Token t = v.get(i);
        String name = t.getText().substring(1);
        switch (name) {
            case "cdot": case "times": case "ast":
                out.add(retyped(t, ExprLexer.STAR, "*"));
                return i;
            case "div":
                out.add(retyped(t, ExprLexer.SLASH, "/"));
                return i;
            case "vert": case "lvert": case "rvert": case "mid":
                throw new ParseException("write |...| or \\left|...\\right| for an absolute value", text, column(t));
            case "operatorname": case "mathrm": case "text": case "mathit": case "mathrm*": {
                // \operatorname{sech}, \mathrm{e}: the name in braces
                if (i + 3 < v.size() && v.get(i + 1).getType() == ExprLexer.LBRACE
                        && (v.get(i + 2).getType() == ExprLexer.NAME) && v.get(i + 3).getType() == ExprLexer.RBRACE) {
                    String inBraces = v.get(i + 2).getText(); // one name, never a product of letters
                    out.add(retyped(t, functions.isKnown(inBraces) ? FUNC : ExprLexer.NAME, inBraces));
                    return i + 3;
                }
                throw new ParseException("'\\" + name + "' needs a name in braces", text, column(t));
            }
            default:
        }
        Character greek = GreekLetters.letter(name);
        if (greek != null) {
            out.add(retyped(t, ExprLexer.NAME, String.valueOf(greek)));
            return i;
        }
        if (functions.isKnown(name)) {
            out.add(retyped(t, FUNC, name));
            return i;
        }
        throw new ParseException("unknown LaTeX command '" + t.getText() + "'", text, column(t));
    }

    private static int column(Token t) {
        return t.getCharPositionInLine() + 1;
    }

    private static CommonToken retyped(Token t, int type, String text) {
        CommonToken c = new CommonToken(t);
        c.setType(type);
        c.setText(text);
        return c;
    }

    /** A token for the part of {@code t} that starts {@code offset} chars into it, with that part's text. */
    private static CommonToken piece(Token t, int type, int offset) {
        return piece(t, type, offset, t.getText().substring(offset, offset + 1));
    }

    private static CommonToken piece(Token t, int type, int offset, String text) {
        CommonToken c = new CommonToken(t);
        c.setType(type);
        c.setText(text);
        c.setStartIndex(t.getStartIndex() + offset);
        c.setStopIndex(t.getStartIndex() + offset + text.length() - 1);
        c.setCharPositionInLine(t.getCharPositionInLine() + t.getText().codePointCount(0, offset));
        return c;
    }
}
