package dev.deriv.cli;

import dev.deriv.Engine;
import dev.deriv.Expr;
import dev.deriv.Notation;
import dev.deriv.check.InputException;
import dev.deriv.internal.Internals;
import dev.deriv.parse.Parser;
import dev.deriv.parse.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the command line read: the expression of a text, how it was read (shown with
 * {@code --show-input}, and by {@code check} whenever a reading rule shaped it), and the
 * variable a leading {@code d/dx} names.
 */
final class Readings {
    private Readings() {}

    /** --input: auto (the default), plain or latex. */
    static Notation notation(String option) {
        if (option == null) return Notation.AUTO;
        switch (option.strip().toLowerCase(Locale.ROOT)) {
            case "auto": return Notation.AUTO;
            case "plain": return Notation.PLAIN;
            case "latex": case "tex": return Notation.LATEX;
            default: throw new UsageException("--input must be auto, plain or latex, not '" + option + "'");
        }
    }

    static Reading read(Engine engine, String text, Notation notation) {
        return new Parser(Internals.functions(engine)).read(text, notation);
    }

    /**
     * The expression of a command that prints no reading of its own (minimize, --csv, plot): read in
     * the notation of --input, its reading printed first to {@code out} with --show-input.
     */
    static Expr parse(Engine engine, String text, Options options, java.io.PrintStream out) {
        Reading r = read(engine, text, notation(options.input));
        if (options.showInput && out != null) out.print(String.join("\n", lines("", engine, r)) + "\n");
        return expr(engine, r);
    }

    static Expr expr(Engine engine, Reading r) {
        return Internals.expr(r.expression(), r.domain(), engine); // the domain as written: x/x at 0 is undefined
    }

    /** The reading as lines: {@code <label> read as: x^x*(ln(x) + 1)}, then a {@code note: } line for each note. */
    static List<String> lines(String label, Engine engine, Reading r) {
        List<String> lines = new ArrayList<>();
        lines.add(label + "read as: " + shown(engine, r));
        for (String note : r.notes()) lines.add("note: " + note);
        return lines;
    }

    /** The expression read, in canonical syntax, with its d/dx when it had one. */
    static String shown(Engine engine, Reading r) {
        String infix = expr(engine, r).toInfix();
        return !r.asksDerivative() ? infix : "d/d" + r.wrt() + " " + (infix.matches("[\\p{L}\\p{N}_.]+") ? infix : "(" + infix + ")");
    }

    /**
     * The variable to differentiate by: the --wrt option, or the variable of a leading d/dx or
     * f(x) =; when both are given and differ, neither is guessed.
     */
    static String wrt(String option, Reading r) {
        if (r.wrt() == null || r.wrt().equals(option)) return option == null ? r.wrt() : option;
        if (option == null) return r.wrt();
        throw new UsageException("the expression says d/d" + r.wrt() + " (or f(" + r.wrt() + ") =) but --wrt is "
                + option + ": drop one of them");
    }

    /**
     * {@code xy --wrt x}: x does not occur, but a name made of letters that contains it does. The derivative
     * would be 0, read from a product that is not one; refused, with how to write the product.
     */
    static void requireOccurs(Set<String> variables, String wrt) {
        if (wrt == null || variables.contains(wrt)) return;
        for (String v : variables) {
            if (v.length() > 1 && v.codePoints().allMatch(Character::isLetter) && v.contains(wrt)) {
                throw new InputException(wrt + " does not occur in the expression: '" + v + "' is one variable"
                        + " (write " + String.join("*", v.split("")) + " for a product)");
            }
        }
    }
}
