package dev.audiobook.render;

/** Told after each segment is written, in book order. */
@FunctionalInterface
public interface SynthesisProgress {
    SynthesisProgress NONE = (done, total, audioSeconds) -> {};

    void segmentWritten(int done, int total, double audioSeconds);
}
