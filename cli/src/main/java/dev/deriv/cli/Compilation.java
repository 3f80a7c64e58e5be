package dev.deriv.cli;

import dev.deriv.CompileOptions;
import dev.deriv.Evaluator;
import dev.deriv.Expr;
import java.io.PrintStream;
import java.util.List;

/**
 * The command line's compiled evaluators. Should compilation fail, the command
 * still answers, with the interpreter, but says so: one {@code warning:} line
 * on standard error, since the interpreter is 60 to 5,000 times slower.
 */
final class Compilation {
    private Compilation() {}

    static Evaluator compile(List<Expr> expressions, List<String> variables, PrintStream err) {
        return warnIfInterpreted(Evaluator.compile(expressions, variables,
                CompileOptions.defaults().withInterpreterFallback()), err);
    }

    static Evaluator compileWithGradient(Expr f, List<String> variables, CompileOptions options, PrintStream err) {
        return warnIfInterpreted(Evaluator.compileWithGradient(f, variables, options.withInterpreterFallback()), err);
    }

    /** Prints the warning line when {@code ev} evaluates with the interpreter; returns {@code ev}. */
    static Evaluator warnIfInterpreted(Evaluator ev, PrintStream err) {
        if (!ev.isCompiled()) {
            err.print("warning: " + ev.fallbackReason() + " (much slower)\n");
            err.flush();
        }
        return ev;
    }
}
