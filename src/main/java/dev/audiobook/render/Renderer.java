package dev.audiobook.render;

import dev.audiobook.audio.WavWriter;
import dev.audiobook.book.Book;
import dev.audiobook.book.Segment;
import dev.audiobook.tts.Synthesizer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Synthesizes segments on several workers, one synthesizer each, and writes them to the WAV in book
 * order. At most a small window of segments is in flight, so memory does not grow with the book.
 */
public final class Renderer {
    private static final int WINDOW_PER_WORKER = 4;

    private final List<Synthesizer> synthesizers;

    /** One worker per synthesizer; the caller owns and closes them. */
    public Renderer(List<Synthesizer> synthesizers) {
        if (synthesizers.isEmpty()) {
            throw new IllegalArgumentException("at least one synthesizer is needed");
        }
        this.synthesizers = List.copyOf(synthesizers);
    }

    public void render(Book book, List<Segment> segments, WavWriter wav, SynthesisProgress progress)
            throws IOException {
        int workers = synthesizers.size();
        BlockingQueue<Synthesizer> idle = new ArrayBlockingQueue<>(workers, false, synthesizers);
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread t = new Thread(runnable, "synthesis");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<byte[]>> inFlight = new ArrayDeque<>();
            int submitted = 0;
            for (int i = 0; i < segments.size(); i++) {
                while (submitted < segments.size() && inFlight.size() < workers * WINDOW_PER_WORKER) {
                    String text = segments.get(submitted++).text();
                    inFlight.add(pool.submit(() -> synthesize(idle, text)));
                }
                Segment segment = segments.get(i);
                byte[] pcm = await(inFlight.removeFirst());
                wav.writeSilence(segment.pauseBeforeMillis());
                if (segment.opensChapter()) {
                    wav.markChapter(book.chapters().get(segment.chapterIndex()).title());
                }
                wav.writePcm(pcm);
                progress.segmentWritten(i + 1, segments.size(), wav.format().seconds(wav.frames()));
            }
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static byte[] synthesize(BlockingQueue<Synthesizer> idle, String text) throws InterruptedException {
        Synthesizer synthesizer = idle.take();
        try {
            return synthesizer.synthesize(text);
        } finally {
            idle.add(synthesizer);
        }
    }

    private static byte[] await(Future<byte[]> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while synthesizing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("speech synthesis failed: " + e.getCause(), e.getCause());
        }
    }
}
