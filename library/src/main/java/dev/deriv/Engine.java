package dev.deriv;

import dev.deriv.diff.Differentiator;
import dev.deriv.expr.Deadline;
import dev.deriv.expr.Limits;
import dev.deriv.parse.Parser;
import dev.deriv.rules.RuleBook;
import dev.deriv.simplify.Simplifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * The loaded tables: known functions, derivative rules and simplification rules.
 * Immutable and thread-safe; {@link #standard()} is loaded once from the rule
 * files packaged in the jar. An engine with a user's rule file parses, differentiates
 * and simplifies with them:
 *
 * <pre>{@code
 * Engine mine = Engine.standard().withRules(Path.of("my.rules"));
 * Expr d = mine.parse("cube(x)").diff("x");
 * }</pre>
 *
 * <p>Every call through the engine (parse, and {@link Expr}'s diff, gradient,
 * hessian and simplify) runs within the engine's {@link #timeLimit()}, one budget
 * for the whole call; past it the call fails with a {@link dev.deriv.LimitException}
 * that names the limit. {@link #withTimeLimit(Duration)} sets it.
 */
public final class Engine {
    private static final class Standard {
        static final Engine INSTANCE = new Engine(RuleBook.standard());
    }

    private final RuleBook rules;
    private final Parser parser;
    private final Differentiator differentiator;
    private final Simplifier simplifier;
    private final Duration timeLimit;

    private Engine(RuleBook rules) {
        this.rules = rules;
        this.parser = new Parser(rules.functions());
        this.differentiator = new Differentiator(rules);
        this.simplifier = new Simplifier(rules);
        this.timeLimit = Duration.ofMillis(Limits.CALL_MILLIS);
    }

    private Engine(Engine tables, Duration timeLimit) {
        this.rules = tables.rules;
        this.parser = tables.parser;
        this.differentiator = tables.differentiator;
        this.simplifier = tables.simplifier;
        this.timeLimit = timeLimit;
    }

    /**
     * The engine with the rule files packaged in deriv.
     *
     * @return the standard engine (one instance)
     */
    public static Engine standard() { return Standard.INSTANCE; }

    /**
     * This engine extended by a user's rule file: more functions, derivative rules
     * and simplification rules. A byte-order mark at the start of the file is skipped.
     *
     * @param file a rule file, UTF-8, of at most {@value dev.deriv.expr.Limits#MAX_RULE_FILE_BYTES}
     *             bytes; any readable file, not only a regular one ({@code /dev/null} adds no rules)
     * @return a new engine; this one is unchanged
     * @throws IOException when the file cannot be read (a {@link java.nio.charset.CharacterCodingException}
     *         when it is not UTF-8)
     * @throws dev.deriv.LimitException when the file is larger than the limit; it is not read further
     * @throws dev.deriv.RuleFileException when the file is malformed; the message
     *         is {@code file:line: what is wrong}
     */
    public Engine withRules(Path file) throws IOException {
        return withRules(file.toString(), readRuleFile(file));
    }

    /**
     * The text of a rule file, read up to {@link Limits#MAX_RULE_FILE_BYTES}: a larger file
     * (or an endless one, such as {@code /dev/zero}) is refused without filling the heap.
     * Any readable file will do, not only a regular one ({@code /dev/null} is no rules).
     * Not UTF-8: a {@link java.nio.charset.CharacterCodingException}.
     */
    private static String readRuleFile(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(Limits.MAX_RULE_FILE_BYTES + 1);
        }
        if (bytes.length > Limits.MAX_RULE_FILE_BYTES) {
            throw new LimitException("rule file " + file + " is too large: more than " + Limits.MAX_RULE_FILE_BYTES
                    + " bytes (limit: " + Limits.MAX_RULE_FILE_BYTES + " bytes)");
        }
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * As {@link #withRules(Path)}, for rule text already in memory.
     *
     * @param fileName the name to give in error messages
     * @param text     the rules
     * @return a new engine; this one is unchanged
     * @throws dev.deriv.RuleFileException when the text is malformed
     */
    public Engine withRules(String fileName, String text) {
        return new Engine(new Engine(rules.read(fileName, text)), timeLimit);
    }

    /**
     * This engine with another wall-clock budget per call (default 60 seconds): it
     * covers the whole call, e.g. all the orders of {@code diff(v, n)} or every
     * partial of a Hessian, and a call still running past it fails with a
     * {@link dev.deriv.LimitException} naming it. The tables are shared, not reloaded.
     *
     * @param limit the budget of one call; positive
     * @return an engine with the same tables and this budget
     * @throws IllegalArgumentException when the limit is zero or negative
     */
    public Engine withTimeLimit(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive: " + limit);
        }
        return new Engine(this, limit);
    }

    /**
     * The wall-clock budget of one call (see {@link #withTimeLimit(Duration)}).
     *
     * @return the budget
     */
    public Duration timeLimit() { return timeLimit; }

    /** Runs one call, named {@code what} in the error, within {@link #timeLimit()}. */
    <T> T withinTimeLimit(String what, Callable<T> call) {
        return Deadline.call(timeLimit.toMillis(), what, "raise it with Engine.withTimeLimit", call);
    }

    RuleBook rules() { return rules; }

    Differentiator differentiator() { return differentiator; }

    Simplifier simplifier() { return simplifier; }

    /**
     * Parses {@code text} with this engine's functions.
     *
     * @param text an expression in deriv's syntax
     * @return the expression, which differentiates and simplifies with this engine's rules
     * @throws dev.deriv.ParseException when the text is not an expression; its
     *         message and column say what is wrong and where
     * @throws dev.deriv.LimitException when the expression is beyond a resource limit
     */
    public Expr parse(String text) {
        return parse(text, Notation.AUTO);
    }

    /**
     * Parses {@code text}, written in the given notation, with this engine's functions.
     *
     * @param text     an expression in deriv's plain syntax or in LaTeX
     * @param notation how {@code text} is written; {@link Notation#AUTO} takes a backslash or a brace for LaTeX
     * @return the expression, which differentiates and simplifies with this engine's rules
     * @throws dev.deriv.ParseException when the text is not an expression in that notation; its
     *         message and column say what is wrong and where
     * @throws dev.deriv.LimitException when the expression is beyond a resource limit
     */
    public Expr parse(String text, Notation notation) {
        dev.deriv.parse.Reading read = withinTimeLimit("Engine.parse", () -> parser.read(text, notation));
        return new Expr(read.expression(), read.domain(), this);
    }
}
