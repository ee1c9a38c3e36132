package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.testing.CueSheetFile;
import dev.audiobook.testing.ExternalTool;
import dev.audiobook.testing.FfprobeChapters;
import dev.audiobook.testing.NovelGenerator;
import dev.audiobook.testing.WavFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

        // Run again: the jar knows its own build, so it sees the book is there without reading it again.
        FileTime written = Files.getLastModifiedTime(wav);
        ExternalTool.Result again = launch("-o", out.toString());
        assertThat(again.exitCode()).as(again.stderr()).isZero();
        assertThat(again.stderr()).contains("already up to date").doesNotContain("Wrote ");
        assertThat(Files.getLastModifiedTime(wav)).isEqualTo(written);
        try (var records = Files.list(out.resolve(".cache/finished"))) {
            assertThat(records.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.matches("the-long-walk\\.txt\\.[0-9a-f]{16}\\.book\\.properties"));
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
    void aRunKilledMidwayLeavesTheEarlierOutputAsItWasAndTheNextRunFinishesFromTheCache() throws Exception {
        Path story = out.resolve("story.txt");
        NovelGenerator.write(story, 150);
        Path books = Files.createDirectories(out.resolve("books"));
        byte[] earlierWav = "an earlier, good audiobook".getBytes();
        Files.write(books.resolve("story.wav"), earlierWav);
        Files.writeString(books.resolve("story.cue"), "earlier cue sheet");

        Process run = new ProcessBuilder("./audiobook", story.toString(), "-o", books.toString(), "-j", "1", "-q")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (largestTemporaryFile(books) < 20_000_000 && run.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(run.isAlive()).as("the run was still writing when killed").isTrue();
        run.destroyForcibly().waitFor();

        assertThat(Files.readAllBytes(books.resolve("story.wav"))).isEqualTo(earlierWav);
        assertThat(Files.readString(books.resolve("story.cue"))).isEqualTo("earlier cue sheet");

        ExternalTool.Result resumed = launch(story.toString(), "-o", books.toString());
        ExternalTool.Result clean = launch(story.toString(), "-o", out.resolve("clean").toString(), "-q", "--no-cache");
        assertThat(resumed.exitCode()).as(resumed.stderr()).isZero();
        assertThat(clean.exitCode()).as(clean.stderr()).isZero();
        Matcher counts = Pattern.compile("\\((\\d+) synthesized, (\\d+) from the cache\\)").matcher(resumed.stderr());
        assertThat(counts.find()).as(resumed.stderr()).isTrue();
        assertThat(Integer.parseInt(counts.group(2))).as("segments the killed run had made").isPositive();
        assertThat(Files.readAllBytes(books.resolve("story.wav")))
                .isEqualTo(Files.readAllBytes(out.resolve("clean/story.wav")));
        assertThat(Files.readAllBytes(books.resolve("story.cue")))
                .isEqualTo(Files.readAllBytes(out.resolve("clean/story.cue")));
    }

    /** Ctrl-C (SIGINT) or kill (SIGTERM) mid-run: one line, the shell's exit code, no litter, nothing lost. */
    @ParameterizedTest
    @CsvSource({"INT, 130", "TERM, 143"})
    void anInterruptedRunSaysHowFarItGotLeavesNoTemporaryFileAndTheNextRunFinishes(String signal, int exitCode)
            throws Exception {
        Path story = out.resolve("story.txt");
        NovelGenerator.write(story, 150);
        Path books = Files.createDirectories(out.resolve("books"));
        byte[] earlierWav = "an earlier, good audiobook".getBytes();
        Files.write(books.resolve("story.wav"), earlierWav);
        Path said = out.resolve("stderr.txt");

        Process run = new ProcessBuilder("./audiobook", story.toString(), "-o", books.toString(), "-j", "1",
                "--format", "wav,m4b")
                .redirectError(said.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (largestTemporaryFile(books) < 20_000_000 && run.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(run.isAlive()).as("the run was still writing when stopped").isTrue();
        long stopped = System.nanoTime();
        assertThat(ExternalTool.run("kill", "-" + signal, Long.toString(run.pid())).exitCode()).isZero();
        assertThat(run.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).as("exits soon after the signal").isTrue();

        System.out.printf("SIG%s: exit %d after %.2f s%n", signal, run.exitValue(), (System.nanoTime() - stopped) / 1e9);
        assertThat(run.exitValue()).isEqualTo(exitCode);
        List<String> lines = Files.readAllLines(said);
        assertThat(lines.get(lines.size() - 1))
                .matches("audiobook: interrupted; \\d+ of \\d+ segments are kept in the cache, run again to finish");
        try (var files = Files.list(books)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> !n.equals(".cache"))).containsExactly("story.wav");
        }
        assertThat(Files.readAllBytes(books.resolve("story.wav"))).isEqualTo(earlierWav);
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(books.toString())))
                .as("no encoder left running").isEmpty();

        ExternalTool.Result resumed = launch(story.toString(), "-o", books.toString(), "-q", "--format", "wav,m4b");
        ExternalTool.Result clean = launch(story.toString(), "-o", out.resolve("clean").toString(), "-q", "--no-cache");
        assertThat(resumed.exitCode()).as(resumed.stderr()).isZero();
        assertThat(clean.exitCode()).as(clean.stderr()).isZero();
        assertThat(Files.readAllBytes(books.resolve("story.wav")))
                .isEqualTo(Files.readAllBytes(out.resolve("clean/story.wav")));
    }

    @Test
    void aLongBookFitsInASmallHeapAndBoundedMemory() throws Exception {
        Path story = out.resolve("long.txt");
        NovelGenerator.write(story, 600);
        List<String> command = new ArrayList<>();
        boolean measured = Files.isExecutable(Path.of("/usr/bin/time"));
        if (measured) {
            command.addAll(List.of("/usr/bin/time", "-f", "peak-rss-kb=%M"));
        } else {
            System.err.println("SKIPPED part: /usr/bin/time is not installed (apt-get install time); peak memory not measured");
        }
        command.addAll(List.of("env", "AUDIOBOOK_JAVA_OPTS=-Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1",
                "./audiobook", story.toString(), "-o", out.resolve("books").toString(), "-q", "--no-cache"));

        ExternalTool.Result run = ExternalTool.run(command);

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        WavFile wav = WavFile.read(out.resolve("books/long.wav"));
        assertThat(wav.durationSeconds() / 3600).as("hours of audio").isGreaterThan(7);
        if (measured) {
            Matcher peak = Pattern.compile("peak-rss-kb=(\\d+)").matcher(run.stderr());
            assertThat(peak.find()).as(run.stderr()).isTrue();
            long peakMb = Long.parseLong(peak.group(1)) / 1024;
            System.out.println("peak resident memory for " + Math.round(wav.durationSeconds() / 3600) + " h of audio: "
                    + peakMb + " MB");
            assertThat(peakMb).isLessThanOrEqualTo(256);
        }
    }

    /**
     * 64 voices and their segments in flight would need about 1.3 GB; the launcher's heap holds five, and the
     * run says so in one line and makes the book with as many as fit, the same bytes as with one job.
     */
    @Test
    void moreJobsThanTheLaunchersHeapHoldsRunAsManyAsFitAndSaySo() throws Exception {
        Path story = out.resolve("story.txt");
        NovelGenerator.write(story, 150);

        ExternalTool.Result run = launch(story.toString(), "-o", out.resolve("many").toString(), "-q", "-j", "64",
                "--no-cache");
        ExternalTool.Result one = launch(story.toString(), "-o", out.resolve("one").toString(), "-q", "-j", "1",
                "--no-cache");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).matches("audiobook: warning: -j 64 needs more memory than this run has \\(\\d+ MB\\); "
                + "using \\d+ jobs \\(give Java more with AUDIOBOOK_JAVA_OPTS=-Xmx1g\\)\n");
        assertThat(one.exitCode()).as(one.stderr()).isZero();
        assertThat(Files.readAllBytes(out.resolve("many/story.wav")))
                .isEqualTo(Files.readAllBytes(out.resolve("one/story.wav")));
    }

    @Test
    void aBookLargerThanTheHeapIsOneLineAndExitCodeSeventyAndWritesNothing() throws Exception {
        Path story = out.resolve("large.txt");
        NovelGenerator.write(story, 4000);
        Path books = out.resolve("large-books");

        ExternalTool.Result run = ExternalTool.run("env", "AUDIOBOOK_JAVA_OPTS=-Xmx24m -XX:+UseSerialGC", "./audiobook",
                story.toString(), "-o", books.toString(), "-q");

        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(70);
        assertThat(run.stderr()).startsWith("audiobook: ran out of memory (").contains("AUDIOBOOK_JAVA_OPTS=-Xmx1g")
                .hasLineCount(1).doesNotContain("\tat ");
        if (Files.exists(books)) {
            try (var files = Files.list(books)) {
                assertThat(files.filter(f -> !f.getFileName().toString().startsWith("."))).isEmpty();
            }
        }
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
