package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.CueSheetFile;
import dev.audiobook.testing.EpubFiles;
import dev.audiobook.testing.ExternalTool;
import dev.audiobook.testing.FfprobeChapters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * m4b, mp3 and flac made with ffmpeg carry the same chapters as the WAV's cue sheet, with tags and a cover;
 * several formats come from one run, and a run in one format leaves the others' files alone.
 */
class ExportFormatsTest {
    private static final Path STORY = Path.of("src/test/resources/stories/three-chapters.txt");

    @TempDir
    static Path dir;

    private static CueSheetFile wavCue;

    @BeforeAll
    static void theWavEdition() throws Exception {
        CommandRun run = CommandRun.of(STORY.toString(), "-o", dir.resolve("wav").toString(), "-q",
                "--author", "Test Author");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        wavCue = CueSheetFile.read(dir.resolve("wav/three-chapters.cue"));
    }

    @Test
    void anM4bHasTheCueSheetsChaptersAndTheTags() throws Exception {
        ExternalTool.require("ffmpeg", "ffmpeg");
        Path out = dir.resolve("m4b");
        CommandRun run = CommandRun.of(STORY.toString(), "-o", out.toString(), "-q", "--author", "Test Author",
                "--format", "m4b");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(names(out)).containsExactly("three-chapters.m4b", "three-chapters.srt", "three-chapters.vtt");
        assertSameChapters(out.resolve("three-chapters.m4b"));
        ExternalTool.Result tags = ExternalTool.run("ffprobe", "-v", "error", "-show_entries",
                "format_tags=title,artist", "-of",
                "default=noprint_wrappers=1", out.resolve("three-chapters.m4b").toString());
        assertThat(tags.stdout()).contains("TAG:title=The Lighthouse Keeper").contains("TAG:artist=Test Author");
        ExternalTool.Result language = ExternalTool.run("ffprobe", "-v", "error", "-select_streams", "a:0",
                "-show_entries", "stream_tags=language", "-of",
                "csv=p=0", out.resolve("three-chapters.m4b").toString());
        assertThat(language.stdout().strip()).isEqualTo("eng");
    }

    @Test
    void anMp3HasTheChaptersAndACueSheetOfItsOwn() throws Exception {
        ExternalTool.require("ffmpeg", "ffmpeg");
        Path out = dir.resolve("mp3");
        CommandRun run = CommandRun.of(STORY.toString(), "-o", out.toString(), "-q", "--format", "mp3");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(names(out)).containsExactly("three-chapters.cue", "three-chapters.mp3", "three-chapters.srt",
                "three-chapters.vtt");
        assertSameChapters(out.resolve("three-chapters.mp3"));
        assertThat(Files.readString(out.resolve("three-chapters.cue"))).contains("FILE \"three-chapters.mp3\" MP3\n");
    }

    @Test
    void aFlacComesWithACueSheetThatCuetoolsRead() throws Exception {
        ExternalTool.require("ffmpeg", "ffmpeg");
        Path out = dir.resolve("flac");
        CommandRun run = CommandRun.of(STORY.toString(), "-o", out.toString(), "-q", "--format", "flac");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(names(out)).containsExactly("three-chapters.cue", "three-chapters.flac", "three-chapters.srt",
                "three-chapters.vtt");
        CueSheetFile cue = CueSheetFile.read(out.resolve("three-chapters.cue"));
        assertThat(cue.file()).isEqualTo("three-chapters.flac");
        assertThat(cue.tracks()).isEqualTo(wavCue.tracks());
        // Its own chapters too, as Vorbis comments, for players that do not read cue sheets.
        assertSameChapters(out.resolve("three-chapters.flac"));
        ExternalTool.Result duration = ExternalTool.run("ffprobe", "-v", "error", "-show_entries", "format=duration",
                "-of", "csv=p=0", out.resolve("three-chapters.flac").toString());
        ExternalTool.Result wavDuration = ExternalTool.run("ffprobe", "-v", "error", "-show_entries", "format=duration",
                "-of", "csv=p=0", dir.resolve("wav/three-chapters.wav").toString());
        assertThat(Double.parseDouble(duration.stdout().strip()))
                .isCloseTo(Double.parseDouble(wavDuration.stdout().strip()), within(0.01));
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CommandRun run = CommandRun.of(STORY.toString(), "--format", "ogg", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr())
                .startsWith("--format: 'ogg' is not a format; use wav, m4b, mp3, flac, several joined by commas, or all\n");
    }

    @Test
    void aRunInAnotherFormatLeavesTheFilesOfTheFirstAsTheyWere() throws Exception {
        ExternalTool.require("ffmpeg", "ffmpeg");
        Path out = dir.resolve("formats");
        CommandRun first = CommandRun.of(STORY.toString(), "-o", out.toString(), "--format", "wav,m4b");
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(names(out)).containsExactly("three-chapters.cue", "three-chapters.m4b", "three-chapters.srt",
                "three-chapters.vtt", "three-chapters.wav");
        Map<String, String> before = fingerprints(out);

        CommandRun second = CommandRun.of(STORY.toString(), "-o", out.toString(), "--format", "mp3");

        assertThat(second.exitCode()).as(second.stderr()).isZero();
        assertThat(second.stderr()).contains("Wrote " + out.resolve("three-chapters.mp3") + "\n");
        assertThat(names(out)).containsExactly("three-chapters.cue", "three-chapters.m4b", "three-chapters.mp3",
                "three-chapters.srt", "three-chapters.vtt", "three-chapters.wav");
        assertThat(fingerprints(out)).containsAllEntriesOf(before);
        assertThat(CueSheetFile.read(out.resolve("three-chapters.cue")).file()).isEqualTo("three-chapters.wav");
        assertSameChapters(out.resolve("three-chapters.mp3"));

        CommandRun third = CommandRun.of(STORY.toString(), "-o", out.toString(), "--format", "wav,m4b");
        assertThat(third.exitCode()).as(third.stderr()).isZero();
        assertThat(third.stderr()).contains("already up to date");
        assertThat(fingerprints(out)).containsAllEntriesOf(before);
    }

    @Test
    void allMakesEveryFormatFromOneSynthesisAndLeavesFilesItDidNotMake() throws Exception {
        ExternalTool.require("ffmpeg", "ffmpeg");
        Path out = Files.createDirectories(dir.resolve("all"));
        // Named like a volume of this book, but the user's own: no record says the tool made it.
        Files.writeString(out.resolve("three-chapters-vol01.mp3"), "mine");

        CommandRun run = CommandRun.of(STORY.toString(), "-o", out.toString(), "--format", "all");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(names(out)).containsExactly("three-chapters-vol01.mp3", "three-chapters.cue", "three-chapters.flac",
                "three-chapters.m4b", "three-chapters.mp3", "three-chapters.srt", "three-chapters.vtt",
                "three-chapters.wav");
        assertThat(run.stderr()).containsPattern("\\((\\d+) synthesized, 0 from the cache\\)");
        assertThat(Files.readString(out.resolve("three-chapters-vol01.mp3"))).isEqualTo("mine");
        assertSameChapters(out.resolve("three-chapters.m4b"));
        assertSameChapters(out.resolve("three-chapters.mp3"));
        assertThat(CueSheetFile.read(out.resolve("three-chapters.cue")).file()).isEqualTo("three-chapters.wav");
    }

    @Test
    void coverAndTagsShowInEveryFormatThatHoldsThem() throws Exception {
        ExternalTool.require("ffprobe", "ffmpeg");
        Path out = dir.resolve("tagged");
        Path cover = Files.write(dir.resolve("front.png"), EpubFiles.PNG);

        CommandRun run = CommandRun.of(STORY.toString(), "-o", out.toString(), "-q", "--format", "m4b,mp3,flac",
                "--author", "Test Author", "--cover", cover.toString(), "--year", "1999");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        for (String format : List.of("m4b", "mp3", "flac")) {
            Path file = out.resolve("three-chapters." + format);
            assertThat(tags(file)).as(format)
                    .containsEntry("title", "The Lighthouse Keeper")
                    .containsEntry("artist", "Test Author")
                    .containsEntry("album", "The Lighthouse Keeper")
                    .containsEntry("composer", "FreeTTS kevin16")
                    .containsEntry("genre", "Audiobook")
                    .containsEntry("date", "1999");
            assertThat(attachedPictures(file)).as(format).isEqualTo(1);
        }
    }

    @Test
    void aPictureBesideTheInputIsTheCover() throws Exception {
        ExternalTool.require("ffprobe", "ffmpeg");
        Path folder = Files.createDirectories(dir.resolve("beside"));
        Path story = Files.copy(STORY, folder.resolve("story.txt"));
        Files.write(folder.resolve("story.jpg"), EpubFiles.JPEG);

        CommandRun run = CommandRun.of(story.toString(), "-o", folder.resolve("out").toString(), "-q", "--format",
                "m4b");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(attachedPictures(folder.resolve("out/story.m4b"))).isEqualTo(1);
    }

    @Test
    void theM4bIsEncodedForAVoiceAndBitrateOverridesIt() throws Exception {
        ExternalTool.require("ffprobe", "ffmpeg");
        CommandRun standard = CommandRun.of(STORY.toString(), "-o", dir.resolve("rate40").toString(), "-q",
                "--format", "m4b");
        CommandRun high = CommandRun.of(STORY.toString(), "-o", dir.resolve("rate64").toString(), "-q",
                "--format", "m4b", "--bitrate", "64");

        assertThat(standard.exitCode()).as(standard.stderr()).isZero();
        assertThat(high.exitCode()).as(high.stderr()).isZero();
        assertThat(audioBitrate(dir.resolve("rate40/three-chapters.m4b"))).isBetween(34_000, 44_000);
        // ffprobe's average over a short file: a little above the 64 kb/s asked for (66.3 for this story).
        assertThat(audioBitrate(dir.resolve("rate64/three-chapters.m4b"))).isBetween(50_000, 68_000);
    }

    @Test
    void aCoverThatIsNotAPictureIsRefusedInOneLine() throws Exception {
        Path notAPicture = Files.writeString(dir.resolve("cover.jpg"), "not a picture");
        Path out = dir.resolve("bad-cover");

        CommandRun run = CommandRun.of(STORY.toString(), "-o", out.toString(), "--cover", notAPicture.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).isEqualTo("audiobook: " + notAPicture + ": the cover is not a JPEG or PNG picture\n");
        assertThat(out).doesNotExist();
    }

    private static Map<String, String> tags(Path media) throws Exception {
        ExternalTool.Result probe = ExternalTool.run("ffprobe", "-v", "error", "-show_entries", "format_tags",
                "-of", "default=noprint_wrappers=1", media.toString());
        Map<String, String> tags = new TreeMap<>();
        for (String line : probe.stdout().split("\n")) {
            if (line.startsWith("TAG:") && line.contains("=")) {
                tags.put(line.substring(4, line.indexOf('=')).toLowerCase(java.util.Locale.ROOT),
                        line.substring(line.indexOf('=') + 1));
            }
        }
        return tags;
    }

    private static long attachedPictures(Path media) throws Exception {
        ExternalTool.Result probe = ExternalTool.run("ffprobe", "-v", "error", "-show_entries",
                "stream_disposition=attached_pic", "-of", "csv=p=0", media.toString());
        return probe.stdout().lines().filter(l -> l.strip().equals("1")).count();
    }

    private static int audioBitrate(Path media) throws Exception {
        ExternalTool.Result probe = ExternalTool.run("ffprobe", "-v", "error", "-select_streams", "a:0",
                "-show_entries", "stream=bit_rate", "-of", "csv=p=0", media.toString());
        return Integer.parseInt(probe.stdout().strip());
    }

    /** Each file's bytes and time: what must not change when another format is made. */
    private static Map<String, String> fingerprints(Path out) throws Exception {
        Map<String, String> prints = new TreeMap<>();
        for (String name : names(out)) {
            Path file = out.resolve(name);
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            prints.put(name, java.util.HexFormat.of().formatHex(digest) + " " + Files.getLastModifiedTime(file));
        }
        return prints;
    }

    private static void assertSameChapters(Path media) throws Exception {
        List<FfprobeChapters.Chapter> chapters = FfprobeChapters.read(media);
        assertThat(chapters).extracting(FfprobeChapters.Chapter::title)
                .isEqualTo(wavCue.tracks().stream().map(CueSheetFile.Track::title).toList());
        for (int i = 0; i < chapters.size(); i++) {
            assertThat(chapters.get(i).startSeconds()).isCloseTo(wavCue.tracks().get(i).seconds(), within(0.05));
        }
    }

    private static List<String> names(Path out) throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
