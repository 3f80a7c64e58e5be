package dev.deriv;

import dev.deriv.diff.Differentiator;
import dev.deriv.expr.Deadline;
import dev.deriv.expr.Functions;
import dev.deriv.expr.Limits;
import dev.deriv.parse.Parser;
import dev.deriv.rules.RuleBook;
import dev.deriv.simplify.Simplifier;
import dev.deriv.expr.LimitException;
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
 * Immutable and thread-safe; {@link #standard()} is loaded once from the
 * {@code rules/} files packaged in the jar.
 *
 * <p>Every call through the engine (parse, and {@link Expr}'s diff, gradient,
 * hessian and simplify) runs within the engine's {@link #timeLimit()}, one budget
 * for the whole call; past it the call fails with a {@link dev.deriv.expr.LimitException}
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

    /** The engine with the rule files packaged in deriv. */
    public static Engine standard() { return Standard.INSTANCE; }

    /**
     * This engine extended by a user's rule file: more functions, derivative rules
     * and simplification rules. A malformed file fails with {@code file:line: message}
     * ({@link dev.deriv.rules.RuleFileException}); a byte-order mark at its start is skipped.
     * A file over {@link Limits#MAX_RULE_FILE_BYTES} is a {@link LimitException}.
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

    /** As {@link #withRules(Path)}, for rule text already in memory. */
    public Engine withRules(String fileName, String text) {
        return new Engine(new Engine(rules.read(fileName, text)), timeLimit);
    }

    /**
     * This engine with another wall-clock budget per call (default {@link Limits#CALL_MILLIS}
     * ms): it covers the whole call, e.g. all the orders of {@code diff(v, n)} or every
     * partial of a Hessian, and a call still running past it fails with a
     * {@link dev.deriv.expr.LimitException} naming it. The tables are shared, not reloaded.
     */
    public Engine withTimeLimit(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive: " + limit);
        }
        return new Engine(this, limit);
    }

    /** The wall-clock budget of one call (see {@link #withTimeLimit(Duration)}). */
    public Duration timeLimit() { return timeLimit; }

    /** Runs one call, named {@code what} in the error, within {@link #timeLimit()}. */
    <T> T withinTimeLimit(String what, Callable<T> call) {
        return Deadline.call(timeLimit.toMillis(), what, "raise it with Engine.withTimeLimit", call);
    }

    public Functions functions() { return rules.functions(); }

    public RuleBook rules() { return rules; }

    public Differentiator differentiator() { return differentiator; }

    public Simplifier simplifier() { return simplifier; }

    /** Parses {@code text}; throws {@link dev.deriv.parse.ParseException} with the column of the error. */
    public Expr parse(String text) {
        return new Expr(withinTimeLimit("Engine.parse", () -> parser.parseExpression(text)), this);
    }
}
