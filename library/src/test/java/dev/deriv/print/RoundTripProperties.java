package dev.deriv.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.expr.Node;
import dev.deriv.parse.Parser;
import dev.deriv.testing.RandomExprs;
import java.util.ArrayDeque;
import java.util.Deque;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** SPEC section 1: the printed form parses back to the same expression; LaTeX output is well formed. */
class RoundTripProperties {

    @Provide
    Arbitrary<Node> exprs() {
        return RandomExprs.exprs();
    }

    @Provide
    Arbitrary<Node> smooth() {
        return RandomExprs.smooth();
    }

    @Property(tries = 1000)
    void infixRoundTrips(@ForAll("exprs") Node e) {
        String text = InfixPrinter.print(e);
        assertEquals(e, Parser.parse(text), () -> "printed as " + text);
    }

    @Property(tries = 300)
    void smoothExpressionsRoundTripToo(@ForAll("smooth") Node e) {
        String text = InfixPrinter.print(e);
        assertEquals(e, Parser.parse(text), () -> "printed as " + text);
    }

    @Property(tries = 1000)
    void printingIsStable(@ForAll("exprs") Node e) {
        String text = InfixPrinter.print(e);
        assertEquals(text, InfixPrinter.print(Parser.parse(text)));
        assertFalse(text.contains("+ -") || text.contains("+-") || text.contains("--"), text);
        assertFalse(text.matches(".*\\(\\([^()]*\\)\\).*"),
                () -> "doubled parentheses in " + text);
    }

    @Property(tries = 1000)
    void latexIsWellFormed(@ForAll("exprs") Node e) {
        String tex = LatexPrinter.print(e);
        assertFalse(tex.isEmpty());
        assertNull(unbalanced(tex), () -> tex);
        assertFalse(tex.contains("+ -") || tex.contains("--") || tex.contains("null"), tex);
        assertFalse(tex.matches(".*\\d \\d.*") || tex.matches(".*\\d\\\\frac.*"), () -> "numbers run together: " + tex);
        assertTrue(tex.chars().noneMatch(c -> c == '*'), () -> "infix '*' in LaTeX: " + tex);
    }

    /**
     * Null when braces and the {@code \left ... \right} delimiters nest properly; else what is wrong.
     * Only {@code \left(}/{@code \right)} and {@code \left|}/{@code \right|} pairs are produced.
     */
    static String unbalanced(String tex) {
        Deque<String> open = new ArrayDeque<>();
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (tex.startsWith("\\left", i)) {
                open.push("left" + tex.charAt(i + 5));
                i += 5;
            } else if (tex.startsWith("\\right", i)) {
                String want = "left" + (tex.charAt(i + 6) == ')' ? '(' : tex.charAt(i + 6));
                if (open.isEmpty() || !open.pop().equals(want)) return "unmatched \\right at " + i;
                i += 6;
            } else if (c == '{') {
                open.push("{");
            } else if (c == '}') {
                if (open.isEmpty() || !open.pop().equals("{")) return "unmatched } at " + i;
            } else if (c == '(' || c == ')' || c == '|') {
                return "bare '" + c + "' at " + i;
            }
        }
        return open.isEmpty() ? null : "unclosed " + open.peek();
    }
}
