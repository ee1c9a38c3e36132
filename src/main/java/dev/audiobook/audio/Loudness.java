package dev.audiobook.audio;

import java.util.Arrays;

/**
 * Evens out the speech: the voice's own silence before and after each segment is trimmed, so the pauses
 * between segments are the configured ones, and every segment is brought to one loudness (its voiced
 * samples' root mean square), never past the peak limit.
 */
public final class Loudness {
    /** Root mean square of voiced samples, about -20 dBFS. */
    public static final int TARGET_RMS = 3300;
    /** About -1 dBFS: no sample is ever clipped. */
    public static final int PEAK_LIMIT = 29000;
    /** Quieter than this (about -54 dBFS) counts as silence. */
    static final int SILENCE = 64;
    /** Kept before the first and after the last voiced sample, so no sound is cut short. */
    static final int MARGIN_MILLIS = 10;

    private Loudness() {}

    /** The 16-bit little-endian mono speech, trimmed and levelled. */
    public static byte[] level(byte[] pcm, int sampleRate) {
        return level(pcm, sampleRate, 1);
    }

    /**
     * @param pcm levelled in place, then the trimmed part is returned: the whole book passes through here,
     *     so it allocates no more than that one copy
     * @param volume the share of the common level this voice speaks at, 0.1 to 1
     */
    public static byte[] level(byte[] pcm, int sampleRate, double volume) {
        int samples = pcm.length / 2;
        int first = 0;
        while (first < samples && Math.abs(sample(pcm, first)) < SILENCE) {
            first++;
        }
        if (first == samples) {
            return new byte[0];
        }
        int last = samples - 1;
        while (Math.abs(sample(pcm, last)) < SILENCE) {
            last--;
        }
        int margin = sampleRate * MARGIN_MILLIS / 1000;
        int from = Math.max(0, first - margin);
        int to = Math.min(samples - 1, last + margin);

        long sumSquares = 0;
        int voiced = 0;
        int peak = 0;
        for (int i = from; i <= to; i++) {
            int s = sample(pcm, i);
            // Without branches: speech changes sign and crosses the silence line too often to predict.
            int magnitude = (s ^ (s >> 31)) - (s >> 31);
            peak = Math.max(peak, magnitude);
            int isVoiced = (SILENCE - 1 - magnitude) >>> 31;
            sumSquares += (long) (s * s) * isVoiced;
            voiced += isVoiced;
        }
        double rms = Math.sqrt((double) sumSquares / voiced);
        double gain = Math.min(TARGET_RMS * volume / rms, (double) PEAK_LIMIT / peak);
        // Fixed point with 16 fraction bits, rounded to the nearest step.
        long gainQ16 = Math.round(gain * 65536);
        for (int i = from; i <= to; i++) {
            int s = (int) ((sample(pcm, i) * gainQ16 + 32768) >> 16);
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        return Arrays.copyOfRange(pcm, 2 * from, 2 * (to + 1));
    }

    private static int sample(byte[] pcm, int i) {
        return (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
    }
}
