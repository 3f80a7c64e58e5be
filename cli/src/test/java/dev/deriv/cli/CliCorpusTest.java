package dev.deriv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.cli.CliRunner.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The command-line corpus: test-expressions/cli.tsv (format described at the top of the file). */
class CliCorpusTest {

    static Stream<Arguments> cli() throws IOException {
        return rows("cli.tsv");
    }

    @ParameterizedTest(name = "deriv {0}")
    @MethodSource("cli")
    void corpus(String args, int exit, String expected) {
        check(args, exit, expected);
    }

    private static void check(String args, int exit, String expected) {
        Result r = CliRunner.run(CliRunner.words(args));
        assertEquals(exit, r.exit(), () -> "exit code of deriv " + args + "; stderr: " + r.err());
        if (exit == 0) {
            assertEquals(expected.replace("\\n", "\n") + "\n", r.out(), () -> "stdout of deriv " + args);
            assertEquals("", r.err());
        } else {
            assertEquals("", r.out(), () -> "stdout of deriv " + args);
            String first = r.err().split("\n", -1)[0];
            assertTrue(first.startsWith(expected), () -> "stderr of deriv " + args + ": " + r.err());
            assertEquals(1, r.err().split("error:", -1).length - 1, r.err());
        }
    }

    private static Stream<Arguments> rows(String file) throws IOException {
        Path path = Paths.get("test-expressions", file);
        List<Arguments> rows = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t", -1);
            if (cols.length < 3) throw new IllegalArgumentException(file + ": needs 3 columns: " + line);
            rows.add(Arguments.of(cols[0], Integer.parseInt(cols[1].strip()), cols[2]));
        }
        return rows.stream();
    }
}
