package dev.audiobook.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * A file written under a temporary name beside its target and moved into place only when complete,
 * so a failed or killed run never leaves a half-written file at the target or damages the old one.
 */
public final class AtomicFile implements Closeable {
    static final String TEMP_SUFFIX = ".part";
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private final Path target;
    private final Path temp;
    private boolean committed;

    private AtomicFile(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    public static AtomicFile create(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = TempFiles.track(Files.createTempFile(dir, "." + target.getFileName() + ".", TEMP_SUFFIX));
        return new AtomicFile(target, temp);
    }

    /**
     * Deletes temporary files of the target left by a run that was killed: those untouched for a while,
     * since a live run keeps writing to its own.
     */
    public static void removeAbandoned(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + ".";
        long cutoff = System.currentTimeMillis() - ABANDONED_AFTER.toMillis();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX)
                        && Files.getLastModifiedTime(file).toMillis() < cutoff) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // Cleaning up is a courtesy; failing to is no reason to stop the run.
        }
    }

    /** Where to write the content. */
    public Path path() {
        return temp;
    }

    public void commit() throws IOException {
        if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            // Temporary files are private; the finished file is as readable as any other the user makes.
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        committed = true;
        TempFiles.untrack(temp);
    }

    /** Removes the temporary file unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            Files.deleteIfExists(temp);
            TempFiles.untrack(temp);
        }
    }
}
