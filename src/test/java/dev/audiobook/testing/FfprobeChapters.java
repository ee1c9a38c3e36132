package dev.audiobook.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The chapters ffprobe finds in a media file. */
public final class FfprobeChapters {
    private FfprobeChapters() {}

    public record Chapter(double startSeconds, double endSeconds, String title) {}

    public static List<Chapter> read(Path media) throws Exception {
        ExternalTool.Result r = ExternalTool.run("ffprobe", "-v", "error", "-show_chapters",
                "-of", "default=noprint_wrappers=1", media.toString());
        if (r.exitCode() != 0) {
            throw new AssertionError("ffprobe failed: " + r.stderr());
        }
        List<Chapter> chapters = new ArrayList<>();
        double start = Double.NaN, end = Double.NaN;
        for (String line : r.stdout().lines().toList()) {
            if (line.startsWith("start_time=")) {
                start = Double.parseDouble(line.substring("start_time=".length()));
            } else if (line.startsWith("end_time=")) {
                end = Double.parseDouble(line.substring("end_time=".length()));
            } else if (line.startsWith("TAG:title=")) {
                chapters.add(new Chapter(start, end, line.substring("TAG:title=".length())));
            }
        }
        return chapters;
    }
}
