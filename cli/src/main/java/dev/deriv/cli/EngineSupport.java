package dev.deriv.cli;

import dev.deriv.Engine;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The engine a request runs with: the standard one, or one extended by a user
 * rule file ({@code --rules FILE}). A malformed rule file is a usage error whose
 * message is the reader's {@code file:line: what is wrong} (see {@link Failure}).
 */
final class EngineSupport {
    private EngineSupport() {}

    static Engine engine(String rulesFile) {
        if (rulesFile == null) return Engine.standard();
        Path path;
        try {
            path = Paths.get(rulesFile);
        } catch (InvalidPathException e) {
            throw new UsageException("--rules: bad file name '" + rulesFile + "'");
        }
        // any readable file: /dev/null is an empty rule file, /dev/stdin a pipe; Engine bounds the size
        if (Files.isDirectory(path)) throw new UsageException("--rules: " + rulesFile + " is a directory");
        try {
            return Engine.standard().withRules(path);
        } catch (NoSuchFileException e) {
            throw new UsageException("--rules: no such file: " + rulesFile);
        } catch (AccessDeniedException e) {
            throw new UsageException("--rules: cannot read " + rulesFile + ": permission denied");
        } catch (CharacterCodingException e) {
            throw new UsageException("--rules: " + rulesFile + " is not UTF-8 text");
        } catch (IOException e) {
            throw new UsageException("--rules: cannot read " + rulesFile + ": " + e.getMessage());
        }
    }
}
