package dev.audiobook.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Remembers, for each input file, what its volumes were made from: the build of the tool, the options, the
 * output folder, the name of its files and the input's bytes, together called the request. A run whose
 * request is the same, with every volume's files as they were when they were recorded here, has nothing to
 * do and can say so without reading and planning the book again.
 */
public final class FinishedBooks {
    private static final String REQUEST = "request";
    private static final String VOLUME = "volume.";
    private static final String FILE = ".file.";
    private static final String STAMP = ".stamp";
    private final Path dir;
    private final Consumer<String> warnings;

    /**
     * @param dir the folder of the finished volumes' records
     * @param warnings told of each damaged record, which is thrown away
     */
    public FinishedBooks(Path dir, Consumer<String> warnings) {
        this.dir = dir;
        this.warnings = warnings;
    }

    /** The audio's length in seconds, when this request made the input's volumes and all are as recorded. */
    public Optional<Double> upToDate(Path source, String request) {
        Optional<Properties> record = RecordFiles.read(recordFor(source), warnings,
                "the book is read and planned again");
        if (record.isEmpty() || !request.equals(record.get().getProperty(REQUEST))) {
            return Optional.empty();
        }
        Properties p = record.get();
        FinishedVolumes volumes = new FinishedVolumes(dir, warnings);
        double seconds = 0;
        for (int i = 1; p.getProperty(VOLUME + i) != null; i++) {
            // The first file's record gives the volume's length; every file must be as its record says, and
            // as it was when this book was made: since then another input may have been made under its name.
            for (int f = 1; p.getProperty(VOLUME + i + FILE + f) != null; f++) {
                Path path = Path.of(p.getProperty(VOLUME + i + FILE + f));
                Optional<FinishedVolumes.Recorded> file = volumes.asRecorded(path);
                if (file.isEmpty() || !FinishedVolumes.stampMatches(path, p.getProperty(VOLUME + i + FILE + f + STAMP))) {
                    return Optional.empty();
                }
                if (f == 1) {
                    seconds += file.get().seconds();
                }
            }
        }
        return seconds > 0 ? Optional.of(seconds) : Optional.empty();
    }

    /**
     * Notes that this request made these volumes, each file with its own record already written.
     *
     * @param volumes each volume's recorded files, its audio file first
     */
    public void record(Path source, String request, List<List<Path>> volumes) throws IOException {
        Properties p = new Properties();
        p.setProperty(REQUEST, request);
        for (int i = 0; i < volumes.size(); i++) {
            p.setProperty(VOLUME + (i + 1), Integer.toString(volumes.get(i).size()));
            for (int f = 0; f < volumes.get(i).size(); f++) {
                Path file = volumes.get(i).get(f);
                p.setProperty(VOLUME + (i + 1) + FILE + (f + 1), file.toAbsolutePath().toString());
                p.setProperty(VOLUME + (i + 1) + FILE + (f + 1) + STAMP, FinishedVolumes.stamp(file));
            }
        }
        RecordFiles.write(recordFor(source), p, "audiobook: what this input's volumes were made from");
    }

    /** One record per input file, wherever it is: a/story.txt and b/story.txt have one each. */
    private Path recordFor(Path source) {
        byte[] path = source.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8);
        String pathKey = UUID.nameUUIDFromBytes(path).toString().replace("-", "").substring(0, 16);
        return dir.resolve(FileNames.safe(source.getFileName().toString()) + "." + pathKey + ".book.properties");
    }
}
