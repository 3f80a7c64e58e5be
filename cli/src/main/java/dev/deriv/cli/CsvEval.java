package dev.deriv.cli;

import dev.deriv.CompileOptions;
import dev.deriv.Engine;
import dev.deriv.Evaluator;
import dev.deriv.Expr;
import dev.deriv.expr.Limits;
import dev.deriv.expr.Nodes;
import dev.deriv.expr.Var;
import dev.deriv.expr.WrittenDomain;
import dev.deriv.internal.Internals;
import java.io.Reader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code deriv eval EXPR --csv FILE} and {@code deriv grad EXPR --csv FILE}: the
 * value or the gradient at every point of a CSV file, computed by the compiled
 * evaluator ({@link Evaluator}).
 * <p>
 * The first line of the file names the columns; the columns named like a
 * variable of EXPR give its values, in any order, and the others are ignored.
 * Each later line is a point. The whole file is read and checked before
 * anything is printed, so that a bad line ({@code error: FILE:LINE: ...}, exit 2)
 * leaves nothing on standard output; only the columns EXPR needs are kept, as
 * doubles, in blocks of {@link #CHUNK} points, which are then evaluated and
 * printed one block at a time.
 * <p>
 * Output is CSV too: a header line ({@code value} for eval, {@code df/dx,df/dy}
 * for grad) and one line per point, numbers in the shortest form that reads back
 * as the same double, {@code NaN} where the value does not exist (a file of
 * points is not stopped by one of them, unlike {@code --at}).
 */
final class CsvEval {
    private CsvEval() {}

    /** Points per block: large enough for the evaluator to split over cores, small enough to stay in cache. */
    static final int CHUNK = 1 << 15;

    static int run(Engine engine, Options options, List<String> gradVars, InputStream stdin, PrintStream out,
                   PrintStream err) throws IOException {
        if (!options.at.isEmpty()) throw new UsageException("give either --at or --csv, not both");
        if (options.format != Options.Format.INFIX) {
            throw new UsageException("--csv writes CSV: --format " + options.format.name().toLowerCase(java.util.Locale.ROOT)
                    + " does not apply");
        }
        boolean grad = options.command == Options.Command.GRAD;
        Expr f = Readings.parse(engine, options.expression, options, null); // the output is CSV: no reading lines
        List<String> needed = new ArrayList<>(f.variables()); // in natural order (x2 before x10)
        List<String> columns = grad ? (gradVars != null ? gradVars : needed) : List.of("value");

        Points points = read(options.csv, stdin, needed);

        Evaluator ev = grad ? Compilation.compileWithGradient(f, needed, CompileOptions.defaults(), err)
                : Compilation.compile(List.of(f), needed, err);
        // output k of the evaluator for each printed column; -1: a variable EXPR does not have, df/dv = 0
        int[] output = new int[columns.size()];
        for (int c = 0; c < output.length; c++) output[c] = grad ? 1 + needed.indexOf(columns.get(c)) : 0;
        for (int c = 0; c < output.length; c++) if (grad && output[c] == 0) output[c] = -1;

        WrittenDomain written = checkable(Internals.writtenDomain(f), needed);
        StringBuilder sb = new StringBuilder(1 << 16);
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) sb.append(',');
            sb.append(grad ? "df/d" + columns.get(c) : columns.get(c));
        }
        sb.append('\n');
        double[][] results = new double[ev.outputCount()][CHUNK];
        for (int b = 0; b < points.blocks.size(); b++) {
            double[][] in = points.blocks.get(b);
            int n = b == points.blocks.size() - 1 ? points.lastSize : CHUNK;
            double[][] res = results;
            if (n < CHUNK) { // the last block: arrays of exactly n points
                double[][] part = new double[in.length][];
                for (int v = 0; v < in.length; v++) part[v] = java.util.Arrays.copyOf(in[v], n);
                in = part;
                res = new double[results.length][n];
            }
            ev.eval(in, res);
            undefinedAsWritten(written, needed, in, res, n);
            points.blocks.set(b, null); // done with it
            out.print(sb);
            sb.setLength(0);
            // the shortest decimals take longer than the evaluation: format slices of the block on all cores
            double[][] values = res;
            int slices = (n + SLICE - 1) / SLICE;
            List<String> text = IntStream.range(0, slices).parallel()
                    .mapToObj(k -> lines(values, output, k * SLICE, Math.min(n, (k + 1) * SLICE)))
                    .collect(Collectors.toList());
            for (String t : text) out.print(t);
            if (out.checkError()) return Main.OK; // the reader went away (deriv ... --csv big.csv | head)
        }
        out.print(sb);
        out.flush();
        return Main.OK;
    }

    /**
     * The conditions of f's written domain over the columns read: the compiled code computes the
     * canonical form, which may be defined where f as written is not (x/x at 0). A condition on a
     * variable f no longer has is not checked, as with --at (the value is the same wherever it holds).
     */
    private static WrittenDomain checkable(WrittenDomain domain, List<String> needed) {
        List<WrittenDomain.Condition> kept = new ArrayList<>();
        for (WrittenDomain.Condition c : domain.conditions()) {
            boolean all = true;
            for (Var v : Nodes.variables(c.node())) all &= needed.contains(v.name());
            if (all) kept.add(c);
        }
        return new WrittenDomain(kept);
    }

    /**
     * NaN in every finite output of a row where f as written is undefined (x/x at 0); an infinity
     * or NaN that the compiled code gives stands, as the IEEE value of the canonical form (1/x at 0).
     */
    private static void undefinedAsWritten(WrittenDomain written, List<String> needed, double[][] in, double[][] res, int n) {
        if (written.isEmpty()) return;
        Map<Var, Double> point = new HashMap<>();
        for (int i = 0; i < n; i++) {
            boolean finite = false;
            for (double[] output : res) finite |= Double.isFinite(output[i]);
            if (!finite) continue;
            for (int v = 0; v < needed.size(); v++) point.put(Nodes.var(needed.get(v)), in[v][i]);
            if (written.violatedAt(point).isEmpty()) continue;
            for (double[] output : res) if (Double.isFinite(output[i])) output[i] = Double.NaN;
        }
    }

    /** Rows formatted as one task. */
    private static final int SLICE = 2048;

    /** Rows {@code from..to-1} of the results, as CSV lines. */
    private static String lines(double[][] values, int[] output, int from, int to) {
        StringBuilder sb = new StringBuilder((to - from) * 20 * output.length);
        for (int i = from; i < to; i++) {
            for (int c = 0; c < output.length; c++) {
                if (c > 0) sb.append(',');
                sb.append(output[c] < 0 ? "0" : Numbers.format(values[output[c]][i]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The values of the needed variables, {@code blocks.get(b)[v][i]}; the last block holds {@code lastSize}. */
    static final class Points {
        final List<double[][]> blocks = new ArrayList<>();
        int lastSize = CHUNK;
        long count;
    }

    /** Reads FILE ("-": standard input), keeping the columns of {@code needed} in that order. */
    static Points read(String file, InputStream stdin, List<String> needed) throws IOException {
        String name = file.equals("-") ? "<stdin>" : file;
        if (file.equals("-")) return read(name, Main.utf8Reader(stdin), needed);
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new UsageException("--csv: bad file name '" + file + "'");
        }
        if (Files.isDirectory(path)) throw new UsageException("--csv: " + file + " is a directory");
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new UsageException("--csv: no such file: " + file);
        } catch (IOException | SecurityException e) {
            throw new UsageException("--csv: cannot read " + file + ": " + e.getMessage());
        }
        try (Reader reader = new java.io.InputStreamReader(in,
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            return read(name, reader, needed);
        } catch (CharacterCodingException e) {
            throw new UsageException(name + ": not UTF-8 text");
        }
    }

    static Points read(String name, Reader in, List<String> needed) throws IOException {
        LineReader reader = new LineReader(in, Limits.MAX_CSV_LINE_LENGTH, false);
        String header = nextLine(reader, name, 1);
        long line = 1;
        if (header != null && header.startsWith("\uFEFF")) header = header.substring(1); // a byte-order mark
        while (header != null && header.isBlank()) {
            header = nextLine(reader, name, ++line);
        }
        if (header == null) {
            throw new UsageException(name + ": no header line: the first line must name the columns, e.g. "
                    + (needed.isEmpty() ? "x" : String.join(",", needed)));
        }
        List<String> names = fields(header, name, line);
        int width = names.size();
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < width; c++) {
            Integer previous = index.put(names.get(c), c);
            if (previous != null && needed.contains(names.get(c))) {
                throw new UsageException(name + ":" + line + ": the column '" + names.get(c) + "' appears twice");
            }
        }
        int[] column = new int[needed.size()];
        for (int v = 0; v < column.length; v++) {
            Integer c = index.get(needed.get(v));
            if (c == null) {
                String hint = looksNumeric(names) ? "; the first line must be a header naming the columns, e.g. "
                        + String.join(",", needed) : "";
                throw new UsageException(name + ":" + line + ": no column for the variable '" + needed.get(v)
                        + "' (the columns are " + String.join(", ", quoted(names)) + ")" + hint);
            }
            column[v] = c;
        }

        Points points = new Points();
        long maxPoints = Limits.MAX_CSV_VALUES / Math.max(1, needed.size());
        double[][] block = null;
        int filled = CHUNK;
        String text;
        while ((text = nextLine(reader, name, line + 1)) != null) {
            line++;
            if (text.isBlank()) continue;
            if (points.count == maxPoints) {
                throw new UsageException(name + ":" + line + ": too many points: more than " + maxPoints + " of "
                        + needed.size() + (needed.size() == 1 ? " variable" : " variables") + " (limit: "
                        + Limits.MAX_CSV_VALUES + " values per file)");
            }
            List<String> cells = fields(text, name, line);
            if (cells.size() != width) {
                throw new UsageException(name + ":" + line + ": " + cells.size() + (cells.size() == 1 ? " field" : " fields")
                        + ", but the header has " + width);
            }
            if (filled == CHUNK) {
                block = new double[needed.size()][CHUNK];
                points.blocks.add(block);
                filled = 0;
            }
            for (int v = 0; v < column.length; v++) {
                String cell = cells.get(column[v]);
                if (cell.isEmpty()) {
                    throw new UsageException(name + ":" + line + ": no value for " + needed.get(v)
                            + " (column " + (column[v] + 1) + ")");
                }
                try {
                    block[v][filled] = Numbers.parse(cell);
                } catch (NumberFormatException e) {
                    throw new UsageException(name + ":" + line + ": bad number '" + cell + "' for " + needed.get(v)
                            + " (column " + (column[v] + 1) + ")");
                }
            }
            filled++;
            points.count++;
        }
        points.lastSize = filled;
        return points;
    }

    /** The next line, or null at the end; an over-long line or a stray CR is an error naming the line. */
    private static String nextLine(LineReader reader, String name, long number) throws IOException {
        LineReader.Line line = reader.next();
        if (line == null) return null;
        if (line.tooLong()) {
            throw new UsageException(name + ":" + number + ": line longer than " + Limits.MAX_CSV_LINE_LENGTH
                    + " characters (limit: " + Limits.MAX_CSV_LINE_LENGTH + ")");
        }
        if (line.hasStrayCarriageReturn()) {
            throw new UsageException(name + ":" + number + ": a carriage return (CR) inside the line: "
                    + "lines end at LF or CRLF");
        }
        return line.text();
    }

    /** The fields of one line: separated by commas, trimmed, "quoted" fields unquoted ("" is a quote). */
    static List<String> fields(String line, String name, long number) {
        List<String> out = new ArrayList<>();
        if (line.indexOf('"') < 0) {
            int start = 0;
            for (int i = 0; i <= line.length(); i++) {
                if (i == line.length() || line.charAt(i) == ',') {
                    out.add(line.substring(start, i).strip());
                    start = i + 1;
                }
            }
            return out;
        }
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            while (i < line.length() && line.charAt(i) == ' ') i++;
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new UsageException(name + ":" + number + ": a quoted field is not closed");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                while (i < line.length() && line.charAt(i) != ',') {
                    if (!Character.isWhitespace(line.charAt(i))) {
                        throw new UsageException(name + ":" + number + ": text after a quoted field");
                    }
                    i++;
                }
                out.add(field.toString().strip());
            } else {
                int end = line.indexOf(',', i);
                if (end < 0) end = line.length();
                out.add(line.substring(i, end).strip());
                i = end;
            }
            field.setLength(0);
            if (i >= line.length()) return out;
            i++; // the comma
        }
    }

    private static boolean looksNumeric(List<String> names) {
        for (String n : names) {
            try {
                Numbers.parse(n);
                return true;
            } catch (NumberFormatException e) {
                // a name
            }
        }
        return false;
    }

    private static List<String> quoted(List<String> names) {
        List<String> q = new ArrayList<>(names.size());
        for (String n : names) q.add("'" + n + "'");
        return q;
    }
}
