package dev.deriv.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a tab-separated corpus under test-expressions/: blank lines and lines starting
 * with '#' are skipped, and every row keeps its line number for the failure message.
 */
public final class TsvCorpus {
    private TsvCorpus() {}

    /** One row: its line number in the file and its fields (a missing last field reads as ""). */
    public record Row(int line, List<String> fields) {
        public String field(int i) { return i < fields.size() ? fields.get(i) : ""; }
    }

    /**
     * The rows of {@code file}; each must have at least {@code minFields} fields. When
     * {@code header} is not null, the first line must be exactly that column header.
     */
    public static List<Row> rows(Path file, String header, int minFields) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Files.exists(file) ? file : Path.of("..").resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header != null) assertEquals(header, lines.get(0), "column header of " + file);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            List<String> fields = List.of(line.split("\t", -1));
            assertTrue(fields.size() >= minFields, file + ":" + (i + 1) + " needs " + minFields + " tab-separated fields");
            rows.add(new Row(i + 1, fields));
        }
        return rows;
    }
}
