package dev.deriv.parse;

import dev.deriv.Notation;
import dev.deriv.ParseException;
import dev.deriv.expr.DeepStack;
import dev.deriv.expr.Functions;
import dev.deriv.expr.Limits;
import dev.deriv.expr.Node;
import dev.deriv.parse.grammar.ExprLexer;
import dev.deriv.parse.grammar.ExprParser;
import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * Text to canonical expression: ANTLR's lexer and parser, with the console
 * error listener replaced by one that turns the first syntax error into a
 * {@link ParseException}, then {@link AstBuilder}.
 */
public final class Parser {
    private final Functions functions;

    public Parser(Functions functions) {
        this.functions = functions;
    }

    public static Node parse(String text) {
        return new Parser(Functions.builtin()).parseExpression(text);
    }

    public Functions functions() { return functions; }

    public Node parseExpression(String text) {
        return read(text, Notation.AUTO).expression();
    }

    /** The expression {@code text} stands for, written in {@code notation}, how it was read, and its domain as written. */
    public Reading read(String text, Notation notation) {
        checkShape(text);
        ErrorToException errors = new ErrorToException(text);
        ExprLexer lexer = new ExprLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        FirstLexerError lexical = new FirstLexerError(errors);
        lexer.addErrorListener(lexical);
        CommonTokenStream lexed = new CommonTokenStream(lexer);
        lexed.fill(); // lexing loops, parsing recurses once per level of nesting:
        try {
            TokenReading.Result typed = TokenReading.read(lexed.getTokens(), functions, text, notation);
            CommonTokenStream tokens = new CommonTokenStream(new ListTokenSource(typed.tokens()));
            tokens.fill();
            int depth = checkNesting(tokens.getTokens(), text);
            Reading r = depth < SHALLOW_NESTING ? parseTokens(tokens, errors, text, typed)
                    : DeepStack.call(() -> parseTokens(tokens, errors, text, typed)); // deep input parses on a big stack
            if (lexical.first != null) throw lexical.first;
            return r;
        } catch (ParseException e) {
            // the whole text is lexed first: of a character error and a later syntax error, the first is reported
            throw lexical.first != null && lexical.first.column() <= e.column() ? lexical.first : e;
        }
    }

    /** Keeps the lexer's first complaint (an unknown character) until the parser has had its say. */
    private static final class FirstLexerError extends BaseErrorListener {
        private final ErrorToException format;
        private ParseException first;

        FirstLexerError(ErrorToException format) { this.format = format; }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int charPositionInLine,
                                String msg, RecognitionException e) {
            if (first != null) return;
            try {
                format.syntaxError(recognizer, offending, line, charPositionInLine, msg, e);
            } catch (ParseException error) {
                first = error;
            }
        }
    }

    /** Nesting this shallow parses on the caller's stack, however small (ANTLR takes some 15 frames a level). */
    static final int SHALLOW_NESTING = 64;

    private Reading parseTokens(CommonTokenStream tokens, ErrorToException errors, String text,
                                TokenReading.Result typed) {
        ExprParser parser = new ExprParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        ExprParser.InputContext tree = parser.input();
        AstBuilder builder = new AstBuilder(functions, text);
        Node n = builder.visit(tree);
        List<String> notes = new java.util.ArrayList<>(builder.notes());
        notes.addAll(oneNameNotes(n));
        return new Reading(n, typed.interpreted() || builder.interpreted() || notes.size() > builder.notes().size(),
                notes, builder.wrt(), builder.asksDerivative(), builder.writtenDomain());
    }

    /**
     * {@code xe^x}: a name of several letters next to one of those letters as a variable of its own
     * is one variable, not a product; that is the rule, but one a reader may not expect, so it is said.
     */
    static List<String> oneNameNotes(Node n) {
        return oneNameNotes(dev.deriv.expr.Nodes.variables(n));
    }

    /** The notes of {@link #oneNameNotes(Node)} over a set of variables (of a problem and its answer, say). */
    public static List<String> oneNameNotes(java.util.Set<dev.deriv.expr.Var> vars) {
        java.util.Set<String> letters = new java.util.HashSet<>();
        for (dev.deriv.expr.Var v : vars) if (v.name().codePointCount(0, v.name().length()) == 1) letters.add(v.name());
        List<String> notes = new java.util.ArrayList<>();
        if (letters.isEmpty()) return notes;
        for (dev.deriv.expr.Var v : vars) {
            String name = v.name();
            if (name.codePointCount(0, name.length()) < 2 || !name.codePoints().allMatch(Character::isLetter)) continue;
            if (name.codePoints().anyMatch(c -> letters.contains(new String(Character.toChars(c))))) {
                notes.add("'" + name + "' is one variable (write " + String.join("*", name.split("")) + " for a product)");
            }
        }
        java.util.Collections.sort(notes);
        return notes;
    }

    /** Empty input and the length limit: refused before ANTLR sees the text. */
    private static void checkShape(String text) {
        if (text == null || text.isBlank()) {
            throw new ParseException("empty expression", text, text == null ? 0 : 1);
        }
        if (text.length() > Limits.MAX_INPUT_LENGTH) {
            throw new ParseException("input too long: " + text.length() + " characters (limit: "
                    + Limits.MAX_INPUT_LENGTH + ")", text, 0);
        }
    }

    /**
     * The nesting limit, on the tokens before they are parsed: every parenthesis, bar, brace
     * and call, every exponent, every root ({@code √}, {@code \sqrt}, {@code \frac}), every function
     * written without parentheses and every sign that applies to what follows it opens a level
     * ({@code ((x))}, {@code x^x^x}, {@code ---x} and {@code 2^-x^-x} nest as deep as
     * they are long), and a level closes where the grammar closes it: at the matching
     * parenthesis, or for exponents and signs at the next binary operator, comma or
     * implicit product ({@code x^2*y^2*...} stays two levels deep however long).
     *
     * @return the deepest nesting
     */
    static int checkNesting(List<Token> tokens, String text) {
        int depth = 0;
        int deepest = 0;
        int chain = 0; // open exponent and sign levels inside the innermost parentheses
        int[] outerChains = new int[16];
        int open = 0;
        boolean afterOperand = false;
        for (Token t : tokens) {
            switch (t.getType()) {
                case ExprLexer.NUMBER:
                case ExprLexer.NAME:
                    if (afterOperand) { depth -= chain; chain = 0; } // implicit product: a new factor
                    afterOperand = true;
                    break;
                case ExprParser.FUNC: // sin x: like a sign, it applies to what follows (ln ln ln x nests)
                    if (afterOperand) { depth -= chain; chain = 0; }
                    chain++;
                    depth++;
                    afterOperand = false;
                    break;
                case ExprLexer.SUPERSCRIPT: // x²: an exponent that closes itself
                    break;
                case ExprLexer.SUB: // log_2: the base follows
                    afterOperand = false;
                    break;
                case ExprLexer.FRAC: // \frac, \sqrt, √: like a sign, they apply to what follows
                case ExprLexer.SQRT:
                case ExprLexer.CBRT:
                    if (afterOperand) { depth -= chain; chain = 0; }
                    chain++;
                    depth++;
                    afterOperand = false;
                    break;
                case ExprLexer.CALL:
                case ExprLexer.LPAREN:
                case ExprLexer.LBRACE:
                case ExprLexer.LBRACK:
                case ExprLexer.BAR:
                    if (afterOperand) { depth -= chain; chain = 0; }
                    if (open == outerChains.length) outerChains = Arrays.copyOf(outerChains, open * 2);
                    outerChains[open++] = chain;
                    chain = 0;
                    depth++;
                    afterOperand = false;
                    break;
                case ExprLexer.RPAREN:
                case ExprLexer.RBRACE:
                case ExprLexer.RBRACK:
                case ExprParser.BAR_CLOSE:
                    if (open > 0) {
                        depth -= chain + 1;
                        chain = outerChains[--open];
                    }
                    afterOperand = true;
                    break;
                case ExprLexer.POW:
                    chain++;
                    depth++;
                    afterOperand = false;
                    break;
                case ExprLexer.PLUS:
                case ExprLexer.MINUS:
                    if (afterOperand) { depth -= chain; chain = 0; } else { chain++; depth++; }
                    afterOperand = false;
                    break;
                default: // * / , and the end
                    depth -= chain;
                    chain = 0;
                    afterOperand = false;
            }
            if (depth > Limits.MAX_NESTING_DEPTH) {
                throw new ParseException("expression nested too deeply (limit: " + Limits.MAX_NESTING_DEPTH
                        + " levels of parentheses, bars, calls, exponents, signs and roots)", text, t.getStartIndex() + 1);
            }
            deepest = Math.max(deepest, depth);
        }
        return deepest;
    }

    /** Turns ANTLR's first complaint into a ParseException; the parse stops there. */
    private static final class ErrorToException extends BaseErrorListener {
        private final String text;

        ErrorToException(String text) { this.text = text; }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int charPositionInLine,
                                String msg, RecognitionException e) {
            int column = columnOf(line, charPositionInLine);
            if (offending instanceof Token t) {
                if (t.getType() == Token.EOF) {
                    String shown = text.stripTrailing();
                    throw new ParseException("unexpected end of input", text, shown.codePointCount(0, shown.length()) + 1);
                }
                throw new ParseException("unexpected '" + t.getText() + "'", text, column);
            }
            // lexer error: the character it could not read; columns count code points, as ANTLR
            // does, so a letter outside the BMP (two chars, such as 𝑥) is one column
            int points = column - 1;
            String ch = points >= 0 && points < text.codePointCount(0, text.length())
                    ? new String(Character.toChars(text.codePointAt(text.offsetByCodePoints(0, points)))) : "?";
            throw new ParseException("unknown character '" + ch + "'", text, column);
        }

        /** 1-based column in the whole text (lines are joined; the CLI passes one line). */
        private int columnOf(int line, int charPositionInLine) {
            int offset = 0;
            for (int l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
            return offset + charPositionInLine + 1;
        }
    }
}
