package dev.audiobook.render;

import dev.audiobook.audio.Loudness;
import dev.audiobook.audio.AudioSink;
import dev.audiobook.book.Book;
import dev.audiobook.book.Segment;
import dev.audiobook.book.Sentence;
import dev.audiobook.tts.Speech;
import dev.audiobook.tts.Synthesizer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.CRC32C;

/**
 * Makes the audio of segments on several workers and writes it to the WAV in book order. Each sentence of
 * a segment is spoken on its own and trimmed of the voice's silence, and the sentences are joined with a
 * steady pause, so where each one's speech lies is known to the sample. A sentence's speech comes from
 * the cache when it was made before, else from the worker's own synthesizer, made when the worker first
 * needs one, and then goes into the cache. At most a small window of segments is in flight,
 * so memory does not grow with the book, and the order of the output never depends on timing.
 */
public final class Renderer implements AutoCloseable {
    private static final int WINDOW_PER_WORKER = 4;
    /** Silence before the first word and after the last, as ACX asks: 0.5 to 1 s, and 1 to 5 s. */
    public static final int LEAD_IN_MILLIS = 750;
    public static final int LEAD_OUT_MILLIS = 2000;
    /**
     * Chapters start on a multiple of this many sample frames, an AAC frame: the m4b is encoded in pieces
     * of whole chapters, and a piece whose chapters did not change is the same bytes in the next run, so its
     * encoding is reused. The pause before a chapter grows by at most 64 ms for it.
     */
    public static final int CHAPTER_GRID_FRAMES = 1024;
    /**
     * The silence between the sentences of a segment. FreeTTS's kevin16, given a paragraph at once, leaves
     * 177 ms on average between one sentence's last voiced sample and the next one's first (14 sentence
     * ends measured: 185 to 228 ms after a full stop, less after an ellipsis); with the 10 ms of margin
     * kept on either side of each sentence's speech, this makes 190 ms. Raise
     * {@link SegmentKey#ENGINE_VERSION} on a change: the samples change.
     */
    public static final int SENTENCE_PAUSE_MILLIS = 170;

    private final int workers;
    private final SegmentCache cache;
    private final String voiceDescription;
    private final int sampleRate;
    private final ExecutorService pool;
    private final ThreadLocal<Synthesizer> synthesizer;
    private final ThreadLocal<Synthesizer> dialogueSynthesizer;
    private final String dialogueDescription;
    private final double volume;
    private final double dialogueVolume;
    private final Loudness.Target loudness;
    private final List<Synthesizer> created = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger synthesized = new AtomicInteger();
    private final AtomicInteger fromCache = new AtomicInteger();
    private final AtomicInteger copied = new AtomicInteger();

    /**
     * @param voiceDescription what the voice's audio depends on, part of each cache key
     */
    public Renderer(Supplier<Synthesizer> synthesizers, int workers, SegmentCache cache, String voiceDescription,
            int sampleRate) {
        this(synthesizers, synthesizers, workers, cache, voiceDescription, voiceDescription, sampleRate, 1, 1,
                Loudness.Target.ACX);
    }

    /**
     * @param dialogueSynthesizers the voice for segments of quoted speech
     * @param dialogueDescription what that voice's audio depends on
     * @param volume the narrator's share of the common loudness, 0.1 to 1; dialogueVolume the other voice's
     * @param loudness the common loudness and the peak ceiling
     */
    public Renderer(Supplier<Synthesizer> synthesizers, Supplier<Synthesizer> dialogueSynthesizers, int workers,
            SegmentCache cache, String voiceDescription, String dialogueDescription, int sampleRate, double volume,
            double dialogueVolume, Loudness.Target loudness) {
        this.loudness = loudness;
        this.volume = volume;
        this.dialogueVolume = dialogueVolume;
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        this.workers = workers;
        this.cache = cache;
        this.voiceDescription = voiceDescription;
        this.dialogueDescription = dialogueDescription;
        this.sampleRate = sampleRate;
        this.synthesizer = perWorker(synthesizers);
        this.dialogueSynthesizer = perWorker(dialogueSynthesizers);
        this.pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread t = new Thread(runnable, "synthesis");
            t.setDaemon(true);
            return t;
        });
    }

    private ThreadLocal<Synthesizer> perWorker(Supplier<Synthesizer> synthesizers) {
        return ThreadLocal.withInitial(() -> {
            Synthesizer s = synthesizers.get();
            created.add(s);
            return s;
        });
    }

    /** The key of a segment's audio, by who speaks it: what its sentences say, each on its own line. */
    public static String keyOf(Segment segment, String voiceDescription, String dialogueDescription) {
        return SegmentKey.of(segment.dialogue() ? dialogueDescription : voiceDescription,
                segment.sentences().stream().map(Sentence::spoken).collect(Collectors.joining("\n")));
    }

    /** The cache keys of a segment's sentences, in order; the cache keeps each sentence's speech. */
    public static List<String> cacheKeysOf(Segment segment, String voiceDescription, String dialogueDescription) {
        String voice = segment.dialogue() ? dialogueDescription : voiceDescription;
        return segment.sentences().stream().map(sentence -> SegmentKey.of(voice, sentence.spoken())).toList();
    }

    /** The key of a segment's finished audio: its cache key and how loud it is. Equal keys, equal bytes. */
    private String audioKeyOf(Segment segment, String cacheKey) {
        return cacheKey + "@" + volumeOf(segment) + "@" + loudness.voicedRms() + ":" + loudness.ceiling();
    }

    /**
     * Segments synthesized so far; segments taken from the cache, of which some were copied from the
     * earlier WAV.
     */
    public record Counts(int synthesized, int fromCache, int copiedFromEarlier) {}

    public Counts counts() {
        return new Counts(synthesized.get(), fromCache.get() + copied.get(), copied.get());
    }

    /**
     * Where a segment's speech lies in the WAV, in sample frames from the start of the audio.
     *
     * @param audioKey what the audio is: equal keys, equal bytes, so an earlier WAV's audio can be reused
     * @param checksum the CRC-32C of the speech's bytes, which a later run checks before copying them
     * @param sentences where the words of each of the segment's sentences lie, in the same frames (see
     *     {@link Loudness#words})
     */
    public record Placement(Segment segment, String audioKey, long startFrame, long endFrame, int checksum,
            List<Span> sentences) {
        public Placement {
            sentences = List.copyOf(sentences);
        }
    }

    /** A segment's finished audio, and where each sentence's words lie in it, from its start. */
    private record SegmentAudio(byte[] pcm, List<Span> sentences) {}

    /** Writes the segments' audio in order; returns where each one's speech lies. */
    public List<Placement> render(Book book, List<Segment> segments, AudioSink wav, SynthesisProgress progress)
            throws IOException {
        return render(book, segments, wav, progress, EarlierAudio.NONE);
    }

    /**
     * Writes the segments' audio in order, copying what the earlier WAV already holds; returns where each
     * segment's speech lies.
     */
    public List<Placement> render(Book book, List<Segment> segments, AudioSink wav, SynthesisProgress progress,
            EarlierAudio earlier) throws IOException {
        List<Placement> placements = new ArrayList<>(segments.size());
        // Copied segments hold no audio while they wait, so only the others count against the window; the
        // window then reaches the next segments to synthesize early, while the copying goes on.
        Deque<Pending> pending = new ArrayDeque<>();
        int working = 0;
        int submitted = 0;
        try {
            for (int i = 0; i < segments.size(); i++) {
                while (submitted < segments.size() && working < workers * WINDOW_PER_WORKER) {
                    Segment next = segments.get(submitted++);
                    String key = keyOf(next, voiceDescription, dialogueDescription);
                    String audioKey = audioKeyOf(next, key);
                    Optional<EarlierAudio.Range> range = earlier.find(audioKey);
                    if (range.isPresent()) {
                        cacheKeysOf(next, voiceDescription, dialogueDescription).forEach(cache::keep);
                        pending.add(new Pending(audioKey, null, range.get()));
                    } else {
                        pending.add(new Pending(audioKey, pool.submit(() -> audioOf(next)), null));
                        working++;
                    }
                }
                Segment segment = segments.get(i);
                Pending audio = pending.removeFirst();
                SegmentAudio pcm = null;
                if (audio.work() != null) {
                    pcm = await(audio.work());
                    working--;
                }
                // A file's first chapter starts at its very beginning, with the lead-in silence before the voice.
                if (segment.opensChapter() && i == 0) {
                    wav.markChapter(book.chapters().get(segment.chapterIndex()).title());
                }
                wav.writeSilence(i == 0 ? LEAD_IN_MILLIS : segment.pauseBeforeMillis());
                if (segment.opensChapter() && i > 0) {
                    wav.writeSilenceFrames(Math.floorMod(-wav.frames(), CHAPTER_GRID_FRAMES));
                    wav.markChapter(book.chapters().get(segment.chapterIndex()).title());
                }
                long start = wav.frames();
                int checksum;
                List<Span> sentences;
                if (pcm == null && earlier.copy(audio.range(), wav)) {
                    copied.incrementAndGet();
                    checksum = audio.range().checksum();
                    sentences = audio.range().sentences();
                } else {
                    if (pcm == null) {
                        // The earlier WAV's bytes were not as recorded: the segment is made as if never copied.
                        pcm = await(pool.submit(() -> audioOf(segment)));
                    }
                    wav.writePcm(pcm.pcm());
                    checksum = checksum(pcm.pcm());
                    sentences = pcm.sentences();
                }
                placements.add(new Placement(segment, audio.audioKey(), start, wav.frames(), checksum,
                        sentences.stream().map(span -> span.shifted(start)).toList()));
                progress.segmentWritten(i + 1, segments.size(), wav.format().seconds(wav.frames()));
            }
            wav.writeSilence(LEAD_OUT_MILLIS);
        } finally {
            // A segment being made is let finish: interrupting its worker while it appends to the cache would
            // close the pack under every worker, and FreeTTS complains on stderr of a voice stopped mid-word.
            pending.stream().filter(p -> p.work() != null).forEach(p -> p.work().cancel(false));
        }
        return placements;
    }

    /** A segment's audio on its way: being made by a worker, or to be copied from the earlier WAV. */
    private record Pending(String audioKey, Future<SegmentAudio> work, EarlierAudio.Range range) {}

    /**
     * The segment's speech: each sentence's speech trimmed of the voice's silence, joined by
     * {@link #SENTENCE_PAUSE_MILLIS}, levelled as one. The cache keeps each sentence as the voice made it.
     */
    private SegmentAudio audioOf(Segment segment) {
        List<String> keys = cacheKeysOf(segment, voiceDescription, dialogueDescription);
        byte[] pause = new byte[2 * (sampleRate * SENTENCE_PAUSE_MILLIS / 1000)];
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        List<Span> sentences = new ArrayList<>(keys.size());
        Loudness.Levels levels = Loudness.Levels.NONE;
        boolean made = false;
        for (int i = 0; i < keys.size(); i++) {
            Optional<byte[]> cached = cache.get(keys.get(i));
            Speech speech;
            if (cached.isPresent()) {
                speech = new Speech(cached.get(), Loudness.measure(cached.get()));
            } else {
                String spoken = segment.sentences().get(i).spoken();
                speech = (segment.dialogue() ? dialogueSynthesizer : synthesizer).get().speak(spoken);
                cache.put(keys.get(i), speech.pcm());
                made = true;
            }
            byte[] trimmed = Loudness.trimmed(speech.pcm(), sampleRate);
            if (trimmed.length > 0 && joined.size() > 0) {
                joined.writeBytes(pause);
            }
            int[] words = Loudness.words(trimmed, sampleRate, speech.levels());
            sentences.add(new Span(joined.size() / 2 + words[0], joined.size() / 2 + words[1]));
            joined.writeBytes(trimmed);
            levels = levels.plus(speech.levels());
        }
        (made ? synthesized : fromCache).incrementAndGet();
        byte[] speech = joined.toByteArray();
        // Trimmed already, the joined speech loses nothing more to levelling, so the spans still hold.
        byte[] levelled = Loudness.level(speech, sampleRate, volumeOf(segment), levels, loudness);
        if (levelled.length != speech.length) {
            throw new IllegalStateException("levelling trimmed " + (speech.length - levelled.length)
                    + " bytes of speech already trimmed");
        }
        return new SegmentAudio(levelled, sentences);
    }

    private static int checksum(byte[] pcm) {
        CRC32C crc = new CRC32C();
        crc.update(pcm);
        return (int) crc.getValue();
    }

    private double volumeOf(Segment segment) {
        return segment.dialogue() ? dialogueVolume : volume;
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        created.forEach(Synthesizer::close);
    }

    private static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while synthesizing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error; // out of memory, say, which the command tells as such
            }
            throw new IOException("speech synthesis failed: " + e.getCause(), e.getCause());
        }
    }
}
