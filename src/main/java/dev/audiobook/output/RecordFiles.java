package dev.audiobook.output;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** The small properties files the cache keeps its records in, each written whole or not at all. */
final class RecordFiles {
    private RecordFiles() {}

    /** The record, or none when it is missing or cannot be read. */
    static Optional<Properties> read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(p);
        } catch (IOException | RuntimeException missingOrUnreadable) {
            return Optional.empty();
        }
    }

    static void write(Path file, Properties record, String comment) throws IOException {
        Files.createDirectories(file.getParent());
        try (AtomicFile atomic = AtomicFile.create(file)) {
            try (Writer out = Files.newBufferedWriter(atomic.path(), StandardCharsets.UTF_8)) {
                record.store(out, comment);
            }
            atomic.commit();
        }
    }
}
