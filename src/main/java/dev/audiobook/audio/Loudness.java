package dev.audiobook.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Evens out the speech: the voice's own silence before and after each segment is trimmed, so the pauses
 * between segments are the configured ones, and every segment is brought to one loudness (its voiced
 * samples' root mean square). The rare samples the gain would carry past the target's peak ceiling are
 * brought under it by a limiter that turns the gain down smoothly around them, so the speech keeps its
 * loudness and no sample passes the ceiling.
 */
public final class Loudness {
    /**
     * A loudness to aim for.
     *
     * @param name as the command line gives it
     * @param voicedRms the root mean square of voiced samples, in 16-bit units
     * @param ceiling no sample's magnitude exceeds this
     */
    public record Target(String name, int voicedRms, int ceiling) {
        /**
         * ACX's audio rules for audiobooks (Audible, and the platforms that follow it): RMS between -23 and
         * -18 dBFS over the whole file, pauses included, peaks at most -3 dBFS. Voiced speech at -20 dBFS
         * comes to about -21.5 over a book; the ceiling of -4 dBFS leaves room for an encoder's overshoot.
         */
        public static final Target ACX = new Target("acx", 3300, 20600);
        /**
         * Louder, for phones in noisy places, as podcasts are (about -16 LUFS): voiced speech at -16 dBFS,
         * peaks at most -1 dBFS.
         */
        public static final Target PODCAST = new Target("podcast", 5200, 29000);
        public static final List<Target> ALL = List.of(ACX, PODCAST);
    }

    /** The default target's voiced RMS: about -20 dBFS. */
    public static final int TARGET_RMS = Target.ACX.voicedRms();
    /** Quieter than this (about -54 dBFS) counts as silence. */
    public static final int SILENCE = 64;
    /** Kept before the first and after the last voiced sample, so no sound is cut short. */
    static final int MARGIN_MILLIS = 10;
    /**
     * How far below the voiced samples' power the words of speech are found; see {@link #words}. At 30 dB the
     * faint noise kevin16 leaves around a sentence (about -50 dBFS once levelled) counted as words, and the cue
     * of "Stop!" ran 108 ms past its last sound.
     */
    static final int WORDS_BELOW_VOICED_DB = 25;
    /** The limiter turns the gain down over this long before a peak, and back up over this long after it. */
    static final int LIMITER_RAMP_MILLIS = 4;
    /** The most the limiter takes off a peak; a segment that needs more is made quieter as a whole. */
    static final double MAX_LIMITING = 2.0;

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
     *     so it allocates no more than that one copy, and the limiter's gains where a peak needs them
     * @param volume the share of the common level this voice speaks at, 0.1 to 1
     * @param levels the samples' levels, as {@link #measure} finds them
     */
    public static byte[] level(byte[] pcm, int sampleRate, double volume, Levels levels, Target target) {
        if (levels.voicedSamples() == 0) {
            return new byte[0];
        }
        int[] voiced = voicedRange(pcm, sampleRate);
        int from = voiced[0];
        int to = voiced[1] - 1;

        double rms = Math.sqrt((double) levels.voicedSumOfSquares() / levels.voicedSamples());
        double gain = Math.min(target.voicedRms() * volume / rms, MAX_LIMITING * target.ceiling() / levels.peak());
        if (gain * levels.peak() <= target.ceiling()) {
            scale(pcm, from, to, gain);
        } else {
            limit(pcm, from, to, gain, target.ceiling(), sampleRate * LIMITER_RAMP_MILLIS / 1000);
        }
        return Arrays.copyOfRange(pcm, 2 * from, 2 * (to + 1));
    }

    /**
     * The speech without the voice's own silence before and after it, as levelling trims it: from
     * {@value #MARGIN_MILLIS} ms before the first sample of {@link #SILENCE} or louder to as long after the
     * last. Trimming that again takes nothing more off. Empty when no sample is that loud.
     */
    public static byte[] trimmed(byte[] pcm, int sampleRate) {
        int[] voiced = voicedRange(pcm, sampleRate);
        return Arrays.copyOfRange(pcm, 2 * voiced[0], 2 * voiced[1]);
    }

    /**
     * Where the words are in speech: from the start of the first 10 ms window whose power is within
     * {@value #WORDS_BELOW_VOICED_DB} dB of the voiced samples' to the end of the last one, in sample frames;
     * all of it when no window is that loud. Around its words a voice leaves a little quiet noise that
     * trimming keeps (FreeTTS's kevin16 up to 120 ms of it before and after a sentence, near -50 dBFS),
     * which no listener hears as speech.
     *
     * @param levels the levels of the samples, as {@link #measure} finds them
     */
    public static int[] words(byte[] pcm, int sampleRate, Levels levels) {
        int samples = pcm.length / 2;
        int window = sampleRate / 100;
        if (levels.voicedSamples() == 0 || samples < window) {
            return new int[] {0, samples};
        }
        double least = (double) levels.voicedSumOfSquares() / levels.voicedSamples()
                * Math.pow(10, -WORDS_BELOW_VOICED_DB / 10.0) * window;
        int first = -1;
        int last = -1;
        for (int w = 0; (w + 1) * window <= samples; w++) {
            long sum = 0;
            for (int i = w * window; i < (w + 1) * window; i++) {
                int sample = sample(pcm, i);
                sum += (long) sample * sample;
            }
            if (sum >= least) {
                first = first < 0 ? w : first;
                last = w;
            }
        }
        return first < 0 ? new int[] {0, samples} : new int[] {first * window, (last + 1) * window};
    }

    /** The first sample frame of the trimmed speech and the one after its last; equal when all is silence. */
    private static int[] voicedRange(byte[] pcm, int sampleRate) {
        int samples = pcm.length / 2;
        int first = 0;
        while (first < samples && Math.abs(sample(pcm, first)) < SILENCE) {
            first++;
        }
        if (first == samples) {
            return new int[] {0, 0};
        }
        int last = samples - 1;
        while (Math.abs(sample(pcm, last)) < SILENCE) {
            last--;
        }
        int margin = sampleRate * MARGIN_MILLIS / 1000;
        return new int[] {Math.max(0, first - margin), Math.min(samples - 1, last + margin) + 1};
    }

    private static void scale(byte[] pcm, int from, int to, double gain) {
        // Fixed point with 16 fraction bits, rounded to the nearest step, in longs: where the limiter will
        // replace them, samples may go past 16 bits here.
        long gainQ16 = Math.round(gain * 65536);
        for (int i = 2 * from; i <= 2 * to; i += 2) {
            int s = (int) ((((pcm[i] & 0xff) | (pcm[i + 1] << 8)) * gainQ16 + 32768) >> 16);
            pcm[i] = (byte) s;
            pcm[i + 1] = (byte) (s >> 8);
        }
    }

    /**
     * Applies the gain, turned down around each sample it would carry past the ceiling. The gain at each
     * sample is the least any sample within the ramp needs (a sliding minimum), smoothed by averaging over
     * the ramp: every value in that average is at most what the sample itself needs, so none passes the
     * ceiling, and the gain changes over a few milliseconds, not at once, which would click. Peaks are rare,
     * so only the stretches around them are worked out so; the rest is scaled as usual.
     */
    private static void limit(byte[] pcm, int from, int to, double gain, int ceiling, int ramp) {
        int threshold = (int) Math.floor(ceiling / gain);
        List<int[]> stretches = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            if (Math.abs(sample(pcm, i)) > threshold) {
                int start = Math.max(from, i - 2 * ramp);
                int[] last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
                if (last != null && start <= last[1] + 1) {
                    last[1] = Math.min(to, i + 2 * ramp);
                } else {
                    stretches.add(new int[] {start, Math.min(to, i + 2 * ramp)});
                }
            }
        }
        List<short[]> limited = new ArrayList<>();
        for (int[] stretch : stretches) {
            limited.add(limitedStretch(pcm, stretch[0], stretch[1], gain, ceiling, ramp));
        }
        scale(pcm, from, to, gain);
        for (int s = 0; s < stretches.size(); s++) {
            short[] samples = limited.get(s);
            for (int i = 0; i < samples.length; i++) {
                int at = 2 * (stretches.get(s)[0] + i);
                pcm[at] = (byte) samples[i];
                pcm[at + 1] = (byte) (samples[i] >> 8);
            }
        }
    }

    /**
     * The stretch's samples, limited. It reaches twice the ramp beyond every sample over the ceiling, and
     * beyond that the smoothed gain is the plain gain again, so the stretch can be worked out on its own.
     */
    private static short[] limitedStretch(byte[] pcm, int from, int to, double gain, int ceiling, int ramp) {
        int n = to - from + 1;
        double[] needed = new double[n];
        for (int i = 0; i < n; i++) {
            int magnitude = Math.abs(sample(pcm, from + i));
            needed[i] = magnitude * gain > ceiling ? ceiling / (double) magnitude : gain;
        }
        double[] least = slidingMinimum(needed, ramp);
        double[] sums = new double[n + 1];
        for (int i = 0; i < n; i++) {
            sums[i + 1] = sums[i] + least[i];
        }
        short[] out = new short[n];
        for (int i = 0; i < n; i++) {
            // Beyond the stretch the gain is the plain one, as it is at the stretch's ends.
            int lo = i - ramp;
            int hi = i + ramp;
            double sum = sums[Math.min(n, hi + 1)] - sums[Math.max(0, lo)]
                    + gain * (Math.max(0, -lo) + Math.max(0, hi - (n - 1)));
            double g = Math.min(needed[i], sum / (2 * ramp + 1));
            out[i] = (short) Math.round(sample(pcm, from + i) * g);
        }
        return out;
    }

    /** Each value's minimum over the values within {@code radius} of it, in one pass. */
    private static double[] slidingMinimum(double[] values, int radius) {
        int n = values.length;
        double[] out = new double[n];
        int[] window = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0, next = 0; i < n; i++) {
            for (; next < n && next <= i + radius; next++) {
                while (tail > head && values[window[tail - 1]] >= values[next]) {
                    tail--;
                }
                window[tail++] = next;
            }
            while (window[head] < i - radius) {
                head++;
            }
            out[i] = values[window[head]];
        }
        return out;
    }

    private static int sample(byte[] pcm, int i) {
        return (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
    }
}
