package dev.deriv.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deriv.testing.TsvCorpus;
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

    static List<Row> rows() {
        return TsvCorpus.rows(CORPUS, null, 4).stream()
                .map(r -> new Row(r.line(), r.field(0), r.field(1), r.field(2), r.field(3), r.field(4)))
                .collect(Collectors.toList());
    }

    @Test
    void everyVerdictIsTheExpectedOne() {
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
    void theCorpusCoversEachVerdict() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Row r : rows()) counts.merge(r.verdict(), 1, Integer::sum);
        assertEquals(List.of("correct", "correct-where-defined", "incorrect"), new ArrayList<>(counts.keySet()));
        assertTrue(counts.get("correct-where-defined") >= 30 && counts.get("correct") >= 5 && counts.get("incorrect") >= 5,
                counts.toString());
    }
}
