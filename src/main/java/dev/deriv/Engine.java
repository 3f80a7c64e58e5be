package dev.deriv;

import dev.deriv.expr.Functions;
import dev.deriv.parse.Parser;

/**
 * The loaded tables: known functions, derivative rules and simplification rules.
 * Immutable and thread-safe; {@link #standard()} is loaded once from the
 * {@code rules/} files packaged in the jar.
 */
public final class Engine {
    private static final class Standard {
        static final Engine INSTANCE = new Engine(Functions.builtin());
    }

    private final Functions functions;
    private final Parser parser;

    private Engine(Functions functions) {
        this.functions = functions;
        this.parser = new Parser(functions);
    }

    public static Engine standard() { return Standard.INSTANCE; }

    public Functions functions() { return functions; }

    /** Parses {@code text}; throws {@link dev.deriv.parse.ParseException} with the column of the error. */
    public Expr parse(String text) {
        return new Expr(parser.parseExpression(text), this);
    }
}
