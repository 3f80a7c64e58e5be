package dev.deriv.cli;

import dev.deriv.expr.Deadline;
import dev.deriv.expr.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * {@code --batch}: one expression per line of standard input (UTF-8), exactly
 * one line of output per line of input, in order: the answer, or
 * {@code error: <message>} (a JSON object with an "error" member under
 * {@code --format json}). A bad line never stops the batch; the exit code is 0
 * once the input has been read to its end.
 */
final class Batch {
    private Batch() {}

    /** The budget of one line: {@link Limits#REQUEST_MILLIS}, or the system property {@code deriv.requestMillis}. */
    static long requestMillis() {
        Long millis = Long.getLong("deriv.requestMillis");
        return millis != null && millis > 0 ? millis : Limits.REQUEST_MILLIS;
    }

    /** Runs on the request's big-stack thread ({@link Main}): deep lines need it, and one thread is cheap. */
    static int run(Session session, Options options, long millis, InputStream in, PrintStream out) throws IOException {
        LineReader reader = new LineReader(Main.utf8Reader(in), Limits.MAX_INPUT_LENGTH, true);
        boolean json = options.format == Options.Format.JSON;
        boolean first = true;
        LineReader.Line read;
        while ((read = reader.next()) != null) {
            String line = read.text();
            if (first && line.startsWith("\uFEFF")) line = line.substring(1); // a byte-order mark
            first = false;
            String answer;
            String text = line;
            try {
                refuse(read);
                // each line has its own wall-clock budget: a line that would run on is answered with an error
                answer = Deadline.call(millis, "the line", Timeout.HOW_TO_RAISE, () -> session.answer(text, true));
            } catch (Throwable t) {
                Failure f = Failure.of(t);
                answer = json ? Session.jsonError(line, f) : "error: " + f.message;
            }
            out.print(answer + "\n");
            if (!reader.ready()) { // answer at once when the input comes interactively
                out.flush();
                if (out.checkError()) return Main.OK; // the reader went away (deriv --batch | head -1)
            }
        }
        out.flush();
        return Main.OK;
    }

    /** A line the reader could not take whole: too long, or with a CR that is not the end of a CRLF. */
    private static void refuse(LineReader.Line line) {
        if (line.tooLong()) {
            throw new UsageException("input too long: the line has more than " + Limits.MAX_INPUT_LENGTH
                    + " characters (limit: " + Limits.MAX_INPUT_LENGTH + "); the rest of the line was skipped");
        }
        if (line.hasStrayCarriageReturn()) {
            throw new UsageException("a carriage return (CR) inside the line: lines end at LF or CRLF, "
                    + "so this line is refused as one expression");
        }
    }
}
