package dev.deriv.cli;

/** Bad usage of the command line: a wrong option value, a missing expression (exit code 2). */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message, null, false, false);
    }
}
