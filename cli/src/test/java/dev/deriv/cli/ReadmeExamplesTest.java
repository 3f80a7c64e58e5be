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
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The examples of README.md and of the guides in docs/ work exactly as shown: every {@code $ ./deriv ...}
 * line of a {@code console} block (optionally fed by {@code printf '...' |}) is
 * run in-process and its standard output and error compared with the lines that
 * follow it. A block right after a {@code <!-- not checked -->} line is skipped.
 */
class ReadmeExamplesTest {

    record Example(String command, String expected) {}

    /** The README's tour, and each guide in docs/ with the least number of examples it holds today. */
    static final Map<String, Integer> DOCUMENTS = Map.ofEntries(
            Map.entry("README.md", 10),
            Map.entry("docs/syntax.md", 0),
            Map.entry("docs/cli.md", 30),
            Map.entry("docs/checking.md", 7),
            Map.entry("docs/compiled.md", 5),
            Map.entry("docs/performance.md", 0),
            Map.entry("docs/library.md", 0),
            Map.entry("docs/rules.md", 0),
            Map.entry("docs/limits.md", 0),
            Map.entry("docs/extending.md", 9),
            Map.entry("docs/architecture.md", 0),
            Map.entry("docs/testing.md", 0));

    @TestFactory
    Stream<DynamicTest> documentedExamples() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Integer> doc : new TreeMap<>(DOCUMENTS).entrySet()) {
            List<Example> examples = examples(Files.readAllLines(Paths.get(doc.getKey()), StandardCharsets.UTF_8));
            assertTrue(examples.size() >= doc.getValue(), doc.getKey() + " examples found: " + examples.size());
            for (Example e : examples) {
                tests.add(DynamicTest.dynamicTest(doc.getKey() + ": " + e.command(), () -> check(e)));
            }
        }
        return tests.stream();
    }

    /** Every guide is in the list above, so that none goes unchecked. */
    @Test
    void everyGuideIsChecked() throws IOException {
        try (Stream<Path> docs = Files.list(Paths.get("docs"))) {
            docs.map(p -> "docs/" + p.getFileName()).filter(n -> n.endsWith(".md"))
                    .forEach(n -> assertTrue(DOCUMENTS.containsKey(n), n + " is not in ReadmeExamplesTest.DOCUMENTS"));
        }
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
