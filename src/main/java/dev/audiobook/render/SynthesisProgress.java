package dev.audiobook.render;

/** Told after each segment is written, in book order, and while a finished volume is encoded. */
@FunctionalInterface
public interface SynthesisProgress {
    SynthesisProgress NONE = (done, total, audioSeconds) -> {};

    void segmentWritten(int done, int total, double audioSeconds);

    /**
     * Told every half second or so while ffmpeg encodes a volume's audio into an m4b, mp3 or flac file, which
     * on a long book takes minutes after the last segment.
     *
     * @param encodedSeconds how much of the file's audio is encoded so far
     */
    default void encoded(String fileName, double encodedSeconds) {}
}
