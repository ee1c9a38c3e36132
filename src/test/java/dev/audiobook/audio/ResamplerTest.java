package dev.audiobook.audio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResamplerTest {
    private static byte[] tone(double hertz, int sampleRate, int frames) {
        byte[] pcm = new byte[frames * 2];
        for (int i = 0; i < frames; i++) {
            short s = (short) Math.round(10000 * Math.sin(2 * Math.PI * hertz * i / sampleRate));
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        return pcm;
    }

    /** The RMS away from the ends, where the filter starts and stops. */
    private static double rms(byte[] pcm) {
        int frames = pcm.length / 2;
        double sum = 0;
        for (int i = frames / 10; i < frames * 9 / 10; i++) {
            short s = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
            sum += (double) s * s;
        }
        return Math.sqrt(sum / (frames * 8 / 10));
    }

    /** Crossings from clearly below zero to clearly above and back, so the rounding of near-zero samples does not count. */
    private static int zeroCrossings(byte[] pcm) {
        int crossings = 0;
        int side = 0;
        for (int i = 0; i < pcm.length / 2; i++) {
            short s = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
            int now = s > 1000 ? 1 : s < -1000 ? -1 : side;
            crossings += side != 0 && now != side ? 1 : 0;
            side = now;
        }
        return crossings;
    }

    @Test
    void speechBandIsKeptAtItsPitchAndLoudness() {
        for (double hertz : new double[] {200, 1000, 3000, 7000}) {
            byte[] out = Resampler.resample(tone(hertz, 22050, 22050), 22050, 16000);

            assertThat(out.length).isEqualTo(16000 * 2);
            assertThat(rms(out)).as("%s Hz", hertz).isCloseTo(7071, org.assertj.core.data.Percentage.withPercentage(2));
            // One second of the tone crosses zero twice a cycle, at any rate; the filter's delay of a few
            // milliseconds moves a few crossings past the end.
            assertThat(zeroCrossings(out)).as("%s Hz", hertz).isBetween((int) (2 * hertz * 0.995) - 2, (int) (2 * hertz) + 1);
        }
    }

    @Test
    void whatTheNewRateCannotHoldIsRemovedNotFoldedBack() {
        // 10 kHz is above 16 kHz's Nyquist frequency: dropping or interpolating samples would fold it to 6 kHz.
        byte[] out = Resampler.resample(tone(10000, 22050, 22050), 22050, 16000);

        assertThat(rms(out)).isLessThan(7071 / 100.0); // more than 40 dB down
    }

    @Test
    void upwardsToo() {
        byte[] out = Resampler.resample(tone(1000, 8000, 8000), 8000, 16000);

        assertThat(out.length).isEqualTo(16000 * 2);
        assertThat(zeroCrossings(out)).isBetween(1988, 2001);
        assertThat(Resampler.resample(new byte[0], 8000, 16000)).isEmpty();
    }
}
