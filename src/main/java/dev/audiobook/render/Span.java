package dev.audiobook.render;

/**
 * Where a sentence's speech lies, in sample frames: from its first sample to the one after its last. Within
 * a segment's audio the frames count from the segment's start; in a {@link Renderer.Placement}, from the
 * start of the file's audio.
 */
public record Span(long startFrame, long endFrame) {
    public Span {
        if (endFrame < startFrame) {
            throw new IllegalArgumentException("a span ends after it starts: " + startFrame + " to " + endFrame);
        }
    }

    public Span shifted(long frames) {
        return new Span(startFrame + frames, endFrame + frames);
    }
}
