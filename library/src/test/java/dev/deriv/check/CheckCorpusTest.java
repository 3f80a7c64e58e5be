package dev.deriv.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rows of test-expressions/check.tsv: problem, answer, wrt, verdict, part of the verdict's text, why. */
class CheckCorpusTest {
    static final Path CORPUS = Path.of("test-expressions/check.tsv");

    static List<String[]> rows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            String[] row = new String[6];
            for (int i = 0; i < row.length; i++) row[i] = i < f.length ? f[i] : "";
            rows.add(row);
        }
        return rows;
    }

    static Stream<Arguments> corpus() throws IOException {
        return rows().stream().map(r -> Arguments.of(r[0], r[1], r[2], r[3], r[4], r[5]));
    }

    @ParameterizedTest(name = "{0} | {1} => {3}")
    @MethodSource("corpus")
    void verdict(String problem, String answer, String wrt, String verdict, String contains, String why) {
        Verdict v = AnswerCheck.check(problem, answer, wrt.isEmpty() ? null : wrt);
        assertEquals(verdict, v.lines().get(0), () -> why + "\n" + v.text());
        assertEquals(verdict.startsWith("correct") ? 0 : 1, v.exitCode()); // correct where the answer is defined: 0 too
        if (!contains.isEmpty()) assertTrue(v.text().contains(contains), () -> "expected '" + contains + "' in\n" + v.text());
        if (!v.correct()) {
            assertTrue(v.text().contains("the answer is") || v.text().contains("everywhere"), v.text());
        }
    }

    @Test
    void theCorpusHasAtLeastFortyRowsOfEachKind() throws IOException {
        List<String[]> rows = rows();
        assertTrue(rows.size() >= 40, "rows: " + rows.size());
        long correct = rows.stream().filter(r -> r[3].startsWith("correct")).count();
        long incorrect = rows.stream().filter(r -> r[3].equals("incorrect")).count();
        assertEquals(rows.size(), correct + incorrect, "every verdict is correct (perhaps where the answer is defined) or incorrect");
        assertTrue(correct >= 15 && incorrect >= 15, correct + " correct, " + incorrect + " incorrect");
    }
}
