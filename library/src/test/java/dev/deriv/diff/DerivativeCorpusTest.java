package dev.deriv.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.deriv.Expr;
import dev.deriv.ParseException;
import dev.deriv.testing.PrintedSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus test-expressions/derivatives.tsv (references computed independently
 * with SymPy; the format is in the file's header comment): each derivative is checked
 * numerically against its reference at random points of the domain; each
 * invalid row must be refused with a ParseException.
 */
class DerivativeCorpusTest {
    static final Path CORPUS = Path.of("test-expressions", "derivatives.tsv");

    /** Points wanted per row, and the fewest accepted. */
    static final int WANTED_POINTS = 8;
    static final int MIN_POINTS = 4;
    static final int CANDIDATES = 400;
    static final double RELATIVE = 1e-9;
    static final double ABSOLUTE = 1e-9;
    /** Points where the function or a derivative is larger than this are ill-conditioned: skipped. */
    static final double HUGE = 1e8;

    record Row(String id, String category, String expr, String var, String reference, int refNodes, String notes) {
        boolean invalid() { return reference.startsWith("error:"); }

        @Override public String toString() { return id + " d/d" + var + " " + expr; }
    }

    /** Our printed derivative's size against SymPy's, for the report printed at the end. */
    record Sizes(Row row, String ours, int ourNodes) {
        double ratio() { return ourNodes / (double) Math.max(1, row.refNodes()); }
    }

    private static final ConcurrentLinkedQueue<Sizes> SIZES = new ConcurrentLinkedQueue<>();

    static List<Row> rows() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(CORPUS, StandardCharsets.UTF_8));
        lines.removeIf(line -> line.startsWith("#") || line.isBlank());
        assertEquals("id\tcategory\texpr\tvar\treference\tref_nodes\tnotes", lines.get(0));
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            assertEquals(7, c.length, "columns of " + line);
            rows.add(new Row(c[0], c[1], c[2], c[3], c[4], Integer.parseInt(c[5]), c[6]));
        }
        return rows;
    }

    static Stream<Row> valid() throws IOException {
        return rows().stream().filter(r -> !r.invalid());
    }

    static Stream<Row> invalid() throws IOException {
        return rows().stream().filter(Row::invalid);
    }

    @Test
    void theCorpusCoversTheIssue() throws IOException {
        List<Row> rows = rows();
        assertTrue(rows.size() >= 300, "at least 300 problems: " + rows.size());
        Set<String> ids = new TreeSet<>();
        for (Row r : rows) assertTrue(ids.add(r.id()), "duplicate id " + r.id());
        for (int i = 1; i <= 43; i++) assertTrue(ids.contains(String.format("S%02d", i)), "sample row S" + i);
        String all = String.join("\n", rows.stream().map(Row::expr).toList());
        for (String f : List.of("sin(", "cos(", "tan(", "cot(", "sec(", "csc(", "asin(", "acos(", "atan(",
                "sinh(", "cosh(", "tanh(", "exp(", "ln(", "log(", "log2(", "log10(", "sqrt(", "abs(",
                "sigmoid(", "softplus(", "e^", "pi")) {
            assertTrue(all.contains(f), "the corpus uses " + f);
        }
        assertTrue(invalid().count() >= 15, "invalid input rows");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void derivativeMatchesTheReference(Row row) {
        Expr f = Expr.parse(row.expr());
        Expr ours = f.diff(row.var());
        Expr reference = Expr.parse(row.reference());
        String printed = ours.toString();
        SIZES.add(new Sizes(row, printed, PrintedSize.of(printed)));

        Set<String> names = new TreeSet<>(f.variables());
        names.addAll(reference.variables());
        names.add(row.var());
        Random random = new Random(row.id().hashCode() * 31L + row.expr().hashCode());
        int checked = 0;
        for (int k = 0; k < CANDIDATES && checked < WANTED_POINTS; k++) {
            Map<String, Double> point = new HashMap<>();
            for (String n : names) point.put(n, sample(random));
            double fv = f.eval(point);
            double a = ours.eval(point);
            double b = reference.eval(point);
            if (!usable(fv) || !usable(a) || !usable(b)) continue;
            double tolerance = RELATIVE * Math.max(Math.abs(a), Math.abs(b)) + ABSOLUTE;
            if (Math.abs(a - b) > tolerance) {
                fail(row + ": d/d" + row.var() + " = " + printed + " is " + a + " at " + point
                        + ", reference " + row.reference() + " is " + b);
            }
            checked++;
        }
        assertTrue(checked >= MIN_POINTS, row + ": only " + checked + " points in the domain; ours: " + printed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidInputIsAParseError(Row row) {
        ParseException e = assertThrows(ParseException.class, () -> Expr.parse(row.expr()), row.toString());
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
    }

    private static boolean usable(double v) {
        return Double.isFinite(v) && Math.abs(v) <= HUGE;
    }

    /** Mostly small values of either sign, some positive ones up to 10 (for ln(ln(ln(x))) and the like). */
    private static double sample(Random r) {
        double u = r.nextDouble();
        if (u < 0.4) return -3 + 6 * r.nextDouble();
        if (u < 0.6) return -1 + 2 * r.nextDouble();
        if (u < 0.8) return 4 * r.nextDouble();
        return 10 * r.nextDouble();
    }

    /** The rows where our (not yet simplified) derivative is largest against SymPy's simplified one. */
    @AfterAll
    static void printSizeReport() {
        if (SIZES.size() < 20) return;
        List<Sizes> all = new ArrayList<>(SIZES);
        all.sort(Comparator.comparingDouble(Sizes::ratio).reversed());
        long ours = all.stream().mapToLong(Sizes::ourNodes).sum();
        long theirs = all.stream().mapToLong(s -> s.row().refNodes()).sum();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("derivative corpus: %d rows; printed size ours %d, SymPy %d (ratio %.2f)%n",
                all.size(), ours, theirs, ours / (double) theirs));
        long smaller = all.stream().filter(s -> s.ourNodes() < s.row().refNodes()).count();
        long larger = all.stream().filter(s -> s.ourNodes() > s.row().refNodes()).count();
        sb.append(String.format("against SymPy's size: %d smaller, %d equal, %d larger%n",
                smaller, all.size() - smaller - larger, larger));
        sb.append("largest against SymPy (id, ours/SymPy nodes, expr, ours):\n");
        for (Sizes s : all.subList(0, Math.min(10, all.size()))) {
            sb.append(String.format("  %s %d/%d = %.1f  d/d%s %s  ->  %s%n", s.row().id(), s.ourNodes(),
                    s.row().refNodes(), s.ratio(), s.row().var(), s.row().expr(), s.ours()));
        }
        System.out.print(sb);
    }
}
