package dev.deriv.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.expr.Builtin;
import dev.deriv.expr.Function;
import dev.deriv.expr.FunctionRegistry;
import dev.deriv.expr.Functions;
import dev.deriv.rules.RuleBook;
import dev.deriv.testing.DsOracle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The registry itself: complete entries, one derivative rule each, and every consumer sees every entry. */
class FunctionRegistryTest {

    @Test
    void anEntryWithoutADerivativeRuleIsRefused() {
        List<Builtin> entries = new ArrayList<>(FunctionRegistry.ENTRIES);
        entries.add(FunctionRegistry.entry("erf").value(x -> x).latex("\\operatorname{erf}")
                .scalarOnly("sign").precise(x -> x).gain((x, v) -> 1).build());
        Map<String, String> rules = RuleBook.standard().derivativeRuleHeads();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FunctionRegistry.requireDerivativeRules(entries, rules));
        assertTrue(e.getMessage().contains("'erf' has no derivative rule named 'erf'"), e.getMessage());
        assertTrue(e.getMessage().contains("rules/derivatives.rules"), e.getMessage());
    }

    @Test
    void aRuleOfTheRightNameForAnotherFunctionIsRefused() {
        Builtin wrong = FunctionRegistry.entry("erf").value(x -> x).latex("\\operatorname{erf}").scalarOnly("sign")
                .precise(x -> x).gain((x, v) -> 1).rule("sin").build();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FunctionRegistry.requireDerivativeRules(List.of(wrong), RuleBook.standard().derivativeRuleHeads()));
        assertTrue(e.getMessage().contains("is not a rule for erf(u)"), e.getMessage());
    }

    @Test
    void theStandardRulesCoverTheRegistry() {
        FunctionRegistry.requireDerivativeRules(FunctionRegistry.ENTRIES, RuleBook.standard().derivativeRuleHeads());
    }

    @Test
    void anIncompleteEntryIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FunctionRegistry.entry("erf").value(x -> x).build());
        assertTrue(e.getMessage().contains("'erf' is incomplete"), e.getMessage());
    }

    @Test
    void theParserAndTheOracleKnowEveryEntry() {
        Set<String> registry = new TreeSet<>();
        for (Builtin b : FunctionRegistry.ENTRIES) registry.add(b.name());
        Set<String> parser = new TreeSet<>();
        for (Function f : Functions.builtin().all()) parser.add(f.name());
        assertEquals(registry, parser);
        assertEquals(registry, new TreeSet<>(DsOracle.FORMS.keySet()), "DsOracle needs a form for each entry");
        for (Function f : Function.BUILTINS) {
            assertTrue(f == Function.registered(f.name()), "one Function per entry: " + f);
            assertTrue(f.builtin() == FunctionRegistry.get(f.name()));
        }
    }

    @Test
    void unknownNamesAreClearErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FunctionRegistry.get("erf"));
        assertTrue(e.getMessage().contains("no built-in function 'erf'"), e.getMessage());
    }
}
