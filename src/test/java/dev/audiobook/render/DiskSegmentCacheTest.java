package dev.audiobook.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskSegmentCacheTest {
    private static final String KEY = key(0);
    private static final byte[] PCM = {1, 0, -2, 3, 100, -100, 0, 0};

    @TempDir
    Path dir;

    private final List<String> warnings = new java.util.ArrayList<>();

    @Test
    void entriesReadBackAsTheyWereWrittenFromOnePackPerRun() throws Exception {
        try (DiskSegmentCache cache = new DiskSegmentCache(dir)) {
            cache.put(KEY, PCM);
            cache.put(key(1), new byte[] {7, 7});
            assertThat(cache.get(KEY)).hasValueSatisfying(pcm -> assertThat(pcm).isEqualTo(PCM));
        }

        try (DiskSegmentCache later = new DiskSegmentCache(dir)) {
            assertThat(later.get(KEY)).hasValueSatisfying(pcm -> assertThat(pcm).isEqualTo(PCM));
            assertThat(later.get(key(1))).hasValueSatisfying(pcm -> assertThat(pcm).containsExactly(7, 7));
            assertThat(later.get(key(2))).isEmpty();
        }
        assertThat(packs()).hasSize(1);
    }

    @Test
    void aDamagedEntryIsNotReadAsSpeechAndIsMadeAgain() throws Exception {
        try (DiskSegmentCache cache = new DiskSegmentCache(dir)) {
            cache.put(KEY, PCM);
        }
        Path pack = packs().get(0);
        byte[] whole = Files.readAllBytes(pack);

        byte[] flipped = whole.clone();
        flipped[whole.length - 6] ^= 0x10;
        // What a power cut can leave of a file written just before: nothing, a part, or blocks of zeros.
        for (byte[] damaged : List.of(flipped, new byte[0], Arrays.copyOf(whole, whole.length - 3),
                new byte[whole.length])) {
            Files.write(pack, damaged);
            try (DiskSegmentCache cache = new DiskSegmentCache(dir, warnings::add)) {
                assertThat(cache.get(KEY)).as("pack %s", Arrays.toString(damaged)).isEmpty();
            }
        }
        // An entry cut short or zeroed, as a killed run leaves it, is no entry: only the flipped one was one.
        assertThat(warnings).containsExactly(pack + " holds a damaged segment; it is made again");

        try (DiskSegmentCache cache = new DiskSegmentCache(dir)) {
            assertThat(cache.get(KEY)).isEmpty();
            cache.put(KEY, PCM);
            assertThat(cache.get(KEY)).hasValueSatisfying(pcm -> assertThat(pcm).isEqualTo(PCM));
        }
        try (DiskSegmentCache cache = new DiskSegmentCache(dir)) {
            assertThat(cache.get(KEY)).hasValueSatisfying(pcm -> assertThat(pcm).isEqualTo(PCM));
        }
    }

    @Test
    void aPackCutShortByAKilledRunKeepsTheEntriesBeforeTheCut() throws Exception {
        try (DiskSegmentCache cache = new DiskSegmentCache(dir)) {
            for (int i = 0; i < 3; i++) {
                cache.put(key(i), new byte[1000]);
            }
        }
        Path pack = packs().get(0);
        byte[] whole = Files.readAllBytes(pack);
        Files.write(pack, Arrays.copyOf(whole, whole.length - 500));

        try (DiskSegmentCache cache = new DiskSegmentCache(dir)) {
            assertThat(cache.get(key(0))).isPresent();
            assertThat(cache.get(key(1))).isPresent();
            assertThat(cache.get(key(2))).isEmpty();
            assertThat(cache.keys()).containsExactlyInAnyOrder(key(0), key(1));
        }
    }

    @Test
    void runsAtOnceEachWriteTheirOwnPackAndReadEachOthers() throws Exception {
        try (DiskSegmentCache one = new DiskSegmentCache(dir); DiskSegmentCache two = new DiskSegmentCache(dir)) {
            IntStream.range(0, 40).parallel().forEach(i -> (i % 2 == 0 ? one : two).put(key(i), new byte[] {(byte) i, 0}));
        }

        assertThat(packs()).hasSize(2);
        try (DiskSegmentCache cache = new DiskSegmentCache(dir)) {
            for (int i = 0; i < 40; i++) {
                assertThat(cache.get(key(i))).as("entry %d", i).hasValueSatisfying(pcm -> assertThat(pcm).hasSize(2));
            }
        }
    }

    @Test
    void pruningKeepsWhatThisRunUsedInOnePackAndRemovesTheRestAndTheOldLayout() throws Exception {
        try (DiskSegmentCache first = new DiskSegmentCache(dir)) {
            first.put(key(0), PCM);
            first.put(key(1), PCM);
        }
        Path oldEntry = Files.createDirectories(dir.resolve("ab")).resolve(key(9) + ".pcm");
        Files.write(oldEntry, PCM);

        try (DiskSegmentCache second = new DiskSegmentCache(dir)) {
            second.get(key(0));
            second.put(key(2), PCM);
            assertThat(second.pruneUnused()).isEqualTo(1);
        }

        assertThat(packs()).hasSize(1);
        assertThat(oldEntry).doesNotExist();
        try (DiskSegmentCache cache = new DiskSegmentCache(dir)) {
            assertThat(cache.keys()).containsExactlyInAnyOrder(key(0), key(2));
        }
    }

    @Test
    void silenceIsAnEntryToo() throws Exception {
        try (DiskSegmentCache cache = new DiskSegmentCache(dir)) {
            cache.put(KEY, new byte[0]);
        }

        try (DiskSegmentCache cache = new DiskSegmentCache(dir)) {
            assertThat(cache.get(KEY)).hasValueSatisfying(pcm -> assertThat(pcm).isEmpty());
        }
    }

    private static String key(int n) {
        return SegmentKey.of("voice=kevin16", "Paragraph " + n + ".");
    }

    private List<Path> packs() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve(DiskSegmentCache.PACKS))) {
            return files.sorted().toList();
        }
    }
}
