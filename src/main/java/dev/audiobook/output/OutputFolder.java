package dev.audiobook.output;

import dev.audiobook.UserError;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The folder the audiobooks are written to: made when missing, refused when it cannot be. */
public final class OutputFolder {
    /** The system's words for the failures a user meets most, as the tool says them. */
    private static final Map<String, String> PLAIN_REASONS = Map.of(
            "No space left on device", "no space left on device",
            "Disk quota exceeded", "the disk quota is used up",
            "Read-only file system", "the file system is read-only");
    private static final Map<String, String> REMEDIES = Map.of(
            "permission denied", "make it writable",
            "no space left on device", "free some space",
            "the disk quota is used up", "free some space",
            "the file system is read-only", "write to another folder with -o");

    private OutputFolder() {}

    public static void prepare(Path dir) throws UserError {
        for (Path existing = dir.toAbsolutePath(); existing != null; existing = existing.getParent()) {
            if (Files.exists(existing)) {
                if (!Files.isDirectory(existing)) {
                    throw new UserError(existing + ": the output path is a file, not a folder");
                }
                break;
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new UserError(e.getFile() + ": the output path is a file, not a folder", e);
        } catch (IOException e) {
            throw new UserError(dir + ": cannot create the output folder: " + whyNotWritten(e), e);
        }
        if (!Files.isWritable(dir)) {
            throw new UserError(dir + ": cannot write to the output folder: permission denied; make it writable");
        }
    }

    /** The reason of an I/O failure in a few words. */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return reason == null ? e.getClass().getSimpleName() : PLAIN_REASONS.getOrDefault(reason, reason);
    }

    /** Why writing failed, and what to do where the user can: "no space left on device; free some space". */
    public static String whyNotWritten(IOException e) {
        String reason = describe(e);
        return reason + Optional.ofNullable(REMEDIES.get(reason)).map(remedy -> "; " + remedy).orElse("");
    }

    /**
     * Why writing failed, and what to do, with another way out: "no space left on device; free some space
     * or use --no-cache".
     */
    public static String whyNotWritten(IOException e, String otherwise) {
        String reason = describe(e);
        return reason + "; " + Optional.ofNullable(REMEDIES.get(reason)).map(remedy -> remedy + " or ").orElse("")
                + otherwise;
    }
}
