package dev.audiobook.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.audio.WavInfo;
import dev.audiobook.audio.WavWriter;
import dev.audiobook.book.Book;
import dev.audiobook.book.Chapter;
import dev.audiobook.book.Pauses;
import dev.audiobook.book.Segment;
import dev.audiobook.book.SegmentPlanner;
import dev.audiobook.testing.WavFile;
import dev.audiobook.tts.FreeTtsSynthesizer;
import dev.audiobook.tts.Synthesizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        Path path = dir.resolve(name);
        List<Synthesizer> voices = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            voices.add(new FreeTtsSynthesizer(FreeTtsSynthesizer.DEFAULT_VOICE));
        }
        try (WavWriter wav = new WavWriter(path, voices.get(0).format(), new WavInfo(BOOK.title(), ""))) {
            new Renderer(voices).render(BOOK, SegmentPlanner.plan(BOOK, Pauses.DEFAULT), wav, SynthesisProgress.NONE);
            wav.finish();
        } finally {
            voices.forEach(Synthesizer::close);
        }
        return path;
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
