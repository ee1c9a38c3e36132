package dev.audiobook.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskSegmentCacheTest {
    private static final String KEY = SegmentKey.of("voice=kevin16", "Hello.");
    private static final byte[] PCM = {1, 0, -2, 3, 100, -100, 0, 0};

    @TempDir
    Path dir;

    @Test
    void anEntryReadsBackAsItWasWritten() {
        new DiskSegmentCache(dir).put(KEY, PCM);

        assertThat(new DiskSegmentCache(dir).get(KEY)).hasValueSatisfying(pcm -> assertThat(pcm).isEqualTo(PCM));
        assertThat(new DiskSegmentCache(dir).get(SegmentKey.of("voice=kevin16", "Goodbye."))).isEmpty();
    }

    @Test
    void aDamagedEntryIsNotReadAsSpeech() throws Exception {
        new DiskSegmentCache(dir).put(KEY, PCM);
        Path entry = entryFile();
        byte[] whole = Files.readAllBytes(entry);

        byte[] flipped = whole.clone();
        flipped[3] ^= 0x10;
        // What a power cut can leave of a file written just before: nothing, a part, or blocks of zeros.
        for (byte[] damaged : List.of(flipped, new byte[0], Arrays.copyOf(whole, whole.length - 3),
                Arrays.copyOf(whole, 4), new byte[whole.length], PCM)) {
            Files.write(entry, damaged);
            assertThat(new DiskSegmentCache(dir).get(KEY)).as("entry %s", Arrays.toString(damaged)).isEmpty();
        }

        new DiskSegmentCache(dir).put(KEY, PCM);
        assertThat(new DiskSegmentCache(dir).get(KEY)).hasValueSatisfying(pcm -> assertThat(pcm).isEqualTo(PCM));
    }

    @Test
    void silenceIsAnEntryToo() {
        new DiskSegmentCache(dir).put(KEY, new byte[0]);

        assertThat(new DiskSegmentCache(dir).get(KEY)).hasValueSatisfying(pcm -> assertThat(pcm).isEmpty());
    }

    private Path entryFile() throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pcm")).findFirst().orElseThrow();
        }
    }
}
