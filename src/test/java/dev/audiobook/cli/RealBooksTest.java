package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.CueSheetFile;
import dev.audiobook.testing.ExternalTool;
import dev.audiobook.testing.FfprobeChapters;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Books as they come: long ones, several files, odd encodings, a user's own chapter marks. */
class RealBooksTest {
    private static final Path CHAPTERS = Path.of("src/test/resources/chapters");

    @TempDir
    Path dir;

    @Test
    void aBookOfMoreThan99ChaptersBecomesVolumesThatReachEveryChapter() throws Exception {
        Path book = Files.writeString(dir.resolve("long-novel.txt"), novel(150));
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of(book.toString(), "-o", out.toString(), "-q", "-j", "2");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(names(out)).containsExactly("long-novel-vol01.cue", "long-novel-vol01.srt",
                "long-novel-vol01.vtt", "long-novel-vol01.wav",
                "long-novel-vol02.cue", "long-novel-vol02.srt", "long-novel-vol02.vtt", "long-novel-vol02.wav");
        List<String> titles = new ArrayList<>();
        for (String volume : List.of("long-novel-vol01", "long-novel-vol02")) {
            CueSheetFile cue = CueSheetFile.read(out.resolve(volume + ".cue"));
            assertThat(cue.tracks()).hasSize(75);
            assertThat(cue.file()).isEqualTo(volume + ".wav");
            assertThat(cue.tracks().get(0).cdFrames()).isZero();
            cue.tracks().forEach(t -> titles.add(t.title()));
            if (ExternalTool.isOnPath("ffprobe")) {
                assertThat(FfprobeChapters.read(out.resolve(volume + ".wav")))
                        .extracting(FfprobeChapters.Chapter::title)
                        .isEqualTo(cue.tracks().stream().map(CueSheetFile.Track::title).toList());
            }
            if (ExternalTool.isOnPath("cuebreakpoints")) {
                ExternalTool.Result breakpoints = ExternalTool.run("cuebreakpoints", out.resolve(volume + ".cue").toString());
                assertThat(breakpoints.exitCode()).isZero();
                assertThat(breakpoints.stdout().lines()).hasSize(74);
            }
        }
        assertThat(titles).isEqualTo(IntStream.rangeClosed(1, 150).mapToObj(i -> "Chapter " + i).toList());
        assertThat(CueSheetFile.read(out.resolve("long-novel-vol02.cue")).title())
                .isEqualTo("Long Novel (Volume 2 of 2)");

        // The same book, shorter now, fits one file: the old volumes go.
        Files.writeString(book, novel(5));
        CommandRun again = CommandRun.of(book.toString(), "-o", out.toString(), "-q");
        assertThat(again.exitCode()).as(again.stderr()).isZero();
        assertThat(names(out)).containsExactly("long-novel.cue", "long-novel.srt", "long-novel.vtt", "long-novel.wav");
    }

    @Test
    void aBookOf365ChaptersPlansFourEvenVolumes() throws Exception {
        Path book = Files.writeString(dir.resolve("year.txt"), novel(365));

        CommandRun run = CommandRun.of(book.toString(), "--dry-run", "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("365 chapters")
                .contains("Volume 1 of 4 -> ").contains("Volume 4 of 4 -> ")
                .contains("year-vol04.wav").doesNotContain("Volume 5")
                .contains("  92  Chapter 92  (").contains("  89  Chapter 365  (").doesNotContain("  93  ");
    }

    @Test
    void severalFilesJoinedMakeOneBookWithAChapterEach() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("my-story"));
        Files.writeString(folder.resolve("01-arrival.txt"), "It was late when the bus arrived in the village.");
        Files.writeString(folder.resolve("02.txt"), "Chapter Two: The Inn\n\nThe inn had one room left, under the roof.");
        Files.writeString(folder.resolve("03-leaving.txt"), "# Leaving\n\nIn the morning the bus came back.");
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of(folder.toString(), "--join", "--author", "A. Writer",
                "-o", out.toString(), "-q");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        CueSheetFile cue = CueSheetFile.read(out.resolve("my-story.cue"));
        assertThat(cue.title()).isEqualTo("My Story");
        assertThat(cue.performer()).isEqualTo("A. Writer");
        assertThat(cue.tracks()).extracting(CueSheetFile.Track::title)
                .containsExactly("01 Arrival", "Chapter Two: The Inn", "Leaving");
    }

    @Test
    void joinedHtmlFilesAreTitledByTheirOwnHeadingElseTheirPageTitle() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("my-story"));
        Files.writeString(folder.resolve("01.html"), "<html><head><title>My Story</title></head><body>"
                + "<h1>The Storm</h1><p>The wind came up from the south.</p></body></html>");
        Files.writeString(folder.resolve("02.html"), "<html><head><title>The Calm</title></head><body>"
                + "<p>In the morning the sea was still.</p></body></html>");
        Files.writeString(folder.resolve("03.txt"), "It was late when the bus arrived in the village.");

        CommandRun run = CommandRun.of(folder.toString(), "--join", "--show-text");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("  01  The Storm  (2 segments").contains("  02  The Calm  (2 segments")
                .contains("  03  03  (2 segments").containsOnlyOnce("The Storm.");
    }

    @Test
    void aWindows1252FilePlansWithoutGarbledCharacters() throws Exception {
        CommandRun run = CommandRun.of(CHAPTERS.resolve("windows-1252.txt").toString(), "--show-text");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("Encoding: windows-1252").contains("said Renée")
                .doesNotContain("\uFFFD").doesNotContain("Ã").doesNotContain("â€");
    }

    @Test
    void gutenbergBooksSpeakNeitherContentsNorLicence() throws Exception {
        for (String book : List.of("gutenberg-modern", "gutenberg-old-latin1", "gutenberg-oldest-crlf")) {
            CommandRun run = CommandRun.of(CHAPTERS.resolve(book + ".txt").toString(), "--show-text");

            assertThat(run.exitCode()).as(run.stderr()).isZero();
            String spoken = run.stdout().lines().filter(l -> l.startsWith("        | "))
                    .collect(Collectors.joining("\n")).toLowerCase();
            assertThat(spoken).as(book).doesNotContain("gutenberg").doesNotContain("license")
                    .doesNotContain("contents").doesNotContain("produced by").doesNotContain("illustration");
        }
    }

    @Test
    void theEncodingCanBeGiven() throws Exception {
        Path latin1 = Files.write(dir.resolve("latin1.txt"),
                "Chapter 1\n\nA na\u00efve caf\u00e9 owner.\n".getBytes(Charset.forName("ISO-8859-1")));

        CommandRun run = CommandRun.of(latin1.toString(), "--show-text", "--encoding", "ISO-8859-1");
        CommandRun bad = CommandRun.of(latin1.toString(), "--dry-run", "--encoding", "klingon");

        assertThat(run.stdout()).contains("Encoding: ISO-8859-1").contains("A na\u00efve caf\u00e9 owner.");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.stderr()).startsWith("--encoding: unknown encoding 'klingon'");
    }

    @Test
    void aChapterPatternReplacesHeadingDetection() throws Exception {
        Path story = Files.writeString(dir.resolve("marked.txt"), String.join("\n\n",
                "=== The First Night ===", "Chapter 1 of the old notes was here, but it is only a line of text.",
                "=== The Second Night ===", "Nobody slept."));

        CommandRun run = CommandRun.of(story.toString(), "--show-text", "--chapter-pattern", "=== .* ===");
        CommandRun bad = CommandRun.of(story.toString(), "--dry-run", "--chapter-pattern", "(unclosed");

        assertThat(run.stdout()).contains("  01  The First Night  (").contains("  02  The Second Night  (")
                .contains("| The First Night.\n").contains("| Chapter one of the old notes").contains("2 chapters");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.stderr()).startsWith("--chapter-pattern: not a regular expression");
    }

    @Test
    void aChapterPatternThatMatchesNoLineSaysSoInOneLineAndTheBookIsStillMade() throws Exception {
        Path story = Files.writeString(dir.resolve("marked.txt"), String.join("\n\n",
                "=== The First Night ===", "Nobody slept.", "=== The Second Night ===", "Everybody slept."));
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of(story.toString(), "-o", out.toString(), "-q", "--chapter-pattern", "--- .* ---");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).isEqualTo("audiobook: warning: " + story + ": --chapter-pattern '--- .* ---' matched "
                + "no line; the tracks are cut as in a text without headings\n");
        assertThat(names(out)).containsExactly("marked.cue", "marked.srt", "marked.vtt", "marked.wav");
    }

    private static String novel(int chapters) {
        return IntStream.rangeClosed(1, chapters)
                .mapToObj(i -> "Chapter " + i + "\n\nThe road went on, and on day " + i + " they walked.")
                .collect(Collectors.joining("\n\n"));
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".cache")).sorted().toList();
        }
    }
}
