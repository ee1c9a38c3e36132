package dev.audiobook.render;

import dev.audiobook.audio.AudioSink;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The finished audio of segments that an earlier output already holds, found by each segment's audio key,
 * to copy instead of reading and levelling it again.
 */
public interface EarlierAudio extends Closeable {
    /** Nothing to copy from. */
    EarlierAudio NONE = new EarlierAudio() {
        @Override
        public Optional<Range> find(String audioKey) {
            return Optional.empty();
        }

        @Override
        public boolean copy(Range range, AudioSink sink) {
            throw new IllegalStateException("there is no earlier audio to copy");
        }

        @Override
        public void close() {}
    };

    /**
     * Where a segment's audio lies in the earlier file, in bytes from its start, their CRC-32C, and where
     * each of its sentences' speech lies in it, in sample frames from the segment's start.
     */
    record Range(long position, long bytes, int checksum, List<Span> sentences) {
        public Range {
            sentences = List.copyOf(sentences);
        }
    }

    Optional<Range> find(String audioKey);

    /**
     * Appends the range's bytes to the sink when they are still the bytes whose checksum the range holds;
     * false, with nothing appended, when they are not, and the segment must be made another way.
     */
    boolean copy(Range range, AudioSink sink) throws IOException;
}
