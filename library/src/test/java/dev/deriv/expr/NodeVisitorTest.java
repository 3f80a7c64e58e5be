package dev.deriv.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each node kind calls the visitor method of its own kind, with itself. */
class NodeVisitorTest {
    /** Names the method called, and checks that it was handed the node visited. */
    static final class Names implements NodeVisitor<String> {
        Node visited;

        @Override public String num(Num n) { return check(n, "num"); }
        @Override public String var(Var v) { return check(v, "var"); }
        @Override public String constant(Const c) { return check(c, "constant"); }
        @Override public String add(Add a) { return check(a, "add"); }
        @Override public String mul(Mul m) { return check(m, "mul"); }
        @Override public String pow(Pow p) { return check(p, "pow"); }
        @Override public String call(Call c) { return check(c, "call"); }

        private String check(Node n, String name) {
            assertSame(visited, n);
            return name;
        }
    }

    @Test
    void everyKindCallsItsOwnMethod() {
        Var x = Nodes.var("x");
        Map<String, Node> oneOfEach = Map.of(
                "num", Nodes.num(3, 4),
                "var", x,
                "constant", Nodes.PI,
                "add", Nodes.add(x, Nodes.ONE),
                "mul", Nodes.mul(Nodes.TWO, x, Nodes.var("y")),
                "pow", Nodes.pow(x, Nodes.num(3)),
                "call", Nodes.call(Function.SIN, x));
        Names names = new Names();
        for (Map.Entry<String, Node> e : oneOfEach.entrySet()) {
            names.visited = e.getValue();
            assertEquals(e.getKey(), e.getValue().accept(names));
        }
    }

    @Test
    void rebuildKeepsTheKindAndTakesTheNewOperands() {
        Var x = Nodes.var("x");
        Var y = Nodes.var("y");
        assertEquals(Nodes.add(y, Nodes.ONE), Nodes.rebuild(Nodes.add(x, Nodes.ONE), List.of(y, Nodes.ONE)));
        assertEquals(Nodes.pow(y, Nodes.TWO), Nodes.rebuild(Nodes.pow(x, Nodes.num(3)), List.of(y, Nodes.TWO)));
        assertEquals(Nodes.call(Function.SIN, y), Nodes.rebuild(Nodes.call(Function.SIN, x), List.of(y)));
        assertSame(x, Nodes.rebuild(x, List.of()));
    }
}
