package dev.deriv.cli;

import dev.deriv.expr.Limits;
import java.math.BigDecimal;

/**
 * {@code --timeout SECONDS}: the wall-clock budget of the command (with {@code --batch},
 * of each line). Every command has one, {@link Limits#REQUEST_MILLIS} by default, so that
 * no single command line runs on for minutes ({@code '1/(1+x^2)' --order 1000}).
 */
final class Timeout {
    private Timeout() {}

    /** What the error of a command that ran out says, so that its reader knows the way out. */
    static final String HOW_TO_RAISE = "raise it with --timeout SECONDS";

    /** The longest budget accepted: a day. */
    static final long MAX_SECONDS = 86_400;

    /** The budget in milliseconds: {@code text} (seconds, "10", "0.5" or "10s"), or the default when null. */
    static long millis(String text) {
        if (text == null) return Batch.requestMillis();
        String s = text.strip();
        if (s.endsWith("s")) s = s.substring(0, s.length() - 1).strip();
        BigDecimal seconds;
        try {
            seconds = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw invalid(text);
        }
        if (seconds.compareTo(new BigDecimal("0.001")) < 0 || seconds.compareTo(BigDecimal.valueOf(MAX_SECONDS)) > 0) {
            throw invalid(text);
        }
        return seconds.movePointRight(3).longValue();
    }

    private static UsageException invalid(String text) {
        return new UsageException("--timeout must be a number of seconds from 0.001 to " + MAX_SECONDS
                + ", not '" + text + "'");
    }
}
