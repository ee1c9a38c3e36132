package dev.audiobook.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Remembers, for each input file, what its volumes were made from: the build of the tool, the options, the
 * output folder and the input's bytes, together called the request. A run whose request is the same, with
 * every volume's files as their records say, has nothing to do and can say so without reading and planning
 * the book again.
 */
public final class FinishedBooks {
    private static final String REQUEST = "request";
    private static final String VOLUME = "volume.";
    private final Path dir;

    /** @param dir the folder of the finished volumes' records */
    public FinishedBooks(Path dir) {
        this.dir = dir;
    }

    /** The audio's length in seconds, when this request made the input's volumes and all are as recorded. */
    public Optional<Double> upToDate(Path source, String request) {
        Optional<Properties> record = RecordFiles.read(recordFor(source));
        if (record.isEmpty() || !request.equals(record.get().getProperty(REQUEST))) {
            return Optional.empty();
        }
        Properties p = record.get();
        FinishedVolumes volumes = new FinishedVolumes(dir);
        double seconds = 0;
        for (int i = 1; p.getProperty(VOLUME + i) != null; i++) {
            Optional<FinishedVolumes.Recorded> volume = volumes.asRecorded(Path.of(p.getProperty(VOLUME + i)));
            if (volume.isEmpty()) {
                return Optional.empty();
            }
            seconds += volume.get().seconds();
        }
        return seconds > 0 ? Optional.of(seconds) : Optional.empty();
    }

    /** Notes that this request made these volumes, each with its own record already written. */
    public void record(Path source, String request, List<Path> audioFiles) throws IOException {
        Properties p = new Properties();
        p.setProperty(REQUEST, request);
        for (int i = 0; i < audioFiles.size(); i++) {
            p.setProperty(VOLUME + (i + 1), audioFiles.get(i).toAbsolutePath().toString());
        }
        RecordFiles.write(recordFor(source), p, "audiobook: what this input's volumes were made from");
    }

    private Path recordFor(Path source) {
        return dir.resolve(source.getFileName() + ".book.properties");
    }
}
