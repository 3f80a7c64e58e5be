package dev.deriv.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.expr.Node;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.parse.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the IR keeps of an expression: CSE across outputs, folding, strength reduction. */
class LoweringTest {
    static final List<Var> XY = List.of(Nodes.var("x"), Nodes.var("y"));

    static Map<Op, Integer> ops(String... exprs) {
        List<Node> nodes = new ArrayList<>();
        for (String e : exprs) nodes.add(Parser.parse(e));
        return Lowering.lower(nodes, XY).histogram();
    }

    /** How many calls of each registry function the lowered program makes. */
    static Map<String, Integer> calls(String... exprs) {
        List<Node> nodes = new ArrayList<>();
        for (String e : exprs) nodes.add(Parser.parse(e));
        return Lowering.lower(nodes, XY).calls();
    }

    @Test
    void squareIsAMultiplication() {
        Map<Op, Integer> h = ops("3*x^2 - 4*x");
        assertNull(h.get(Op.POW));
        assertEquals(3, h.get(Op.MUL)); // x*x, 3*(x*x), 4*x
        assertEquals(1, h.get(Op.SUB));
    }

    @Test
    void integerPowersBySquaring() {
        Map<Op, Integer> h = ops("x^8", "x^5", "x^4");
        assertNull(h.get(Op.POW));
        assertEquals(4, h.get(Op.MUL)); // x2, x4, x8 shared; x5 = x4*x
        assertEquals(Op.POW, Lowering.lower(List.of(Parser.parse("x^20")), XY).op[2]);
    }

    @Test
    void rootsAndReciprocals() {
        assertEquals(Map.of(Op.INPUT, 1, Op.SQRT, 1), ops("sqrt(x)"));
        assertEquals(Map.of(Op.INPUT, 1, Op.CONST, 1, Op.DIV, 1), ops("1/x"));
        Map<Op, Integer> h = ops("x^(3/2)");
        assertEquals(1, h.get(Op.SQRT));
        assertEquals(1, h.get(Op.MUL));
        assertNull(h.get(Op.POW));
        Map<Op, Integer> d = ops("y/x^2");
        assertEquals(1, d.get(Op.DIV));
        assertEquals(1, d.get(Op.MUL));
    }

    @Test
    void productOfExpsIsOneExp() {
        Map<String, Integer> h = calls("exp(x)*exp(y)*sin(x)");
        assertEquals(1, h.get("exp"));
        // but not when an exp is needed elsewhere anyway
        Map<String, Integer> shared = calls("exp(x)*exp(y)", "exp(x)");
        assertEquals(2, shared.get("exp"));
    }

    @Test
    void constantsFold() {
        Map<Op, Integer> h = ops("x*sin(1)*pi + ln(2)^2");
        assertEquals(2, h.get(Op.CONST));
        assertNull(h.get(Op.CALL));
        assertEquals(Map.of(), calls("x*sin(1)*pi + ln(2)^2"));
    }

    @Test
    void subexpressionsAreSharedAcrossOutputs() {
        Map<Op, Integer> h = ops("ln(exp(x)+exp(y))", "exp(x)/(exp(x)+exp(y))", "exp(y)/(exp(x)+exp(y))");
        assertEquals(Map.of("exp", 2, "ln", 1), calls("ln(exp(x)+exp(y))", "exp(x)/(exp(x)+exp(y))", "exp(y)/(exp(x)+exp(y))"));
        assertEquals(1, h.get(Op.ADD));
        assertEquals(1, h.get(Op.DIV)); // 1/(exp(x)+exp(y)) once, then two multiplications
        assertEquals(2, h.get(Op.MUL));
    }

    @Test
    void negationsBecomeSubtractions() {
        Map<Op, Integer> h = ops("x - 2*y", "-x*y + x");
        assertNull(h.get(Op.NEG));
        assertEquals(2, h.get(Op.SUB));
    }

    @Test
    void sumsWithACommonCoefficientAreFactored() {
        Map<Op, Integer> h = ops("(x+y)^2", "2*x + 2*y");
        assertEquals(1, h.get(Op.ADD));
        assertEquals(2, h.get(Op.MUL)); // (x+y)^2 and 2*(x+y)
        assertTrue(Lowering.lower(List.of(Parser.parse("2*x+2*y")), XY).operations() == 2);
    }
}
