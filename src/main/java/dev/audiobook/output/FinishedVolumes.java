package dev.audiobook.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Remembers which finished WAV, cue sheet and subtitles (with --split: playlist, subtitles and chapter files)
 * were made from which plan, so a run with nothing changed leaves them as they are. A record names the plan's
 * fingerprint and each file's size and time; a file changed or removed since, by anyone, makes the record
 * stale and the volume is made again.
 */
public final class FinishedVolumes {
    private static final String FINGERPRINT = "fingerprint";
    private static final String SECONDS = "seconds";
    private final Path dir;
    private final Consumer<String> warnings;

    /** What a record says of a volume: the plan it was made from, the audio's length and its files. */
    public record Recorded(String fingerprint, double seconds, List<Path> files) {}

    /** @param warnings told of each damaged record, which is thrown away */
    public FinishedVolumes(Path dir, Consumer<String> warnings) {
        this.dir = dir;
        this.warnings = warnings;
    }

    /** The audio file's record, when it was made from this fingerprint and every file it names is as it was. */
    public Optional<Recorded> upToDate(Path audioFile, String fingerprint) {
        return asRecorded(audioFile).filter(r -> fingerprint.equals(r.fingerprint()));
    }

    /**
     * The audio file's record, when every file it names is still as recorded, whatever plan it was made
     * from.
     */
    public Optional<Recorded> asRecorded(Path audioFile) {
        Path folder = audioFile.toAbsolutePath().getParent();
        return read(audioFile).flatMap(p -> {
            List<Path> files = p.stringPropertyNames().stream()
                    .filter(name -> !name.equals(FINGERPRINT) && !name.equals(SECONDS))
                    .sorted()
                    .map(folder::resolve)
                    .toList();
            if (!files.stream().allMatch(f -> stampMatches(f, p.getProperty(f.getFileName().toString())))) {
                return Optional.empty();
            }
            return Optional.of(new Recorded(p.getProperty(FINGERPRINT), Double.parseDouble(p.getProperty(SECONDS)),
                    files));
        });
    }

    private Optional<Properties> read(Path audioFile) {
        return RecordFiles.read(recordFor(audioFile), warnings, "the files it records are made again").filter(p -> isNumber(p.getProperty(SECONDS)));
    }

    private static boolean isNumber(String s) {
        try {
            return s != null && !Double.isNaN(Double.parseDouble(s));
        } catch (NumberFormatException notOne) {
            return false;
        }
    }

    /** Whether the file is still as its {@link #stamp} was taken; false when it is gone. */
    static boolean stampMatches(Path file, String recorded) {
        try {
            return stamp(file).equals(recorded);
        } catch (IOException gone) {
            return false;
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
        p.setProperty(FINGERPRINT, fingerprint);
        for (int i = 0; i < files.size(); i++) {
            p.setProperty(files.get(i).getFileName().toString(), stamps.get(i));
        }
        p.setProperty(SECONDS, Double.toString(seconds));
        RecordFiles.write(recordFor(files.get(0)), p, "audiobook: the plan this file was made from");
    }

    /** Whether an earlier run recorded this file as one it made. */
    public boolean hasRecord(Path file) {
        return Files.exists(recordFor(file));
    }

    private Path recordFor(Path wav) {
        return dir.resolve(wav.getFileName() + ".properties");
    }

    /** The file's size and time; moving a file into place keeps both. */
    public static String stamp(Path file) throws IOException {
        return Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
    }
}
