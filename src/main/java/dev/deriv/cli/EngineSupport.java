package dev.deriv.cli;

import dev.deriv.Engine;
import dev.deriv.expr.LimitException;
import dev.deriv.expr.MathException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The engine a request runs with: the standard one, or one extended by a user
 * rule file ({@code --rules FILE}). The rule-file loader is
 * {@code Engine.withRules(Path)}, which comes with the differentiation issue;
 * until it exists, {@code --rules} answers "not available yet".
 */
final class EngineSupport {
    private EngineSupport() {}

    static Engine engine(String rulesFile) {
        if (rulesFile == null) return Engine.standard();
        Path path;
        try {
            path = Paths.get(rulesFile);
        } catch (RuntimeException e) {
            throw new UsageException("--rules: bad file name '" + rulesFile + "'");
        }
        if (!Files.isRegularFile(path)) throw new UsageException("--rules: no such file: " + rulesFile);
        if (!Files.isReadable(path)) throw new UsageException("--rules: cannot read " + rulesFile);
        return withRules(Engine.standard(), path);
    }

    /**
     * Calls {@code Engine.withRules(Path)} (static or on the standard engine). Looked up reflectively so that this
     * package compiles before the method exists; replace with a direct call once it does.
     */
    private static Engine withRules(Engine engine, Path path) {
        Method m;
        try {
            m = Engine.class.getMethod("withRules", Path.class);
        } catch (NoSuchMethodException e) {
            throw new UnsupportedOperationException("--rules is not available yet (user rule files come with "
                    + "the rule engine)");
        }
        try {
            boolean isStatic = java.lang.reflect.Modifier.isStatic(m.getModifiers());
            return (Engine) m.invoke(isStatic ? null : engine, path);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error) throw (Error) cause;
            if (cause instanceof java.io.IOException) {
                throw new UsageException("--rules: cannot read " + path + ": " + cause.getMessage());
            }
            if (cause instanceof LimitException || cause instanceof MathException) throw (RuntimeException) cause;
            // a malformed rule file: its message is already "file:line: what is wrong"
            throw new UsageException(String.valueOf(cause.getMessage()));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
