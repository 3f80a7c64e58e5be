package dev.deriv.print;

import dev.deriv.expr.Node;

/** LaTeX output: {@code \frac}, {@code \sqrt}, {@code \sin}, {@code x^{2}}. */
public final class LatexPrinter {
    private LatexPrinter() {}

    public static String print(Node n) {
        // placeholder until the LaTeX layout lands: infix text in a math environment
        return InfixPrinter.print(n);
    }
}
