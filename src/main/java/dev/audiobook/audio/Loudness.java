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
    public static final int SILENCE = 64;
    /** Kept before the first and after the last voiced sample, so no sound is cut short. */
    static final int MARGIN_MILLIS = 10;

    private Loudness() {}

    /**
     * What levelling needs to know of a segment's samples: the sum of squares and the number of its voiced
     * samples (those at least {@link #SILENCE}), and its peak magnitude. A synthesizer that sees every
     * sample as it makes it can count these on the way, which saves a pass over the whole book.
     */
    public record Levels(long voicedSumOfSquares, int voicedSamples, int peak) {
        public static final Levels NONE = new Levels(0, 0, 0);

        public Levels plus(Levels more) {
            return new Levels(voicedSumOfSquares + more.voicedSumOfSquares, voicedSamples + more.voicedSamples,
                    Math.max(peak, more.peak));
        }
    }

    /** The levels of 16-bit little-endian mono samples. */
    public static Levels measure(byte[] pcm) {
        long sumSquares = 0;
        int voiced = 0;
        int peak = 0;
        for (int i = 0; i + 1 < pcm.length; i += 2) {
            int s = (pcm[i] & 0xff) | (pcm[i + 1] << 8);
            // Without branches: speech changes sign and crosses the silence line too often to predict.
            int magnitude = (s ^ (s >> 31)) - (s >> 31);
            peak = Math.max(peak, magnitude);
            int voicedMask = (SILENCE - 1 - magnitude) >> 31;
            sumSquares += (s * s) & voicedMask;
            voiced -= voicedMask;
        }
        return new Levels(sumSquares, voiced, peak);
    }

    /**
     * The 16-bit little-endian mono speech, trimmed and levelled.
     *
     * @param pcm levelled in place, then the trimmed part is returned: the whole book passes through here,
     *     so it allocates no more than that one copy
     * @param volume the share of the common level this voice speaks at, 0.1 to 1
     * @param levels the samples' levels, as {@link #measure} finds them
     */
    public static byte[] level(byte[] pcm, int sampleRate, double volume, Levels levels) {
        if (levels.voicedSamples() == 0) {
            return new byte[0];
        }
        int samples = pcm.length / 2;
        int first = 0;
        while (Math.abs(sample(pcm, first)) < SILENCE) {
            first++;
        }
        int last = samples - 1;
        while (Math.abs(sample(pcm, last)) < SILENCE) {
            last--;
        }
        int margin = sampleRate * MARGIN_MILLIS / 1000;
        int from = Math.max(0, first - margin);
        int to = Math.min(samples - 1, last + margin);

        double rms = Math.sqrt((double) levels.voicedSumOfSquares() / levels.voicedSamples());
        double gain = Math.min(TARGET_RMS * volume / rms, (double) PEAK_LIMIT / levels.peak());
        // Fixed point with 16 fraction bits, rounded to the nearest step. No product overflows an int: the
        // gain keeps the peak under PEAK_LIMIT, and PEAK_LIMIT * 65536 < 2^31.
        int gainQ16 = (int) Math.round(gain * 65536);
        for (int i = 2 * from; i <= 2 * to; i += 2) {
            int s = (((pcm[i] & 0xff) | (pcm[i + 1] << 8)) * gainQ16 + 32768) >> 16;
            pcm[i] = (byte) s;
            pcm[i + 1] = (byte) (s >> 8);
        }
        return Arrays.copyOfRange(pcm, 2 * from, 2 * (to + 1));
    }

    private static int sample(byte[] pcm, int i) {
        return (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
    }
}
