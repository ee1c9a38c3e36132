package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.CueSheetFile;
import dev.audiobook.testing.ExternalTool;
import dev.audiobook.testing.FfprobeChapters;
import dev.audiobook.testing.WavFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline through the command line, on fixture stories, with the outputs parsed back. */
class AudiobookCommandTest {
    private static final Path STORIES = Path.of("src/test/resources/stories");

    @TempDir
    static Path shared;

    private static Path threeChapters;
    private static CommandRun threeChaptersRun;

    @BeforeAll
    static void convertTheThreeChapterStory() {
        Path out = shared.resolve("out");
        threeChaptersRun = CommandRun.of(STORIES.resolve("three-chapters.txt").toString(), "-o", out.toString(),
                "--author", "Test Author", "-j", "2");
        threeChapters = out;
    }

    @Test
    void writesOneWavOneCueSheetAndSubtitlesAndNothingElse() throws Exception {
        assertThat(threeChaptersRun.exitCode()).as(threeChaptersRun.stderr()).isZero();
        try (Stream<Path> files = Files.list(threeChapters)) {
            // Besides the book, only the segment cache, which later runs reuse.
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly(".cache", "three-chapters.cue", "three-chapters.srt", "three-chapters.vtt",
                            "three-chapters.wav");
        }
        assertThat(threeChaptersRun.stderr()).contains("3 chapters").contains("Wrote ");
    }

    @Test
    void theWavIs16KhzMonoPcmWithTheBooksChaptersAndTags() throws Exception {
        WavFile wav = WavFile.read(threeChapters.resolve("three-chapters.wav"));

        assertThat(wav.formatTag()).isEqualTo(1);
        assertThat(wav.sampleRate()).isEqualTo(16000);
        assertThat(wav.channels()).isEqualTo(1);
        assertThat(wav.bitsPerSample()).isEqualTo(16);
        assertThat(wav.riffSize()).isEqualTo(wav.fileSize() - 8);
        assertThat(wav.durationSeconds()).isBetween(60.0, 150.0);
        assertThat(wav.chapterTitles())
                .containsExactly("Chapter 1: The Storm", "Chapter 2: The Boat", "Chapter 3: The Morning");
        assertThat(wav.info()).containsEntry("INAM", "The Lighthouse Keeper").containsEntry("IART", "Test Author");
    }

    @Test
    void theCueSheetMatchesTheEmbeddedCuePointsWithinOneFrame() throws Exception {
        WavFile wav = WavFile.read(threeChapters.resolve("three-chapters.wav"));
        CueSheetFile cue = CueSheetFile.read(threeChapters.resolve("three-chapters.cue"));

        assertThat(cue.file()).isEqualTo("three-chapters.wav");
        assertThat(cue.title()).isEqualTo("The Lighthouse Keeper");
        assertThat(cue.performer()).isEqualTo("Test Author");
        assertThat(cue.tracks()).extracting(CueSheetFile.Track::number).containsExactly(1, 2, 3);
        assertThat(cue.tracks()).extracting(CueSheetFile.Track::title).isEqualTo(wav.chapterTitles());
        for (int i = 0; i < cue.tracks().size(); i++) {
            double embedded = wav.cuePoints().get(i).sampleOffset() / (double) wav.sampleRate();
            assertThat(cue.tracks().get(i).seconds()).isCloseTo(embedded, within(1 / 75.0));
        }
    }

    @Test
    void ffprobeListsExactlyTheCueSheetsTracks() throws Exception {
        ExternalTool.require("ffprobe", "ffmpeg");
        List<FfprobeChapters.Chapter> chapters = FfprobeChapters.read(threeChapters.resolve("three-chapters.wav"));
        CueSheetFile cue = CueSheetFile.read(threeChapters.resolve("three-chapters.cue"));

        assertThat(chapters).extracting(FfprobeChapters.Chapter::title)
                .isEqualTo(cue.tracks().stream().map(CueSheetFile.Track::title).toList());
        for (int i = 0; i < chapters.size(); i++) {
            assertThat(chapters.get(i).startSeconds()).isCloseTo(cue.tracks().get(i).seconds(), within(1 / 75.0));
        }
    }

    @Test
    void subtitlesHaveOneCuePerSentenceInsideTheAudioInSubRipAndWebVtt() throws Exception {
        WavFile wav = WavFile.read(threeChapters.resolve("three-chapters.wav"));
        String srt = Files.readString(threeChapters.resolve("three-chapters.srt"));
        List<String> cues = List.of(srt.strip().split("\n\n"));

        assertThat(cues.get(1)).startsWith("2\n").endsWith("\nChapter 1: The Storm");
        // A sentence is a cue of its own, on two lines when it is longer than one.
        assertThat(cues).anyMatch(cue -> cue.endsWith("\nThe wind came up from the\nsouth just after dark."))
                .anyMatch(cue -> cue.endsWith("\n\"We saw your light,\" the oldest one said."));
        int secondHeading = cues.indexOf(cues.stream().filter(c -> c.endsWith("\nChapter 2: The Boat")).findFirst()
                .orElseThrow());
        if (ExternalTool.isOnPath("ffprobe")) {
            List<String> rows = subtitlePackets("three-chapters.srt");
            assertThat(subtitlePackets("three-chapters.vtt")).isEqualTo(rows);
            assertThat(rows).hasSameSizeAs(cues);
            double previousEnd = 0;
            for (String row : rows) {
                String[] fields = row.split(",");
                double start = Double.parseDouble(fields[0]);
                double end = start + Double.parseDouble(fields[1]);
                assertThat(start).isGreaterThanOrEqualTo(previousEnd);
                assertThat(end).isGreaterThan(start).isLessThanOrEqualTo(wav.durationSeconds() + 0.001);
                previousEnd = end;
            }
            // The second chapter's heading cue starts with its first word, just after its chapter marker: the
            // voice's quiet lead before the word (a pause of about 220 ms at kevin16's pace) is not in the cue.
            double marker = wav.cuePoints().get(1).sampleOffset() / 16000.0;
            assertThat(Double.parseDouble(rows.get(secondHeading).split(",")[0])).isBetween(marker, marker + 0.3);
        }
    }

    /** Each cue's start and duration in seconds, as ffprobe reads the subtitles. */
    private static List<String> subtitlePackets(String file) throws Exception {
        ExternalTool.Result packets = ExternalTool.run("ffprobe", "-v", "error", "-show_entries",
                "packet=pts_time,duration_time", "-of", "csv=p=0", threeChapters.resolve(file).toString());
        assertThat(packets.exitCode()).as(packets.stderr()).isZero();
        return packets.stdout().lines().toList();
    }

    @Test
    void cuetoolsReadTheCueSheet() throws Exception {
        ExternalTool.require("cuebreakpoints", "cuetools");
        Path sheet = threeChapters.resolve("three-chapters.cue");
        CueSheetFile cue = CueSheetFile.read(sheet);

        ExternalTool.Result breakpoints = ExternalTool.run("cuebreakpoints", sheet.toString());
        ExternalTool.Result print = ExternalTool.run("cueprint", sheet.toString());

        assertThat(breakpoints.exitCode()).as(breakpoints.stderr()).isZero();
        List<String> expected = cue.tracks().stream().skip(1).map(t -> String.format("%d:%02d.%02d",
                t.cdFrames() / 75 / 60, t.cdFrames() / 75 % 60, t.cdFrames() % 75)).toList();
        assertThat(breakpoints.stdout().lines()).isEqualTo(expected);
        assertThat(print.exitCode()).as(print.stderr()).isZero();
        assertThat(print.stdout()).contains("no. of tracks:\t3").contains("Chapter 3: The Morning");
    }

    @Test
    void aStoryOfSevenParagraphsWithoutHeadingsGivesSevenTracks(@TempDir Path out) throws Exception {
        CommandRun run = CommandRun.of(STORIES.resolve("seven-paragraphs.txt").toString(), "-o", out.toString(), "-q");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).isEmpty();
        WavFile wav = WavFile.read(out.resolve("seven-paragraphs.wav"));
        CueSheetFile cue = CueSheetFile.read(out.resolve("seven-paragraphs.cue"));
        assertThat(wav.cuePoints()).hasSize(7);
        assertThat(cue.tracks()).hasSize(7);
        assertThat(cue.tracks().get(2).title()).isEqualTo("By six o'clock the bread was\u2026");
        if (ExternalTool.isOnPath("ffprobe")) {
            assertThat(FfprobeChapters.read(out.resolve("seven-paragraphs.wav"))).hasSize(7);
        }
    }

    @Test
    void aFolderIsConvertedFileByFile(@TempDir Path out) throws Exception {
        CommandRun run = CommandRun.of(STORIES.toString(), "-o", out.toString(), "--dry-run");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("three-chapters.txt").contains("seven-paragraphs.txt");
    }

    @Test
    void aTitlePageWithNothingUnderItIsReadAsTheBooksOneTrack(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), "The Title\n\nBy Some One\n\n* * *\n");
        CommandRun run = CommandRun.of(story.toString(), "-o", dir.resolve("out").toString(), "--dry-run");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("1 chapter, 2 segments").contains("  01  The Title  (2 segments");
    }

    @Test
    void dryRunPrintsThePlanAndWritesNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of(STORIES.resolve("three-chapters.txt").toString(), "-o", out.toString(),
                "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout())
                .contains("Title: The Lighthouse Keeper")
                .contains("3 chapters, 13 segments, about ")
                .contains("  01  Chapter 1: The Storm  (5 segments, about ")
                .contains("  03  Chapter 3: The Morning  (4 segments, about ");
        assertThat(out).doesNotExist();
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(CommandRun.of("--help").stdout()).contains("--dry-run").contains("--jobs");
        assertThat(CommandRun.of("--version").stdout()).startsWith("audiobook ");
    }
}
