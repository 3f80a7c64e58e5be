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
 * Issue 17: {@code check} never calls a correct answer incorrect. The rows of
 * test-expressions/antiderivatives.tsv (antiderivative, integrand, variable, expected verdict),
 * derived by hand and verified independently (see the file's header), are checked at the
 * library level: the derivative of each antiderivative against its integrand.
 */
class AntiderivativeCorpusTest {
    static final Path CORPUS = Path.of("test-expressions/antiderivatives.tsv");

    record Row(int line, String antiderivative, String integrand, String variable, String expected, String note) {}

    static List<Row> rows() {
        return TsvCorpus.rows(CORPUS, null, 4).stream()
                .map(r -> new Row(r.line(), r.field(0), r.field(1), r.field(2), r.field(3), r.field(4)))
                .collect(Collectors.toList());
    }

    @Test
    void everyVerdictIsTheExpectedOne() {
        // the rows are independent: checked in parallel, reported in order
        List<String> wrong = rows().parallelStream().map(AntiderivativeCorpusTest::falseVerdict)
                .filter(w -> w != null).collect(Collectors.toList());
        assertEquals(List.of(), wrong, () -> wrong.size() + " false verdicts:\n" + String.join("\n", wrong));
    }

    /** What is wrong with the verdict on a row, or null. */
    private static String falseVerdict(Row r) {
        String got;
        Verdict v = null;
        try {
            v = AnswerCheck.check(r.antiderivative(), r.integrand(), r.variable());
            got = v.correct() ? "correct" : "incorrect";
        } catch (RuntimeException e) {
            got = "refused (" + e.getMessage() + ")";
        }
        if (accepts(r.expected(), got, v)) return null;
        return "line " + r.line() + ": " + r.antiderivative() + " | " + r.integrand() + ": expected " + r.expected()
                + ", got " + got + (v == null || v.correct() ? "" : "\n    " + v.text().replace("\n", "\n    "));
    }

    /**
     * A "defined-where" row is check's correct-where-defined verdict (issue 17: the answer agrees
     * wherever both are defined, and is undefined as written where the derivative is defined);
     * a "correct" row is correct, not only where the answer is defined.
     */
    private static boolean accepts(String expected, String got, Verdict v) {
        if (expected.equals("defined-where")) return v != null && v.verdict().equals("correct-where-defined");
        if (expected.equals("correct")) return v != null && v.verdict().equals("correct");
        return expected.equals(got);
    }

    @Test
    void theCorpusIsLargeAndCoversEachKind() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Row r : rows()) counts.merge(r.expected(), 1, Integer::sum);
        assertTrue(rows().size() >= 150, "rows: " + rows().size());
        assertTrue(counts.getOrDefault("incorrect", 0) >= 15 && counts.getOrDefault("defined-where", 0) >= 5, counts.toString());
        assertEquals(List.of("correct", "defined-where", "incorrect"), new ArrayList<>(counts.keySet()));
    }
}
