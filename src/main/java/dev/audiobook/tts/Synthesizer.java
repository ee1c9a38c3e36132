package dev.audiobook.tts;

import dev.audiobook.audio.PcmFormat;

/** A speech engine: text in, PCM samples out. One instance is used by one thread at a time. */
public interface Synthesizer extends AutoCloseable {
    PcmFormat format();

    /** The speech for the text, as little-endian PCM in {@link #format()}. */
    default byte[] synthesize(String text) {
        return speak(text).pcm();
    }

    /** The speech for the text with its levels. */
    Speech speak(String text);

    @Override
    void close();
}
