package dev.audiobook.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.audiobook.audio.PcmFormat;
import dev.audiobook.audio.WavInfo;
import dev.audiobook.audio.WavWriter;
import dev.audiobook.book.Book;
import dev.audiobook.book.Chapter;
import dev.audiobook.book.Pauses;
import dev.audiobook.book.Segment;
import dev.audiobook.book.SegmentPlanner;
import dev.audiobook.testing.WavFile;
import dev.audiobook.tts.FreeTtsSynthesizer;
import dev.audiobook.tts.VoiceSettings;
import dev.audiobook.tts.Voices;
import dev.audiobook.tts.Speech;
import dev.audiobook.tts.Synthesizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RendererTest {
    @TempDir
    Path dir;

    private static final Book BOOK = new Book("Counting", "", List.of(), List.of(
            new Chapter("Chapter 1: Small", Optional.of("Chapter 1. Small."),
                    IntStream.rangeClosed(1, 6).mapToObj(i -> "This is paragraph " + i + " of the first part.").toList()),
            new Chapter("Chapter 2: Large", Optional.of("Chapter 2. Large."),
                    IntStream.rangeClosed(1, 5).mapToObj(i -> "And this is paragraph " + i + ", later on.").toList())));

    @Test
    void oneWorkerAndTwoWorkersWriteIdenticalBytes() throws Exception {
        Path one = render("one.wav", 1);
        Path two = render("two.wav", 2);

        assertThat(Files.readAllBytes(two)).isEqualTo(Files.readAllBytes(one));
    }

    @Test
    void chapterMarkersSitWhereTheirHeadingStarts() throws Exception {
        Path path = render("book.wav", 2);
        List<Segment> segments = SegmentPlanner.plan(BOOK, Pauses.DEFAULT);

        WavFile wav = WavFile.read(path);
        assertThat(wav.chapterTitles()).containsExactly("Chapter 1: Small", "Chapter 2: Large");
        assertThat(wav.cuePoints().get(0).sampleOffset()).isZero();
        long secondStart = wav.cuePoints().get(1).sampleOffset();
        short[] samples = wav.samples(path);
        // The chapter pause before the heading is silent; the heading is speech.
        int pauseFrames = Pauses.DEFAULT.chapterMillis() * 16;
        assertThat(silentFrames(samples, (int) secondStart - pauseFrames, (int) secondStart)).isEqualTo(pauseFrames);
        assertThat(segments.stream().filter(Segment::opensChapter).count()).isEqualTo(2);
    }

    private Path render(String name, int workers) throws Exception {
        return render(name, workers, SegmentCache.NONE);
    }

    private Path render(String name, int workers, SegmentCache cache) throws Exception {
        Path path = dir.resolve(name);
        PcmFormat format = new PcmFormat(Voices.sampleRateOf(VoiceSettings.DEFAULT), 16, 1);
        try (WavWriter wav = new WavWriter(path, format, new WavInfo(BOOK.title(), ""));
                Renderer renderer = new Renderer(() -> new FreeTtsSynthesizer(FreeTtsSynthesizer.DEFAULT_VOICE),
                        workers, cache, "voice=kevin16", format.sampleRate())) {
            renderer.render(BOOK, SegmentPlanner.plan(BOOK, Pauses.DEFAULT), wav, SynthesisProgress.NONE);
            wav.finish();
            lastCounts = renderer.counts();
        }
        return path;
    }

    private Renderer.Counts lastCounts;

    @Test
    void aSecondRenderTakesEverySegmentFromTheCacheAndWritesTheSameBytes() throws Exception {
        DiskSegmentCache cache = new DiskSegmentCache(dir.resolve("cache"));
        Path first = render("first.wav", 2, cache);
        assertThat(lastCounts).isEqualTo(new Renderer.Counts(13, 0, 0));

        Path second = render("second.wav", 2, new DiskSegmentCache(dir.resolve("cache")));

        assertThat(lastCounts).isEqualTo(new Renderer.Counts(0, 13, 0));
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void aDamagedCacheEntryIsSynthesizedAgain() throws Exception {
        DiskSegmentCache cache = new DiskSegmentCache(dir.resolve("cache"));
        Path first = render("first.wav", 2, cache);
        cache.close();
        Path pack;
        try (var packs = Files.list(dir.resolve("cache").resolve(DiskSegmentCache.PACKS))) {
            pack = packs.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(pack);
        bytes[bytes.length / 2] ^= 0x40; // inside some segment's samples
        Files.write(pack, bytes);

        Path second = render("second.wav", 2, new DiskSegmentCache(dir.resolve("cache")));
        assertThat(lastCounts).isEqualTo(new Renderer.Counts(1, 12, 0));
        render("third.wav", 2, new DiskSegmentCache(dir.resolve("cache")));

        assertThat(lastCounts).isEqualTo(new Renderer.Counts(0, 13, 0));
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void aWorkerOutOfMemoryIsThrownAsItIsForTheCommandToTell() throws Exception {
        PcmFormat format = new PcmFormat(Voices.sampleRateOf(VoiceSettings.DEFAULT), 16, 1);
        Synthesizer exhausted = new Synthesizer() {
            @Override
            public PcmFormat format() {
                return format;
            }

            @Override
            public Speech speak(String text) {
                throw new OutOfMemoryError("Java heap space");
            }

            @Override
            public void close() {}
        };
        try (WavWriter wav = new WavWriter(dir.resolve("book.wav"), format, new WavInfo(BOOK.title(), ""));
                Renderer renderer = new Renderer(() -> exhausted, 2, SegmentCache.NONE, "voice=kevin16",
                        format.sampleRate())) {
            assertThatThrownBy(() -> renderer.render(BOOK, SegmentPlanner.plan(BOOK, Pauses.DEFAULT), wav,
                    SynthesisProgress.NONE)).isInstanceOf(OutOfMemoryError.class);
        }
    }

    @Test
    void theVoiceIsPartOfTheCacheKey() {
        assertThat(SegmentKey.of("voice=kevin16", "Hello.")).isNotEqualTo(SegmentKey.of("voice=kevin", "Hello."))
                .isNotEqualTo(SegmentKey.of("voice=kevin16", "Hello!"))
                .isEqualTo(SegmentKey.of("voice=kevin16", "Hello."));
    }

    @Test
    void theFormatOfAVoiceIsKnownBeforeItIsLoaded() {
        for (String voice : List.of("kevin16", "kevin")) {
            try (FreeTtsSynthesizer loaded = new FreeTtsSynthesizer(voice)) {
                assertThat(new PcmFormat(Voices.sampleRateOf(new VoiceSettings(voice, 150, 100, 11)), 16, 1))
                        .isEqualTo(loaded.format());
            }
        }
    }

    private static int silentFrames(short[] samples, int from, int to) {
        int silent = 0;
        for (int i = from; i < to; i++) {
            if (samples[i] == 0) {
                silent++;
            }
        }
        return silent;
    }
}
