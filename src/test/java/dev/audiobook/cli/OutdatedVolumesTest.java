package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.testing.CommandRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book that shrinks from two volumes to one: the run that makes the one file removes the volumes it made
 * before (audio, cue sheets, subtitles), and nothing else, such as a file of the user's with a volume's name.
 */
class OutdatedVolumesTest {
    @TempDir
    Path dir;

    private static String book(int chapters) {
        return IntStream.rangeClosed(1, chapters)
                .mapToObj(n -> "CHAPTER " + n + "\n\nIt rained all day and the roads were wet.\n")
                .collect(Collectors.joining("\n\n"));
    }

    @Test
    void theVolumesOfALongerEditionGoAndTheUsersFilesStay() throws Exception {
        Path input = dir.resolve("diary.txt");
        Path out = dir.resolve("out");
        Files.writeString(input, book(110));
        CommandRun twoVolumes = CommandRun.of(input.toString(), "-o", out.toString(), "-q");
        assertThat(twoVolumes.exitCode()).as(twoVolumes.stderr()).isZero();
        assertThat(names(out)).containsExactly("diary-vol01.cue", "diary-vol01.srt", "diary-vol01.vtt",
                "diary-vol01.wav", "diary-vol02.cue", "diary-vol02.srt", "diary-vol02.vtt", "diary-vol02.wav");
        Files.writeString(out.resolve("diary-vol03.wav"), "the user's own recording");

        Files.writeString(input, book(40));
        CommandRun oneVolume = CommandRun.of(input.toString(), "-o", out.toString(), "-q");

        assertThat(oneVolume.exitCode()).as(oneVolume.stderr()).isZero();
        assertThat(names(out)).containsExactly("diary-vol03.wav", "diary.cue", "diary.srt", "diary.vtt", "diary.wav");
        assertThat(Files.readString(out.resolve("diary-vol03.wav"))).isEqualTo("the user's own recording");
    }

    private static java.util.List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
