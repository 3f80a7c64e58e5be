package dev.deriv.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text line by line with a bound on each line, so that one over-long line
 * (an 800 MB line, or {@code /dev/zero}, which has no line end at all) never fills
 * the heap: past {@code maxLength} characters the line comes back as
 * {@link Line#tooLong()}, its rest read and dropped when the reader goes on after
 * it (a batch answers the line and continues), or left unread when it does not (a
 * CSV file is refused: an endless line must not be read to its end).
 * <p>
 * A line ends at LF only; the CR of a CRLF is dropped. A CR anywhere else stays in
 * the line ({@link Line#hasStrayCarriageReturn()}): {@link java.io.BufferedReader#readLine}
 * would end the line there, and a batch would answer one input line with two output lines.
 */
final class LineReader {
    private final Reader in;
    private final int maxLength;
    private final boolean skipRestOfLongLine;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int filled;

    /** One line of input: its text (empty when too long), and what is wrong with it. */
    record Line(String text, boolean tooLong, boolean hasStrayCarriageReturn) {}

    /** @param skipRestOfLongLine whether reading goes on after an over-long line (see the class comment) */
    LineReader(Reader in, int maxLength, boolean skipRestOfLongLine) {
        this.in = in;
        this.maxLength = maxLength;
        this.skipRestOfLongLine = skipRestOfLongLine;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        StringBuilder sb = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == filled && !fill()) break;
            any = true;
            int start = position;
            while (position < filled && buffer[position] != '\n') position++;
            int length = position - start;
            boolean ended = position < filled;
            if (ended) position++; // the LF
            if (!tooLong && sb.length() + length > maxLength + 1) tooLong = true; // +1: a CR before the LF
            if (!tooLong) sb.append(buffer, start, length);
            if (ended || tooLong && !skipRestOfLongLine) break;
        }
        if (!any) return null;
        if (tooLong) return new Line("", true, false);
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) == '\r') sb.setLength(sb.length() - 1);
        if (sb.length() > maxLength) return new Line("", true, false);
        String text = sb.toString();
        return new Line(text, false, text.indexOf('\r') >= 0);
    }

    /** Whether more input is buffered, so that an answer need not be flushed yet. */
    boolean ready() throws IOException {
        return position < filled || in.ready();
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) return false;
        position = 0;
        filled = n;
        return true;
    }
}
