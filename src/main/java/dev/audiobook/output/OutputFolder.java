package dev.audiobook.output;

import dev.audiobook.UserError;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The folder the audiobooks are written to: made when missing, refused when it cannot be. */
public final class OutputFolder {
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
            throw new UserError(dir + ": cannot create the output folder: " + describe(e), e);
        }
        if (!Files.isWritable(dir)) {
            throw new UserError(dir + ": cannot write to the output folder: permission denied");
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
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
