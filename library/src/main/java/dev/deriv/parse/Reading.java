package dev.deriv.parse;

import dev.deriv.expr.Node;
import dev.deriv.expr.WrittenDomain;
import java.util.List;

/**
 * What a text was read as.
 *
 * @param expression  the expression
 * @param interpreted whether a reading rule beyond plain, unambiguous notation shaped it (a function
 *                    without parentheses, an implicit product after a power, bars, superscripts, roots,
 *                    LaTeX, a leading {@code f(x) =} or {@code d/dx}, ...): then the reading is worth showing
 * @param notes       what the reader should know ({@code sin^-1 x} is the inverse function, ...)
 * @param wrt         the variable of a leading {@code d/dx} or {@code f(x) =}, or null
 * @param asksDerivative whether the text asked for the derivative (a leading {@code d/dx}, not {@code f(x) =})
 * @param domain      where the text is defined as written ({@code x/x} needs x ≠ 0), which
 *                    canonicalization may have dropped
 */
public record Reading(Node expression, boolean interpreted, List<String> notes, String wrt, boolean asksDerivative,
                      WrittenDomain domain) {
    public Reading {
        notes = List.copyOf(notes);
    }
}
