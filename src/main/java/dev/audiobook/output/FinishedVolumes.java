package dev.audiobook.output;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Remembers which finished WAV and cue sheet were made from which plan, so a run with nothing changed
 * leaves them as they are. A record names the plan's fingerprint and each file's size and time; a file
 * changed or removed since, by anyone, makes the record stale and the volume is made again.
 */
public final class FinishedVolumes {
    private final Path dir;

    public FinishedVolumes(Path dir) {
        this.dir = dir;
    }

    /** The audio's length in seconds, when both files are as this fingerprint's run left them. */
    public Optional<Double> upToDate(Path wav, Path cue, String fingerprint) {
        Path record = recordFor(wav);
        if (!Files.isRegularFile(record)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(record, StandardCharsets.UTF_8)) {
            p.load(in);
            boolean same = fingerprint.equals(p.getProperty("fingerprint"))
                    && stamp(wav).equals(p.getProperty("wav"))
                    && stamp(cue).equals(p.getProperty("cue"));
            return same ? Optional.of(Double.parseDouble(p.getProperty("seconds"))) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Notes that these files, as they are now, were made from this fingerprint. */
    public void record(Path wav, Path cue, String fingerprint, double seconds) throws IOException {
        Properties p = new Properties();
        p.setProperty("fingerprint", fingerprint);
        p.setProperty("wav", stamp(wav));
        p.setProperty("cue", stamp(cue));
        p.setProperty("seconds", Double.toString(seconds));
        Files.createDirectories(dir);
        try (AtomicFile file = AtomicFile.create(recordFor(wav))) {
            try (Writer out = Files.newBufferedWriter(file.path(), StandardCharsets.UTF_8)) {
                p.store(out, "audiobook: the plan this file was made from");
            }
            file.commit();
        }
    }

    private Path recordFor(Path wav) {
        return dir.resolve(wav.getFileName() + ".properties");
    }

    private static String stamp(Path file) throws IOException {
        return Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
    }
}
