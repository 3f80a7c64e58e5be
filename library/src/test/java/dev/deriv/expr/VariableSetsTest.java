package dev.deriv.expr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each node's own variable set: right against a walk of the tree, shared when it can be, history-free. */
class VariableSetsTest {
    /** "Aa" and "BB" (and their concatenations) have the same String hash: membership must not stop at it. */
    private static final List<String> NAMES = List.of("x", "y", "z", "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa",
            "t1", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9", "theta", "x_1");

    /** The oracle: the variables found by visiting every node. */
    private static Set<String> walk(Node n) {
        Set<String> out = new HashSet<>();
        if (n instanceof Var v) out.add(v.name());
        for (Node c : n.children()) out.addAll(walk(c));
        return out;
    }

    private static Node randomExpression(Random r, int depth) {
        if (depth == 0 || r.nextInt(4) == 0) {
            return r.nextInt(5) == 0 ? Nodes.num(r.nextInt(7) - 3) : Nodes.var(NAMES.get(r.nextInt(NAMES.size())));
        }
        int arity = 2 + r.nextInt(4);
        List<Node> ops = new ArrayList<>();
        for (int i = 0; i < arity; i++) ops.add(randomExpression(r, depth - 1));
        switch (r.nextInt(4)) {
            case 0: return Nodes.add(ops);
            case 1: return Nodes.mul(ops);
            case 2: return Nodes.pow(ops.get(0), Nodes.num(2 + r.nextInt(3)));
            default: return Nodes.call(Function.SIN, ops.get(0));
        }
    }

    @Test
    void dependsOnAgreesWithAWalkOfTheTree() {
        Random r = new Random(10);
        int nodes = 0;
        int wide = 0;
        for (int i = 0; i < 2_000; i++) {
            Node n = randomExpression(r, 4);
            Set<String> expected = walk(n);
            for (String name : NAMES) {
                // a fresh Var each time: equality by name, not by identity
                assertEquals(expected.contains(name), n.dependsOn(Nodes.var(name)), () -> name + " in " + n);
            }
            Set<String> found = new HashSet<>();
            for (Var v : Nodes.variables(n)) found.add(v.name());
            assertEquals(expected, found, n::toString);
            nodes++;
            if (expected.size() >= 8) wide++; // the binary-search path
        }
        assertEquals(2_000, nodes);
        assertTrue(wide > 100, wide + " expressions with 8 or more variables");
    }

    @Test
    void collidingHashesAreToldApart() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        Node n = Nodes.add(Nodes.var("Aa"), Nodes.var("AaAa"), Nodes.var("BBBB"), Nodes.var("t1"),
                Nodes.var("t2"), Nodes.var("t3"), Nodes.var("t4"), Nodes.var("t5"), Nodes.var("t6"));
        assertTrue(n.dependsOn(Nodes.var("Aa")));
        assertFalse(n.dependsOn(Nodes.var("BB")));
        assertFalse(n.dependsOn(Nodes.var("AaBB")));
        assertTrue(n.dependsOn(Nodes.var("BBBB")));
    }

    @Test
    void aNodeSharesItsOperandsSetWhenThatHoldsAllItsVariables() {
        Node sum = Nodes.add(Nodes.var("x"), Nodes.var("y"));
        Node outer = Nodes.call(Function.SIN, Nodes.mul(Nodes.num(3), Nodes.pow(sum, Nodes.num(2)), Nodes.var("y")));
        assertSame(VariableSets.of(sum), VariableSets.of(outer));
        Var x = Nodes.var("x");
        assertSame(VariableSets.of(x), VariableSets.of(Nodes.call(Function.SIN, x)));
        assertEquals(0, VariableSets.of(Nodes.call(Function.SIN, Nodes.num(2))).length);
    }

    @Test
    void theSetDependsOnlyOnTheNamesNotOnWhatWasSeenBefore() {
        List<String> names = List.of("q", "p", "BB", "Aa", "r", "s", "t", "u", "v", "w");
        Node forward = Nodes.add(names.stream().map(Nodes::var).map(Node.class::cast).toList());
        for (int i = 0; i < 10_000; i++) Nodes.var("noise" + i); // other names meanwhile change nothing
        List<Node> reversed = new ArrayList<>();
        for (int i = names.size() - 1; i >= 0; i--) reversed.add(Nodes.mul(Nodes.num(2), Nodes.var(names.get(i))));
        Node backward = Nodes.add(reversed);
        assertArrayEquals(VariableSets.of(forward), VariableSets.of(backward));
        assertEquals(names.size(), VariableSets.of(forward).length);
    }
}
