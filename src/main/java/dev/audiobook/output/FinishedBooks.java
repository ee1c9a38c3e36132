package dev.audiobook.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Remembers, for each input file, what its volumes were made from: the build of the tool, the options, the
 * output folder and the input's bytes, together called the request. A run whose request is the same, with
 * every volume's files as their records say, has nothing to do and can say so without reading and planning
 * the book again.
 */
public final class FinishedBooks {
    private static final String REQUEST = "request";
    private static final String VOLUME = "volume.";
    private static final String FILE = ".file.";
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
            // The first file's record gives the volume's length; every file must be as its record says.
            for (int f = 1; p.getProperty(VOLUME + i + FILE + f) != null; f++) {
                Optional<FinishedVolumes.Recorded> file = volumes.asRecorded(Path.of(p.getProperty(VOLUME + i + FILE + f)));
                if (file.isEmpty()) {
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
                p.setProperty(VOLUME + (i + 1) + FILE + (f + 1), volumes.get(i).get(f).toAbsolutePath().toString());
            }
        }
        RecordFiles.write(recordFor(source), p, "audiobook: what this input's volumes were made from");
    }

    private Path recordFor(Path source) {
        return dir.resolve(source.getFileName() + ".book.properties");
    }
}
