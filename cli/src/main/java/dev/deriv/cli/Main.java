package dev.deriv.cli;

import dev.deriv.expr.Deadline;
import dev.deriv.expr.DeepStack;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code deriv} command (SPEC section 2). {@link #run} is the whole
 * program: it takes the arguments and the streams and returns the exit code,
 * so that tests run it in-process; {@link #main} wires it to the process.
 * <p>
 * Every failure becomes exactly one {@code error: ...} message on standard
 * error (a syntax error adds the input line and a caret line) and nothing on
 * standard output; never a stack trace.
 */
public final class Main {
    private Main() {}

    public static final int OK = 0;
    public static final int BAD_INPUT = Failure.BAD_INPUT;
    public static final int MATH_ERROR = Failure.MATH;

    public static void main(String[] args) {
        PrintStream out = utf8(FileDescriptor.out);
        PrintStream err = utf8(FileDescriptor.err);
        int code;
        try {
            code = run(Utf8Args.recover(args), System.in, out, err);
        } catch (Throwable t) { // run() catches everything; this is the last line of defence
            code = report(err, Failure.of(t));
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd), 1 << 16), false,
                StandardCharsets.UTF_8);
    }

    /**
     * Runs one command line: reads {@code in} (with --batch only), writes the
     * results to {@code out} and the error message to {@code err}, both in
     * UTF-8, and returns the exit code. Never calls {@link System#exit}.
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        try {
            Options options = FastArgs.parse(args);
            if (options == null) { // help, version, or anything unusual: picocli reads it
                options = Cli.parse(args, out);
                if (options == null) return OK; // help or version, printed
            }
            Options request = options;
            long millis = Timeout.millis(options.timeout);
            // the whole request, --at values and rule files included, runs on one big-stack thread,
            // within its budget: the whole command, or each line of --batch
            if (options.batch) return DeepStack.call(() -> request(request, millis, in, out, err));
            return DeepStack.call(() -> Deadline.call(millis, "the command", Timeout.HOW_TO_RAISE,
                    () -> request(request, millis, in, out, err)));
        } catch (Throwable t) {
            return report(err, Failure.of(t));
        }
    }

    private static int request(Options options, long millis, InputStream in, PrintStream out, PrintStream err)
            throws IOException {
        Session session = new Session(options, millis);
        if (options.batch) {
            if (options.csv != null) throw new UsageException("--csv reads the points from a file: do not also give --batch");
            if (options.expression != null) {
                throw new UsageException("--batch reads the expressions from standard input; "
                        + "do not also give one as an argument");
            }
            return Batch.run(session, options, millis, in, out);
        }
        if (options.expression == null) {
            String command = options.command == Options.Command.DERIVATIVE ? "" : options.command.word + " ";
            throw new UsageException("no expression given: deriv " + command + "EXPR "
                    + "(see deriv " + command + "--help)");
        }
        if (options.command == Options.Command.MINIMIZE) return Minimize.run(session.engine(), options, out, err);
        if (options.csv != null) return CsvEval.run(session.engine(), options, session.vars(), in, out, err);
        TeachingCommands.Result taught = teaching(session, options);
        if (taught != null) {
            out.print(taught.text() + "\n");
            out.flush();
            return taught.exitCode();
        }
        String answer = session.answer(options.expression, false);
        out.print(answer + "\n");
        out.flush();
        return OK;
    }

    /** check, plot and limit: their text and exit code; null for the other commands. */
    private static TeachingCommands.Result teaching(Session session, Options options) {
        switch (options.command) {
            case CHECK: return session.check(options.expression);
            case PLOT: return session.plot(options.expression);
            case LIMIT: return session.limit(options.expression);
            default: return null;
        }
    }

    private static int report(PrintStream err, Failure f) {
        err.print("error: " + f.detailed + "\n");
        err.flush();
        return f.exitCode;
    }

    /** The version of the build, from the resource Maven filters ({@code ${project.version}}). */
    static String version() {
        try (InputStream v = Main.class.getResourceAsStream("version.txt")) {
            if (v == null) return "unknown";
            String s = new String(v.readAllBytes(), StandardCharsets.UTF_8).strip();
            return s.isEmpty() || s.startsWith("${") ? "unknown" : s;
        } catch (IOException e) {
            return "unknown";
        }
    }

    static BufferedReader utf8Reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
