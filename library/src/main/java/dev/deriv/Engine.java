package dev.deriv;

import dev.deriv.diff.Differentiator;
import dev.deriv.expr.Functions;
import dev.deriv.parse.Parser;
import dev.deriv.rules.RuleBook;
import dev.deriv.simplify.Simplifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The loaded tables: known functions, derivative rules and simplification rules.
 * Immutable and thread-safe; {@link #standard()} is loaded once from the
 * {@code rules/} files packaged in the jar.
 */
public final class Engine {
    private static final class Standard {
        static final Engine INSTANCE = new Engine(RuleBook.standard());
    }

    private final RuleBook rules;
    private final Parser parser;
    private final Differentiator differentiator;
    private final Simplifier simplifier;

    private Engine(RuleBook rules) {
        this.rules = rules;
        this.parser = new Parser(rules.functions());
        this.differentiator = new Differentiator(rules);
        this.simplifier = new Simplifier(rules);
    }

    /** The engine with the rule files packaged in deriv. */
    public static Engine standard() { return Standard.INSTANCE; }

    /**
     * This engine extended by a user's rule file: more functions, derivative rules
     * and simplification rules. A malformed file fails with {@code file:line: message}
     * ({@link dev.deriv.rules.RuleFileException}).
     */
    public Engine withRules(Path file) throws IOException {
        return withRules(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** As {@link #withRules(Path)}, for rule text already in memory. */
    public Engine withRules(String fileName, String text) {
        return new Engine(rules.read(fileName, text));
    }

    public Functions functions() { return rules.functions(); }

    public RuleBook rules() { return rules; }

    public Differentiator differentiator() { return differentiator; }

    public Simplifier simplifier() { return simplifier; }

    /** Parses {@code text}; throws {@link dev.deriv.parse.ParseException} with the column of the error. */
    public Expr parse(String text) {
        return new Expr(parser.parseExpression(text), this);
    }
}
