package dev.audiobook.audio;

/** Signed little-endian PCM, as a WAV file holds it. */
public record PcmFormat(int sampleRate, int bitsPerSample, int channels) {
    public int bytesPerFrame() {
        return channels * bitsPerSample / 8;
    }

    public int byteRate() {
        return sampleRate * bytesPerFrame();
    }

    public long framesFor(long byteCount) {
        return byteCount / bytesPerFrame();
    }

    public int bytesForMillis(int millis) {
        return (int) ((long) sampleRate * millis / 1000) * bytesPerFrame();
    }

    public double seconds(long frames) {
        return (double) frames / sampleRate;
    }
}
