package dev.audiobook.output;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Remembers which finished WAV, cue sheet and subtitles were made from which plan, so a run with nothing changed
 * leaves them as they are. A record names the plan's fingerprint and each file's size and time; a file
 * changed or removed since, by anyone, makes the record stale and the volume is made again.
 */
public final class FinishedVolumes {
    private final Path dir;

    public FinishedVolumes(Path dir) {
        this.dir = dir;
    }

    /** The audio's length in seconds, when all the files are as this fingerprint's run left them. */
    public Optional<Double> upToDate(List<Path> files, String fingerprint) {
        Path record = recordFor(files.get(0));
        if (!Files.isRegularFile(record)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(record, StandardCharsets.UTF_8)) {
            p.load(in);
            boolean same = fingerprint.equals(p.getProperty("fingerprint"));
            for (Path file : files) {
                same = same && stamp(file).equals(p.getProperty(file.getFileName().toString()));
            }
            return same ? Optional.of(Double.parseDouble(p.getProperty("seconds"))) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Notes that these files were made from this fingerprint.
     *
     * @param stamps each file's {@link #stamp}, taken before it was moved into place, so that a record never
     *     vouches for a file another run put there since
     */
    public void record(List<Path> files, List<String> stamps, String fingerprint, double seconds) throws IOException {
        Properties p = new Properties();
        p.setProperty("fingerprint", fingerprint);
        for (int i = 0; i < files.size(); i++) {
            p.setProperty(files.get(i).getFileName().toString(), stamps.get(i));
        }
        p.setProperty("seconds", Double.toString(seconds));
        Files.createDirectories(dir);
        try (AtomicFile file = AtomicFile.create(recordFor(files.get(0)))) {
            try (Writer out = Files.newBufferedWriter(file.path(), StandardCharsets.UTF_8)) {
                p.store(out, "audiobook: the plan this file was made from");
            }
            file.commit();
        }
    }

    private Path recordFor(Path wav) {
        return dir.resolve(wav.getFileName() + ".properties");
    }

    /** The file's size and time; moving a file into place keeps both. */
    public static String stamp(Path file) throws IOException {
        return Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
    }
}
