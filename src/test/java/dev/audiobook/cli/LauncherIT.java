package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.testing.CueSheetFile;
import dev.audiobook.testing.ExternalTool;
import dev.audiobook.testing.FfprobeChapters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, run as a user runs it: ./audiobook on the sample in input/, in a real JVM. */
class LauncherIT {
    @TempDir
    Path out;

    @Test
    void convertsTheSampleInInputWithChaptersThatPlayersSee() throws Exception {
        ExternalTool.Result run = launch("-o", out.toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).doesNotContain("building").contains("Wrote ");
        Path wav = out.resolve("the-long-walk.wav");
        Path cue = out.resolve("the-long-walk.cue");
        assertThat(CueSheetFile.read(cue).tracks()).extracting(CueSheetFile.Track::title)
                .containsExactly("Chapter I: The Map", "Chapter II: The Hills", "Chapter III: The Lake");
        if (ExternalTool.isOnPath("ffprobe")) {
            assertThat(FfprobeChapters.read(wav)).extracting(FfprobeChapters.Chapter::title)
                    .containsExactly("Chapter I: The Map", "Chapter II: The Hills", "Chapter III: The Lake");
        }
        if (ExternalTool.isOnPath("cuebreakpoints")) {
            assertThat(ExternalTool.run("cuebreakpoints", cue.toString()).stdout().lines()).hasSize(2);
        }
    }

    @Test
    void aMissingInputIsOneLineAndExitCodeOne() throws Exception {
        ExternalTool.Result run = launch("no-such-story.txt", "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).isEqualTo("audiobook: no-such-story.txt: no such file or folder\n");
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void versionNeedsNoRebuild() throws Exception {
        ExternalTool.Result run = launch("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).startsWith("audiobook 0.1.0");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void aRunKilledMidwayLeavesTheEarlierOutputAsItWas() throws Exception {
        Path story = out.resolve("story.txt");
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            text.append("This is a long paragraph number ").append(i)
                    .append(", and it goes on for a while so that the audio takes some time to make.\n\n");
        }
        Files.writeString(story, text);
        Path books = Files.createDirectories(out.resolve("books"));
        byte[] earlierWav = "an earlier, good audiobook".getBytes();
        Files.write(books.resolve("story.wav"), earlierWav);
        Files.writeString(books.resolve("story.cue"), "earlier cue sheet");

        Process run = new ProcessBuilder("./audiobook", story.toString(), "-o", books.toString(), "-j", "1", "-q")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (largestTemporaryFile(books) < 1_000_000 && run.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(run.isAlive()).as("the run was still writing when killed").isTrue();
        run.destroyForcibly().waitFor();

        assertThat(Files.readAllBytes(books.resolve("story.wav"))).isEqualTo(earlierWav);
        assertThat(Files.readString(books.resolve("story.cue"))).isEqualTo("earlier cue sheet");
    }

    private static long largestTemporaryFile(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part"))
                    .mapToLong(p -> p.toFile().length()).max().orElse(0);
        }
    }

    private static ExternalTool.Result launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("./audiobook"));
        command.addAll(List.of(args));
        return ExternalTool.run(command);
    }
}
