package dev.deriv.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.expr.Call;
import dev.deriv.expr.Const;
import dev.deriv.expr.Function;
import dev.deriv.expr.Interpreter;
import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Num;
import dev.deriv.expr.Pow;
import dev.deriv.expr.Var;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** The generators keep their promises: coverage of the language, and smooth() defined everywhere. */
class RandomExprsProperties {

    @Provide
    Arbitrary<Node> smooth() {
        return RandomExprs.smooth();
    }

    @Property(tries = 500)
    void smoothExpressionsAreDefinedAndFinite(@ForAll("smooth") Node e,
                                              @ForAll @DoubleRange(min = -3, max = 3) double x,
                                              @ForAll @DoubleRange(min = -3, max = 3) double y,
                                              @ForAll @DoubleRange(min = -3, max = 3) double z) {
        Map<Var, Double> point = Map.of(Nodes.var("x"), x, Nodes.var("y"), y, Nodes.var("z"), z);
        // strict evaluation throws when any subexpression leaves its domain or overflows
        double v = Interpreter.evalStrict(e, point);
        assertTrue(Double.isFinite(v) && Math.abs(v) < 1e100, () -> e + " = " + v);
    }

    @Test
    void everyFunctionAndKindOfLeafOccurs() {
        Map<String, Integer> seen = new HashMap<>();
        RandomExprs.exprs().sampleStream().limit(3_000).forEach(e -> count(e, seen));
        for (Function f : Function.BUILTINS) assertTrue(seen.containsKey(f.name()), "never generated: " + f.name());
        for (String v : RandomExprs.VARIABLES) assertTrue(seen.containsKey(v), "never generated: " + v);
        for (String k : new String[] {"pi", "e", "sqrt", "fraction", "negative power", "symbolic power", "sum", "product"}) {
            assertTrue(seen.getOrDefault(k, 0) > 10, "rarely generated: " + k + " " + seen.get(k));
        }
    }

    @Test
    void smoothCoversTheRestrictedFunctionsToo() {
        Map<String, Integer> seen = new HashMap<>();
        RandomExprs.smooth().sampleStream().limit(3_000).forEach(e -> count(e, seen));
        Set<String> missing = new HashSet<>();
        for (Function f : Function.BUILTINS) if (!seen.containsKey(f.name())) missing.add(f.name());
        assertEquals(Set.of(), missing);
    }

    private static void count(Node n, Map<String, Integer> seen) {
        String key = null;
        if (n instanceof Call c) key = c.name();
        else if (n instanceof Var v) key = v.name();
        else if (n instanceof Const c) key = c.kind().symbol;
        else if (n instanceof Num k && !k.value().isInteger()) key = "fraction";
        else if (n instanceof Pow p) {
            if (p.exponent() instanceof Num k && k.value().equals(dev.deriv.expr.Rational.HALF)) key = "sqrt";
            else if (p.exponent() instanceof Num k && k.value().signum() < 0) key = "negative power";
            else if (!(p.exponent() instanceof Num)) key = "symbolic power";
        } else if (n instanceof dev.deriv.expr.Add) key = "sum";
        else if (n instanceof dev.deriv.expr.Mul) key = "product";
        if (key != null) seen.merge(key, 1, Integer::sum);
        for (Node c : n.children()) count(c, seen);
    }
}
