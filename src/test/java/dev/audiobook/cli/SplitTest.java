package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.WavFile;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --split: a WAV file per chapter, in order, that together are the whole book, and a playlist. */
class SplitTest {
    private static final Path STORY = Path.of("src/test/resources/stories/three-chapters.txt");

    @TempDir
    Path dir;

    @Test
    void oneFilePerChapterSummingToTheWholeBookAndAPlaylist() throws Exception {
        Path whole = dir.resolve("whole");
        Path split = dir.resolve("split");
        CommandRun one = CommandRun.of(STORY.toString(), "-o", whole.toString(), "-q", "--author", "A. Writer");
        CommandRun many = CommandRun.of(STORY.toString(), "-o", split.toString(), "-q", "--split", "--author",
                "A. Writer");

        assertThat(one.exitCode()).as(one.stderr()).isZero();
        assertThat(many.exitCode()).as(many.stderr()).isZero();
        assertThat(names(split)).containsExactly(
                "three-chapters - 01 - Chapter 1 The Storm.wav", "three-chapters - 02 - Chapter 2 The Boat.wav",
                "three-chapters - 03 - Chapter 3 The Morning.wav", "three-chapters.m3u",
                "three-chapters.srt", "three-chapters.vtt");

        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        List<String> chapterFiles = names(split).stream().filter(n -> n.endsWith(".wav")).toList();
        for (String name : chapterFiles) {
            Path file = split.resolve(name);
            WavFile wav = WavFile.read(file);
            byte[] bytes = Files.readAllBytes(file);
            joined.write(bytes, (int) wav.dataOffset(), (int) wav.dataSize());
            assertThat(wav.chapterTitles()).hasSize(1);
            assertThat(wav.info()).containsEntry("INAM", wav.chapterTitles().get(0)).containsEntry("IART", "A. Writer");
        }
        WavFile wholeWav = WavFile.read(whole.resolve("three-chapters.wav"));
        byte[] wholeBytes = Files.readAllBytes(whole.resolve("three-chapters.wav"));
        byte[] wholeData = java.util.Arrays.copyOfRange(wholeBytes, (int) wholeWav.dataOffset(),
                (int) (wholeWav.dataOffset() + wholeWav.dataSize()));
        assertThat(joined.toByteArray()).isEqualTo(wholeData);

        List<String> playlist = Files.readAllLines(split.resolve("three-chapters.m3u"));
        assertThat(playlist.get(0)).isEqualTo("#EXTM3U");
        assertThat(playlist).containsSubsequence("#EXTINF:" + Math.round(WavFile.read(split.resolve(chapterFiles.get(1)))
                .durationSeconds()) + ",A. Writer - Chapter 2: The Boat", chapterFiles.get(1));
        assertThat(Files.readString(split.resolve("three-chapters.srt")))
                .isEqualTo(Files.readString(whole.resolve("three-chapters.srt")));
    }

    @Test
    void aRerunWithNothingChangedLeavesTheChapterFilesAsTheyAre() throws Exception {
        Path out = dir.resolve("out");
        CommandRun first = CommandRun.of(STORY.toString(), "-o", out.toString(), "--split");
        Map<String, FileTime> times = times(out);
        CommandRun second = CommandRun.of(STORY.toString(), "-o", out.toString(), "--split");

        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(second.stderr()).contains("already up to date").doesNotContain("Wrote");
        assertThat(times(out)).isEqualTo(times).hasSize(6);
    }

    @Test
    void aChapterFileRemovedOrAnEditMakesTheFilesAgainAsACleanRunWould() throws Exception {
        Path out = dir.resolve("out");
        Path story = Files.copy(STORY, dir.resolve("three-chapters.txt"));
        CommandRun.of(story.toString(), "-o", out.toString(), "--split", "-q");
        Files.delete(out.resolve("three-chapters - 02 - Chapter 2 The Boat.wav"));
        CommandRun afterRemoval = CommandRun.of(story.toString(), "-o", out.toString(), "--split");
        Files.writeString(story, Files.readString(story).replace("Chapter 2: The Boat", "Chapter 2: The Ship"));
        CommandRun afterEdit = CommandRun.of(story.toString(), "-o", out.toString(), "--split");
        CommandRun clean = CommandRun.of(story.toString(), "-o", dir.resolve("clean").toString(), "--split", "-q",
                "--no-cache");

        assertThat(afterRemoval.stderr()).contains("(0 synthesized, ");
        assertThat(afterEdit.stderr()).contains("(1 synthesized, ");
        assertThat(clean.exitCode()).isZero();
        assertThat(names(out)).containsExactlyElementsOf(names(dir.resolve("clean")))
                .contains("three-chapters - 02 - Chapter 2 The Ship.wav");
        for (String name : names(out)) {
            assertThat(Files.readAllBytes(out.resolve(name))).as(name)
                    .isEqualTo(Files.readAllBytes(dir.resolve("clean").resolve(name)));
        }
    }

    @Test
    void splittingGoesOnlyWithWav() {
        CommandRun run = CommandRun.of(STORY.toString(), "--split", "--format", "mp3", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("--split writes a WAV file per chapter; it does not go with --format mp3");
    }

    private static Map<String, FileTime> times(Path out) throws Exception {
        Map<String, FileTime> times = new TreeMap<>();
        for (String name : names(out)) {
            times.put(name, Files.getLastModifiedTime(out.resolve(name)));
        }
        return times;
    }

    private static List<String> names(Path out) throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
