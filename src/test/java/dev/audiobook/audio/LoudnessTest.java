package dev.audiobook.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.audiobook.tts.FreeTtsSynthesizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoudnessTest {
    private static final int RATE = 16000;

    @Test
    void silenceAroundTheSpeechIsTrimmedToTheMargin() {
        byte[] pcm = concat(silence(RATE / 2), tone(RATE, 2000), silence(RATE));

        byte[] levelled = level(pcm, 1);

        int margin = RATE * Loudness.MARGIN_MILLIS / 1000;
        assertThat(levelled.length / 2).isEqualTo(RATE + 2 * margin);
        assertThat(sample(levelled, margin - 1)).isZero();
        assertThat(Math.abs(sample(levelled, margin))).isPositive();
        assertThat(Math.abs(sample(levelled, margin + RATE - 1))).isPositive();
        assertThat(sample(levelled, margin + RATE)).isZero();
    }

    @Test
    void quietAndLoudSegmentsComeOutEquallyLoudAndNeverClipped() {
        double quiet = voicedRms(level(tone(RATE, 500), 1));
        double loud = voicedRms(level(tone(RATE, 20000), 1));

        assertThat(quiet).isCloseTo(Loudness.TARGET_RMS, within(Loudness.TARGET_RMS * 0.02));
        assertThat(loud).isCloseTo(Loudness.TARGET_RMS, within(Loudness.TARGET_RMS * 0.02));
        byte[] spiky = concat(tone(RATE, 300), tone(200, 32000));
        assertThat(peak(level(spiky, 1))).isLessThanOrEqualTo(Loudness.Target.ACX.ceiling());
    }

    @Test
    void aRarePeakIsLimitedSmoothlyAndOnlyWhereItIs() {
        byte[] input = concat(tone(RATE, 1000), tone(100, 12000), tone(RATE, 1000));
        double gain = Loudness.TARGET_RMS / voicedRms(input);

        // The tone starts at once, so nothing is trimmed: sample i of the output is sample i of the input.
        byte[] limited = level(input.clone(), 1);

        assertThat(peak(limited)).isLessThanOrEqualTo(Loudness.Target.ACX.ceiling());
        int ramp = RATE * Loudness.LIMITER_RAMP_MILLIS / 1000;
        double least = Double.MAX_VALUE;
        double largestStep = 0;
        double previous = gain;
        for (int i = 0; i < input.length / 2; i++) {
            double applied = sample(limited, i) / (double) sample(input, i);
            boolean nearThePeak = i >= RATE - 2 * ramp && i < RATE + 100 + 2 * ramp;
            if (!nearThePeak) {
                // Away from the peak, by more than the limiter's ramp, the gain is the segment's own.
                assertThat(applied).as("gain at sample %d", i).isCloseTo(gain, within(0.002));
            }
            least = Math.min(least, applied);
            largestStep = Math.max(largestStep, Math.abs(applied - previous));
            previous = applied;
        }
        // The gain goes down and up again over the ramp, not from one sample to the next, which would click.
        assertThat(least).isLessThan(gain * 0.7);
        assertThat(largestStep).isLessThanOrEqualTo(2 * (gain - least) / ramp);
    }

    @Test
    void freeTtsSegmentsOfAnyLengthEndWithinOneDecibelOfEachOther() {
        try (FreeTtsSynthesizer voice = new FreeTtsSynthesizer(FreeTtsSynthesizer.DEFAULT_VOICE)) {
            List<Double> levels = List.of("Yes.", "Chapter twelve. Loomings.",
                    "The wind came up from the south just after dark, and the lamps were lit one by one.")
                    .stream().map(t -> voicedRms(level(voice.synthesize(t), 1))).toList();
            for (double level : levels) {
                assertThat(20 * Math.log10(level / levels.get(2))).isCloseTo(0, within(1.0));
            }
        }
    }

    @Test
    void aVoiceAtHalfVolumeIsHalfAsLoud() {
        double full = voicedRms(level(tone(RATE, 1000), 1));
        double half = voicedRms(level(tone(RATE, 1000), 0.5));

        assertThat(half / full).isCloseTo(0.5, within(0.01));
    }

    @Test
    void allSilenceBecomesNothing() {
        assertThat(level(silence(RATE), 1)).isEmpty();
    }

    @Test
    void trimmingKeepsTenMillisecondsAroundTheVoiceAndTrimmingAgainTakesNothingMore() {
        byte[] pcm = concat(silence(RATE / 2), tone(RATE / 4, 3000), silence(RATE / 2));
        byte[] trimmed = Loudness.trimmed(pcm, RATE);
        assertThat(trimmed.length / 2).isEqualTo(RATE / 4 + 2 * RATE / 100);
        assertThat(Loudness.trimmed(trimmed, RATE)).isEqualTo(trimmed);
        assertThat(Loudness.trimmed(silence(RATE), RATE)).isEmpty();
    }

    @Test
    void theWordsLeaveOutTheQuietNoiseAVoiceKeepsAroundThem() {
        // 120 ms of noise at -53 dBFS, 300 ms of speech at -20 dBFS, 90 ms of noise: windows of 10 ms.
        byte[] pcm = concat(tone(RATE * 12 / 100, 70), tone(RATE * 3 / 10, 3300), tone(RATE * 9 / 100, 70));
        int[] words = Loudness.words(pcm, RATE, Loudness.measure(pcm));
        assertThat(words).containsExactly(RATE * 12 / 100, RATE * 42 / 100);
        byte[] speech = tone(RATE / 2, 3300);
        assertThat(Loudness.words(speech, RATE, Loudness.measure(speech))).containsExactly(0, RATE / 2);
    }

    private static double voicedRms(byte[] pcm) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < pcm.length / 2; i++) {
            int s = sample(pcm, i);
            if (Math.abs(s) >= Loudness.SILENCE) {
                sum += (double) s * s;
                n++;
            }
        }
        return Math.sqrt(sum / n);
    }

    private static double rmsOf(byte[] pcm, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) sample(pcm, i) * sample(pcm, i);
        }
        return Math.sqrt(sum / (to - from));
    }

    private static int peak(byte[] pcm) {
        int peak = 0;
        for (int i = 0; i < pcm.length / 2; i++) {
            peak = Math.max(peak, Math.abs(sample(pcm, i)));
        }
        return peak;
    }

    /** A square wave: every sample is loud, so what counts as voiced does not depend on the gain. */
    private static byte[] tone(int samples, int amplitude) {
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            int s = (i / 36) % 2 == 0 ? amplitude : -amplitude;
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        return pcm;
    }

    private static byte[] silence(int samples) {
        return new byte[samples * 2];
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static int sample(byte[] pcm, int i) {
        return (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
    }

    /** Levels the samples as the renderer does, with the levels measured from them. */
    private static byte[] level(byte[] pcm, double volume) {
        return Loudness.level(pcm, RATE, volume, Loudness.measure(pcm), Loudness.Target.ACX);
    }
}
