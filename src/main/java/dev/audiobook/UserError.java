package dev.audiobook;

/**
 * A problem the user can fix: a missing file, an empty text, an output folder that cannot be written.
 * The command line prints its message as one line and exits non-zero, without a stack trace.
 */
public final class UserError extends Exception {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
