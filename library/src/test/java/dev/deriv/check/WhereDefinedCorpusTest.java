package dev.deriv.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * test-expressions/where-defined.tsv (issue 17, "domains as written"): antiderivative/integrand
 * pairs whose integrand is undefined, as written, where the derivative is defined (a removable
 * 0/0, a narrower real domain), with controls. Each verdict must be the expected one
 * (correct-where-defined, correct or incorrect), whatever the simplifier cancels, and its first
 * line the one given. The pairs are verified independently by tools/verify_where_defined.py.
 */
class WhereDefinedCorpusTest {
    static final Path CORPUS = Path.of("test-expressions/where-defined.tsv");

    record Row(int line, String antiderivative, String integrand, String variable, String verdict, String first) {}

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            rows.add(new Row(i + 1, f[0], f[1], f[2], f[3], f.length > 4 ? f[4] : ""));
        }
        return rows;
    }

    @Test
    void everyVerdictIsTheExpectedOne() throws IOException {
        List<String> wrong = rows().parallelStream().map(WhereDefinedCorpusTest::falseVerdict)
                .filter(w -> w != null).collect(Collectors.toList());
        assertEquals(List.of(), wrong, () -> wrong.size() + " false verdicts:\n" + String.join("\n", wrong));
    }

    private static String falseVerdict(Row r) {
        Verdict v;
        try {
            v = AnswerCheck.check(r.antiderivative(), r.integrand(), r.variable());
        } catch (RuntimeException e) {
            return "line " + r.line() + ": refused: " + e.getMessage();
        }
        String where = "line " + r.line() + ": " + r.antiderivative() + " | " + r.integrand() + ": ";
        if (!v.verdict().equals(r.verdict())) return where + "expected " + r.verdict() + ", got\n    " + v.text();
        if (v.exitCode() != (r.verdict().equals("incorrect") ? 1 : 0)) return where + "exit code " + v.exitCode();
        if (!r.first().isEmpty() && !r.first().equals(v.lines().get(0))) return where + "first line\n    " + v.lines().get(0);
        if (v.whereDefined() != null && v.whereDefined().reason() == null) return where + "no reason given";
        return null;
    }

    @Test
    void theCorpusCoversEachVerdict() throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (Row r : rows()) counts.merge(r.verdict(), 1, Integer::sum);
        assertEquals(List.of("correct", "correct-where-defined", "incorrect"), new ArrayList<>(counts.keySet()));
        assertTrue(counts.get("correct-where-defined") >= 30 && counts.get("correct") >= 5 && counts.get("incorrect") >= 5,
                counts.toString());
    }
}
