package dev.audiobook.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void theTargetChangesOnlyOnCommit() throws Exception {
        Path target = Files.writeString(dir.resolve("book.cue"), "old");
        try (AtomicFile file = AtomicFile.create(target)) {
            Files.writeString(file.path(), "new");
            assertThat(Files.readString(target)).isEqualTo("old");
            file.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("new");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(target);
        }
    }

    @Test
    void anUncommittedFileLeavesTheOldOutputAndNoTemporaryFile() throws Exception {
        Path target = Files.writeString(dir.resolve("book.wav"), "good earlier output");
        try (AtomicFile file = AtomicFile.create(target)) {
            Files.writeString(file.path(), "half-written");
        }
        assertThat(Files.readString(target)).isEqualTo("good earlier output");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(target);
        }
    }

    @Test
    void temporaryFilesOfAKilledRunAreRemovedButALiveRunsAreKept() throws Exception {
        Path target = dir.resolve("book.wav");
        Path abandoned = Files.writeString(dir.resolve(".book.wav.123.part"), "killed run");
        Files.setLastModifiedTime(abandoned, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - AtomicFile.ABANDONED_AFTER.toMillis() - 60_000));
        Path live = Files.writeString(dir.resolve(".book.wav.456.part"), "running");
        Path other = Files.writeString(dir.resolve(".other.wav.789.part"), "another book");
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(abandoned));

        AtomicFile.removeAbandoned(target);

        assertThat(abandoned).doesNotExist();
        assertThat(live).exists();
        assertThat(other).exists();
    }
}
