package dev.audiobook;

/**
 * A problem the user can fix: a missing file, an empty text, an output folder that cannot be written.
 * The command line prints its message as one line and exits non-zero, without a stack trace.
 */
public final class UserError extends Exception {
    public UserError(String message) {
        super(oneLine(message));
    }

    public UserError(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** A message quotes names and words from the user's files, which may hold line breaks or control codes. */
    private static String oneLine(String message) {
        return message.codePoints().anyMatch(Character::isISOControl)
                ? message.replaceAll("\\s*\\R\\s*", " ").replaceAll("\\p{Cntrl}", "?")
                : message;
    }
}
