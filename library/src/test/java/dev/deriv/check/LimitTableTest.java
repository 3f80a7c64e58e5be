package dev.deriv.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.Expr;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LimitTableTest {

    @Test
    void theTextbookTable() {
        LimitTable t = LimitTable.of(Expr.parse("3*x^2 - 4*x"), null, PointValues.point(Map.of("x", 1.0)), 5);
        List<String> lines = List.of(t.text().split("\n"));
        assertEquals(List.of(
                "h=0.10000, numerical limit=2.30000",
                "h=0.01000, numerical limit=2.03000",
                "h=0.00100, numerical limit=2.00300",
                "h=0.00010, numerical limit=2.00030",
                "h=0.00001, numerical limit=2.00003"), lines.subList(1, 6));
        assertEquals(2.0, t.exact());
        assertTrue(lines.get(6).startsWith("exact derivative: d/dx = 6*x - 4"), lines.get(6));
        assertFalse(t.stopsConverging());
    }

    @Test
    void doublePrecisionStopsTheConvergence() {
        LimitTable t = LimitTable.of(Expr.parse("sin(x)"), null, PointValues.point(Map.of("x", 1.0)), 14);
        assertEquals(14, t.rows().size());
        assertTrue(t.stopsConverging());
        int best = t.bestRow();
        assertTrue(best >= 6 && best <= 9, "best at h=1e-" + (best + 1));
        assertTrue(t.text().contains("cancels in double precision"), t.text());
    }

    @Test
    void whereTheDerivativeDoesNotExist() {
        LimitTable t = LimitTable.of(Expr.parse("abs(x)"), null, PointValues.point(Map.of("x", 0.0)), 5);
        assertNull(t.exact());
        assertTrue(t.exactProblem().contains("does not exist"), t.exactProblem());
        assertEquals(1.0, t.rows().get(4).quotient());
    }
}
