package dev.deriv.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.testing.CanonicalChecks;
import dev.deriv.testing.RandomExprs;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The canonical constructors: idempotent, order-independent where they promise to be, and a total order. */
class CanonicalProperties {

    @Provide
    Arbitrary<Node> exprs() {
        return RandomExprs.exprs();
    }

    @Provide
    Arbitrary<Node> small() {
        return RandomExprs.exprs(2);
    }

    @Property(tries = 1000)
    void everyNodeIsCanonical(@ForAll("exprs") Node e) {
        assertNull(CanonicalChecks.violation(e));
    }

    @Property(tries = 500)
    void rebuildingBottomUpChangesNothing(@ForAll("exprs") Node e) {
        assertEquals(e, rebuild(e));
    }

    @Property(tries = 500)
    void sumsAndProductsCommute(@ForAll("small") Node a, @ForAll("small") Node b) {
        assertEquals(Nodes.add(a, b), Nodes.add(b, a));
        assertEquals(Nodes.mul(a, b), Nodes.mul(b, a));
    }

    @Property(tries = 500)
    void subtractingItselfGivesZero(@ForAll("exprs") Node a) {
        assertEquals(Nodes.ZERO, Nodes.sub(a, a));
        assertEquals(a, Nodes.neg(Nodes.neg(a)));
    }

    @Property(tries = 500)
    void orderIsATotalOrderConsistentWithEquals(@ForAll("small") Node a, @ForAll("small") Node b,
                                                 @ForAll("small") Node c) {
        int ab = Order.compare(a, b);
        assertEquals(Integer.signum(ab), -Integer.signum(Order.compare(b, a)));
        assertEquals(a.equals(b), ab == 0);
        if (ab <= 0 && Order.compare(b, c) <= 0) assertTrue(Order.compare(a, c) <= 0, "transitive");
        if (a.equals(b)) assertEquals(a.hashCode(), b.hashCode());
    }

    private static Node rebuild(Node n) {
        if (n.children().isEmpty()) return n;
        List<Node> kids = new ArrayList<>();
        for (Node c : n.children()) kids.add(rebuild(c));
        return Nodes.rebuild(n, kids);
    }
}
