package dev.deriv.rules;

import dev.deriv.expr.Call;
import dev.deriv.expr.Function;
import dev.deriv.expr.FunctionRegistry;
import dev.deriv.expr.Functions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything read from rule files: the functions (built in and defined), the
 * derivative rules and the simplification rules, each in file order. Immutable.
 */
public record RuleBook(Functions functions, List<Rule> derivatives, List<Rule> simplify) {

    /** {@code D(w)} in a derivative rule's replacement: the derivative of w. */
    public static final Function DERIVATIVE = new Function("D", null, "D", null, null);

    /** The rule files packaged with deriv, read in this order. */
    public static final List<String> STANDARD_FILES = List.of("derivatives.rules", "simplify.rules");

    public static final RuleBook EMPTY = new RuleBook(Functions.builtin(), List.of(), List.of());

    public RuleBook {
        derivatives = List.copyOf(derivatives);
        simplify = List.copyOf(simplify);
    }

    /** The standard rules, read from the {@code rules/} folder packaged in the jar. */
    public static RuleBook standard() {
        RuleBook book = EMPTY;
        for (String file : STANDARD_FILES) {
            String text = resource("/rules/" + file);
            if (text != null) book = book.read(file, text);
        }
        FunctionRegistry.requireDerivativeRules(FunctionRegistry.ENTRIES, book.derivativeRuleHeads());
        return book;
    }

    /**
     * Each derivative rule's name, with the name of the function its pattern calls
     * (null when the pattern is not a call): what {@link FunctionRegistry#requireDerivativeRules} checks.
     */
    public Map<String, String> derivativeRuleHeads() {
        Map<String, String> heads = new HashMap<>();
        for (Rule r : derivatives) {
            String head = r.lhs() instanceof Call c ? c.function().name() : null;
            heads.putIfAbsent(r.name(), head);
        }
        return heads;
    }

    /**
     * This book extended by the statements of one more rule file: its rules come after
     * those read before, except that {@code replace name: ...} takes the place of the rule
     * of that name. A rule that an earlier derivative rule always pre-empts is an error.
     */
    public RuleBook read(String fileName, String text) {
        return RuleFileReader.read(fileName, text, this);
    }

    private static String resource(String path) {
        try (InputStream in = RuleBook.class.getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
