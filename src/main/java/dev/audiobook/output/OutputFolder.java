package dev.audiobook.output;

import dev.audiobook.UserError;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** The folders a run made for its output, innermost first: to remove again if it wrote nothing there. */
    public record NewFolders(List<Path> innermostFirst) {
        public static final NewFolders NONE = new NewFolders(List.of());

        /** Removes them while they are empty; a folder anything was written to, and all above it, stay. */
        public void removeIfEmpty() {
            for (Path folder : innermostFirst) {
                try {
                    Files.delete(folder);
                } catch (IOException notEmptyOrGone) {
                    return;
                }
            }
        }
    }

    /** Makes the folder and any missing folders above it; returns those this call made. */
    public static NewFolders prepare(Path dir) throws UserError {
        List<Path> missing = new ArrayList<>();
        Path existing = dir.toAbsolutePath();
        for (; existing != null && !Files.exists(existing); existing = existing.getParent()) {
            missing.add(0, existing);
        }
        if (existing != null && !Files.isDirectory(existing)) {
            throw new UserError(existing + ": the output path is a file, not a folder");
        }
        List<Path> made = new ArrayList<>();
        try {
            for (Path folder : missing) {
                try {
                    Files.createDirectory(folder);
                    made.add(0, folder);
                } catch (FileAlreadyExistsException e) {
                    if (!Files.isDirectory(folder)) {
                        throw e;
                    }
                    // Another process made it meanwhile: it is not this run's to remove.
                }
            }
        } catch (IOException e) {
            new NewFolders(made).removeIfEmpty();
            throw e instanceof FileAlreadyExistsException exists
                    ? new UserError(exists.getFile() + ": the output path is a file, not a folder", e)
                    : new UserError(dir + ": cannot create the output folder: " + whyNotWritten(e), e);
        }
        if (!Files.isWritable(dir)) {
            throw new UserError(dir + ": cannot write to the output folder: permission denied; make it writable");
        }
        return new NewFolders(made);
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
