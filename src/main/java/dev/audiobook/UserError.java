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

    /** A file that cannot be read, as the user sees it: "story.txt: cannot read the file: permission denied". */
    public static UserError cannotRead(java.nio.file.Path path, java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return new UserError(path + ": cannot read the file: permission denied", e);
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return new UserError(path + ": no such file", e);
        }
        return new UserError(path + ": cannot read the file: " + e.getMessage(), e);
    }

    /** A message quotes names and words from the user's files, which may hold line breaks or control codes. */
    private static String oneLine(String message) {
        return message.codePoints().anyMatch(Character::isISOControl)
                ? message.replaceAll("\\s*\\R\\s*", " ").replaceAll("\\p{Cntrl}", "?")
                : message;
    }
}
