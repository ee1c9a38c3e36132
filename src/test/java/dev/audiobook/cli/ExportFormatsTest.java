package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.CueSheetFile;
import dev.audiobook.testing.ExternalTool;
import dev.audiobook.testing.FfprobeChapters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** m4b, mp3 and flac made with ffmpeg carry the same chapters as the WAV's cue sheet. */
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
        assertThat(names(out)).containsExactly("three-chapters.m4b", "three-chapters.srt");
        assertSameChapters(out.resolve("three-chapters.m4b"));
        ExternalTool.Result tags = ExternalTool.run("ffprobe", "-v", "error", "-show_entries",
                "format_tags=title,artist", "-of", "default=noprint_wrappers=1", out.resolve("three-chapters.m4b").toString());
        assertThat(tags.stdout()).contains("TAG:title=The Lighthouse Keeper").contains("TAG:artist=Test Author");
    }

    @Test
    void anMp3HasTheChaptersAndACueSheetOfItsOwn() throws Exception {
        ExternalTool.require("ffmpeg", "ffmpeg");
        Path out = dir.resolve("mp3");
        CommandRun run = CommandRun.of(STORY.toString(), "-o", out.toString(), "-q", "--format", "mp3");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(names(out)).containsExactly("three-chapters.cue", "three-chapters.mp3", "three-chapters.srt");
        assertSameChapters(out.resolve("three-chapters.mp3"));
        assertThat(Files.readString(out.resolve("three-chapters.cue"))).contains("FILE \"three-chapters.mp3\" MP3\n");
    }

    @Test
    void aFlacComesWithACueSheetThatCuetoolsRead() throws Exception {
        ExternalTool.require("ffmpeg", "ffmpeg");
        Path out = dir.resolve("flac");
        CommandRun run = CommandRun.of(STORY.toString(), "-o", out.toString(), "-q", "--format", "flac");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(names(out)).containsExactly("three-chapters.cue", "three-chapters.flac", "three-chapters.srt");
        CueSheetFile cue = CueSheetFile.read(out.resolve("three-chapters.cue"));
        assertThat(cue.file()).isEqualTo("three-chapters.flac");
        assertThat(cue.tracks()).isEqualTo(wavCue.tracks());
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
        assertThat(run.stderr()).contains("'ogg' is not a format; use wav, m4b, mp3 or flac");
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
