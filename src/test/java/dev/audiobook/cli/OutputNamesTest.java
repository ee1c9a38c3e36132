package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.CueSheetFile;
import dev.audiobook.testing.ExternalTool;
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
    void aBookNamedWithQuotesOrALineBreakIsWrittenUnderANameItsCueSheetNames() throws Exception {
        Path quoted = Files.writeString(dir.resolve("my \"odd\" 'book'.txt"), "The road was quiet.");
        Path twoLines = Files.writeString(dir.resolve("two\nlines.txt"), "They came back before dark.");
        Path out = dir.resolve("out");

        CommandRun run = CommandRun.of(quoted.toString(), twoLines.toString(), "-o", out.toString(), "-q");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(names(out)).containsExactly("my odd 'book'.cue", "my odd 'book'.srt", "my odd 'book'.wav",
                "two lines.cue", "two lines.srt", "two lines.wav");
        for (String book : List.of("my odd 'book'", "two lines")) {
            Path sheet = out.resolve(book + ".cue");
            assertThat(out.resolve(CueSheetFile.read(sheet).file())).isRegularFile();
            if (ExternalTool.isOnPath("cuebreakpoints")) {
                ExternalTool.Result parsed = ExternalTool.run("cuebreakpoints", sheet.toString());
                assertThat(parsed.exitCode()).as(parsed.stderr()).isZero();
            }
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
