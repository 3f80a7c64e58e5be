package dev.deriv.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.cli.CliRunner.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The examples of README.md work exactly as shown: every {@code $ ./deriv ...}
 * line of a {@code console} block (optionally fed by {@code printf '...' |}) is
 * run in-process and its standard output and error compared with the lines that
 * follow it. A block right after a {@code <!-- not checked -->} line is skipped.
 */
class ReadmeExamplesTest {

    record Example(String command, String expected) {}

    @TestFactory
    Stream<DynamicTest> readmeExamples() throws IOException {
        List<Example> examples = examples(Files.readAllLines(Paths.get("README.md"), StandardCharsets.UTF_8));
        assertTrue(examples.size() >= 25, "README examples found: " + examples.size());
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.command(), () -> check(e)));
    }

    /** The same for the console examples of docs/extending.md. */
    @TestFactory
    Stream<DynamicTest> extendingGuideExamples() throws IOException {
        List<Example> examples = examples(Files.readAllLines(Paths.get("docs/extending.md"), StandardCharsets.UTF_8));
        assertTrue(examples.size() >= 9, "docs/extending.md examples found: " + examples.size());
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.command(), () -> check(e)));
    }

    private static void check(Example e) {
        String command = e.command();
        String stdin = "";
        if (command.startsWith("printf ")) {
            int bar = command.indexOf(" | ");
            String[] printf = CliRunner.words(command.substring(0, bar));
            stdin = printf[1].replace("\\n", "\n");
            command = command.substring(bar + 3);
        }
        assertTrue(command.startsWith("./deriv"), command);
        String[] args = CliRunner.words(command.substring("./deriv".length()).strip());
        Result r = CliRunner.runWithInput(stdin, args);
        assertEquals(e.expected(), r.out() + r.err(), "$ " + e.command());
    }

    static List<Example> examples(List<String> lines) {
        List<Example> out = new ArrayList<>();
        boolean inBlock = false;
        boolean skip = false;
        String previous = "";
        String command = null;
        StringBuilder expected = new StringBuilder();
        for (String line : lines) {
            if (!inBlock) {
                if (line.startsWith("```console")) {
                    inBlock = true;
                    skip = previous.strip().equals("<!-- not checked -->");
                }
                if (!line.isBlank()) previous = line;
                continue;
            }
            if (line.startsWith("```") || line.startsWith("$ ")) {
                if (command != null && !skip) out.add(new Example(command, expected.toString()));
                command = null;
                expected.setLength(0);
                if (line.startsWith("```")) {
                    inBlock = false;
                    previous = line;
                } else {
                    command = line.substring(2);
                }
                continue;
            }
            expected.append(line).append('\n');
        }
        return out;
    }
}
