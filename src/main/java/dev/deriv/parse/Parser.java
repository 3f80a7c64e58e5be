package dev.deriv.parse;

import dev.deriv.expr.DeepStack;
import dev.deriv.expr.Functions;
import dev.deriv.expr.Limits;
import dev.deriv.expr.Node;
import dev.deriv.parse.grammar.ExprLexer;
import dev.deriv.parse.grammar.ExprParser;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
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
        checkShape(text);
        if (text.length() < 2_000) return parseHere(text);
        return DeepStack.call(() -> parseHere(text));
    }

    private Node parseHere(String text) {
        ExprLexer lexer = new ExprLexer(CharStreams.fromString(text));
        ExprParser parser = new ExprParser(new CommonTokenStream(lexer));
        ErrorToException errors = new ErrorToException(text);
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        ExprParser.InputContext tree = parser.input();
        return new AstBuilder(functions, text).visit(tree);
    }

    /** Empty input, size and nesting limits: refused before ANTLR sees the text. */
    private static void checkShape(String text) {
        if (text == null || text.isBlank()) {
            throw new ParseException("empty expression", text, text == null ? 0 : 1);
        }
        if (text.length() > Limits.MAX_INPUT_LENGTH) {
            throw new ParseException("input too long: " + text.length() + " characters (limit: "
                    + Limits.MAX_INPUT_LENGTH + ")", text, 0);
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' && ++depth > Limits.MAX_NESTING_DEPTH) {
                throw new ParseException("parentheses nested too deeply (limit: "
                        + Limits.MAX_NESTING_DEPTH + " levels)", text, i + 1);
            } else if (c == ')') {
                depth--;
            }
        }
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
                    throw new ParseException("unexpected end of input", text, text.stripTrailing().length() + 1);
                }
                throw new ParseException("unexpected '" + t.getText() + "'", text, column);
            }
            // lexer error: the character it could not read
            int index = column - 1;
            String ch = index >= 0 && index < text.length()
                    ? new String(Character.toChars(text.codePointAt(index))) : "?";
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
