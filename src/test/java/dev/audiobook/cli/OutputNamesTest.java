package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.CueSheetFile;
import dev.audiobook.testing.ExternalTool;
import dev.audiobook.testing.WavFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The names of the files a run writes: each book's own, and ones its cue sheet can name exactly. */
class OutputNamesTest {
    @TempDir
    Path dir;

    @Test
    void twoBooksOfOneNameInAFolderAreBothWrittenAndEachIsUpToDateWithItsOwnLength() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("input"));
        Path markdown = Files.writeString(folder.resolve("story.md"), "The road was quiet.");
        Path text = Files.writeString(folder.resolve("story.txt"),
                "They came back before dark, and the house was warm, and the fire was lit for the night.");
        Path out = dir.resolve("out");

        CommandRun first = CommandRun.of(folder.toString(), "-o", out.toString(), "-q");
        CommandRun again = CommandRun.of(folder.toString(), "-o", out.toString());

        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(names(out)).containsExactly("story (txt).cue", "story (txt).srt", "story (txt).vtt",
                "story (txt).wav", "story.cue", "story.srt", "story.vtt", "story.wav");
        assertThat(Files.readString(out.resolve("story.srt"))).contains("The road was quiet.");
        assertThat(Files.readString(out.resolve("story (txt).srt"))).contains("They came back before dark");
        assertThat(CueSheetFile.read(out.resolve("story (txt).cue")).file()).isEqualTo("story (txt).wav");
        assertThat(again.exitCode()).as(again.stderr()).isZero();
        assertThat(again.stderr().lines()).containsExactly(
                upToDate(markdown, WavFile.read(out.resolve("story.wav"))),
                upToDate(text, WavFile.read(out.resolve("story (txt).wav"))));
    }

    @Test
    void booksOfOneNameInTwoFoldersAreToldApartByFolderWhateverTheOrderGiven() throws Exception {
        Path a = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("story.txt"), "The road was quiet.");
        Path b = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("story.txt"), "Nobody slept.");
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of(b.toString(), a.toString(), "-o", out.toString(), "-q");
        CommandRun again = CommandRun.of(a.toString(), b.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(Files.readString(out.resolve("story.srt"))).contains("The road was quiet.");
        assertThat(Files.readString(out.resolve("story (b).srt"))).contains("Nobody slept.");
        assertThat(again.stderr().lines()).containsExactly(upToDate(a, WavFile.read(out.resolve("story.wav"))),
                upToDate(b, WavFile.read(out.resolve("story (b).wav"))));
    }

    @Test
    void eachBookRemovesItsOwnOutdatedFilesAndNoneOfTheOthersOfTheSameName() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("input"));
        Files.writeString(folder.resolve("story.md"), "# One\n\nThe road was quiet.\n\n# Two\n\nNobody slept.");
        Files.writeString(folder.resolve("story.txt"), "Chapter 1\n\nThey came back before dark.");
        Path out = dir.resolve("out");

        CommandRun whole = CommandRun.of(folder.toString(), "-o", out.toString(), "-q");
        CommandRun split = CommandRun.of(folder.toString(), "-o", out.toString(), "-q", "--split");

        assertThat(whole.exitCode()).as(whole.stderr()).isZero();
        assertThat(split.exitCode()).as(split.stderr()).isZero();
        assertThat(names(out)).contains("story - 01 - One.wav", "story - 02 - Two.wav", "story.m3u", "story.srt",
                "story.vtt", "story (txt) - 01 - Chapter 1.wav", "story (txt).m3u", "story (txt).srt",
                "story (txt).vtt")
                .doesNotContain("story.wav", "story (txt).wav");
    }

    @Test
    void aBookNamedWithQuotesOrALineBreakIsWrittenUnderANameItsCueSheetNames() throws Exception {
        Path quoted = Files.writeString(dir.resolve("my \"odd\" 'book'.txt"), "The road was quiet.");
        Path twoLines = Files.writeString(dir.resolve("two\nlines.txt"), "They came back before dark.");
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of(quoted.toString(), twoLines.toString(), "-o", out.toString(), "-q");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(names(out)).containsExactly("my odd 'book'.cue", "my odd 'book'.srt", "my odd 'book'.vtt",
                "my odd 'book'.wav", "two lines.cue", "two lines.srt", "two lines.vtt", "two lines.wav");
        for (String book : List.of("my odd 'book'", "two lines")) {
            Path sheet = out.resolve(book + ".cue");
            assertThat(out.resolve(CueSheetFile.read(sheet).file())).isRegularFile();
            if (ExternalTool.isOnPath("cuebreakpoints")) {
                ExternalTool.Result parsed = ExternalTool.run("cuebreakpoints", sheet.toString());
                assertThat(parsed.exitCode()).as(parsed.stderr()).isZero();
            }
        }
    }

    private static String upToDate(Path source, WavFile wav) {
        return source + ": " + Durations.format(wav.durationSeconds()) + " of audio, already up to date (nothing in "
                + "it changed)";
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
