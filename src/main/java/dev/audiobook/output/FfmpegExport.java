package dev.audiobook.output;

import dev.audiobook.UserError;
import dev.audiobook.audio.WavChapter;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes an m4b, mp3 or flac file from the finished WAV with ffmpeg, with its chapters, tags and cover. */
public final class FfmpegExport {
    private static final Pattern PROGRESS = Pattern.compile("([a-z_0-9]+)=(\\S*)");

    private FfmpegExport() {}

    /** Refuses a run that needs ffmpeg before any work is done, saying how to get it. */
    public static void requireFfmpeg(Delivery delivery) throws UserError {
        requireFfmpeg(delivery, System.getenv().getOrDefault("PATH", ""));
    }

    static void requireFfmpeg(Delivery delivery, String path) throws UserError {
        if (delivery.needsFfmpeg() && !onPath("ffmpeg", path)) {
            String formats = String.join(",", delivery.formats().stream().map(AudioFileFormat::extension).toList());
            throw new UserError("--format " + formats + " needs ffmpeg on the PATH; install it "
                    + "(Debian and Ubuntu: apt-get install ffmpeg; macOS: brew install ffmpeg) or use --format wav");
        }
    }

    /**
     * @param encodedSeconds told how much of the audio is encoded, every half second or so, as ffmpeg reports
     *     it on its progress channel
     */
    public static void convert(Path wav, Path target, AudioFileFormat format, OptionalInt kbps, AudioTags tags,
            List<WavChapter> chapters, int sampleRate, long totalFrames, DoubleConsumer encodedSeconds)
            throws IOException {
        run(List.of("-i", wav.toString()), format.ffmpegArguments(kbps), target, format, tags, chapters, sampleRate,
                totalFrames, encodedSeconds);
    }

    /** Puts AAC frames already encoded (an ADTS stream) into an m4b, with its chapters, tags and cover. */
    public static void mux(Path adts, Path target, AudioTags tags, List<WavChapter> chapters, int sampleRate,
            long totalFrames) throws IOException {
        List<String> copy = new ArrayList<>(List.of("-c:a", "copy"));
        copy.addAll(AudioFileFormat.M4B.containerArguments());
        run(List.of("-f", "aac", "-i", adts.toString()), copy, target, AudioFileFormat.M4B, tags, chapters,
                sampleRate, totalFrames, seconds -> {});
    }

    private static void run(List<String> audioInput, List<String> audioOutput, Path target, AudioFileFormat format,
            AudioTags tags, List<WavChapter> chapters, int sampleRate, long totalFrames, DoubleConsumer encodedSeconds)
            throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path metadata = TempFiles.track(Files.createTempFile(dir, ".ffmetadata", ".txt"));
        Path cover = null;
        try {
            Files.writeString(metadata, ffmetadata(tags, chapters, sampleRate, totalFrames, format == AudioFileFormat.FLAC),
                    StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-y", "-v", "error",
                    "-nostats", "-progress", "pipe:1"));
            command.addAll(audioInput);
            command.addAll(List.of("-i", metadata.toString()));
            if (tags.details().cover().isPresent()) {
                cover = TempFiles.track(Files.createTempFile(dir, ".cover", "." + tags.details().cover().get().extension()));
                Files.write(cover, tags.details().cover().get().bytes());
                command.addAll(List.of("-i", cover.toString()));
            }
            command.addAll(List.of("-map", "0:a", "-map_metadata", "1", "-map_chapters", "1"));
            if (cover != null) {
                // The picture is stored as it came, marked as the cover players show in their library.
                command.addAll(List.of("-map", "2:v", "-c:v", "copy", "-disposition:v:0", "attached_pic",
                        "-metadata:s:v", "title=Cover", "-metadata:s:v", "comment=Cover (front)"));
            }
            if (format == AudioFileFormat.M4B) {
                command.addAll(List.of("-metadata:s:a:0", "language=" + tags.spokenLanguageCode()));
            }
            command.addAll(audioOutput);
            command.add(target.toString());
            Process ffmpeg = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            // Progress comes as key=value lines; anything else is what ffmpeg has to say about a failure.
            String said = "";
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(ffmpeg.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    Matcher progress = PROGRESS.matcher(line);
                    if (!progress.matches()) {
                        said = line.isBlank() ? said : line;
                    } else if (progress.group(1).equals("out_time_us") && !progress.group(2).equals("N/A")) {
                        encodedSeconds.accept(Long.parseLong(progress.group(2)) / 1e6);
                    }
                }
            }
            if (!ffmpeg.waitFor(1, TimeUnit.HOURS) || ffmpeg.exitValue() != 0) {
                String last = said.isEmpty() ? "exit code " + ffmpeg.exitValue() : said.strip();
                throw new IOException("ffmpeg could not make the " + format.extension() + " file: " + last);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg was working", e);
        } finally {
            Files.deleteIfExists(metadata);
            TempFiles.untrack(metadata);
            if (cover != null) {
                Files.deleteIfExists(cover);
                TempFiles.untrack(cover);
            }
        }
    }

    /**
     * ffmpeg's metadata file: tags, then each chapter from its marker to the next.
     *
     * @param chapterComments whether to name the chapters in tags as well, as Vorbis comments do
     *     ({@code CHAPTER001=00:00:00.000}, {@code CHAPTER001NAME=...}): ffmpeg writes no chapters of its
     *     own into a flac, and players and ffprobe read these
     */
    static String ffmetadata(AudioTags tags, List<WavChapter> chapters, int sampleRate, long totalFrames,
            boolean chapterComments) {
        StringBuilder s = new StringBuilder(";FFMETADATA1\n");
        s.append("title=").append(escape(tags.title())).append('\n');
        if (!tags.author().isBlank()) {
            s.append("artist=").append(escape(tags.author())).append('\n');
            s.append("album_artist=").append(escape(tags.author())).append('\n');
        }
        s.append("album=").append(escape(tags.title())).append('\n');
        s.append("genre=Audiobook\n");
        if (!tags.narrator().isBlank()) {
            // m4b players show the composer as the narrator; ID3 and Vorbis comments name the performer.
            s.append("composer=").append(escape(tags.narrator())).append('\n');
            s.append("performer=").append(escape(tags.narrator())).append('\n');
        }
        // Where a book's series, sort name and subtitle go: m4b keeps the grouping, ID3 and Vorbis comments
        // keep every one of them as named.
        tags.details().series().ifPresent(series -> {
            s.append("grouping=").append(escape(series.name())).append('\n');
            s.append("series=").append(escape(series.name())).append('\n');
            series.position().ifPresent(position -> s.append("series-part=").append(escape(position)).append('\n'));
        });
        tags.details().authorSort().ifPresent(name -> s.append("artist-sort=").append(escape(name)).append('\n'));
        tags.details().subtitle().ifPresent(subtitle -> s.append("subtitle=").append(escape(subtitle)).append('\n'));
        tags.details().date().ifPresent(date -> s.append("date=").append(escape(date)).append('\n'));
        tags.details().language().ifPresent(language -> s.append("language=").append(escape(language)).append('\n'));
        tags.details().description().ifPresent(description -> s.append("description=").append(escape(description))
                .append('\n').append("comment=").append(escape(description)).append('\n'));
        for (int i = 0; chapterComments && i < chapters.size(); i++) {
            String number = String.format(Locale.ROOT, "CHAPTER%03d", i + 1);
            long millis = Math.round(chapters.get(i).frame() * 1000.0 / sampleRate);
            s.append(number).append('=').append(escape(String.format(Locale.ROOT, "%02d:%02d:%02d.%03d",
                    millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60, millis % 1000))).append('\n');
            s.append(number).append("NAME=").append(escape(chapters.get(i).title())).append('\n');
        }
        for (int i = 0; i < chapters.size(); i++) {
            long end = i + 1 < chapters.size() ? chapters.get(i + 1).frame() : totalFrames;
            s.append("[CHAPTER]\nTIMEBASE=1/").append(sampleRate).append('\n')
                    .append("START=").append(chapters.get(i).frame()).append('\n')
                    .append("END=").append(end).append('\n')
                    .append("title=").append(escape(chapters.get(i).title())).append('\n');
        }
        return s.toString();
    }

    /** ffmetadata escapes '=', ';', '#', '\' and newlines with a backslash. */
    private static String escape(String value) {
        return value.replaceAll("([=;#\\\\\\n])", "\\\\$1");
    }

    private static boolean onPath(String tool, String path) {
        return Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
