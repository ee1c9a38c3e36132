package dev.audiobook.tts;

import com.sun.speech.freetts.relp.LPCResult;
import com.sun.speech.freetts.util.WaveUtils;
import dev.audiobook.audio.Loudness;
import java.util.Arrays;

/**
 * Turns FreeTTS's linear-prediction result into 16-bit little-endian PCM: the filter FreeTTS's own
 * LPCResult.playWaveSamples runs, where FreeTTS spends most of its time. FreeTTS walks a linked ring of
 * float nodes and adds the products one after another, each add waiting for the last; here the history
 * is a small array that stays in the processor's cache, the sum runs in four independent parts, and
 * the one product that needs the sample just made is added last.
 * Summing in another order rounds a little differently, so a sample may differ from FreeTTS's by one
 * step in 65536 (FreeTtsEquivalenceTest).
 */
final class LpcWaveform {
    private static final float[] RESIDUAL_TO_FLOAT = new float[256];

    static {
        for (short i = 0; i < RESIDUAL_TO_FLOAT.length; i++) {
            RESIDUAL_TO_FLOAT[i] = WaveUtils.ulawToShort(i);
        }
        RESIDUAL_TO_FLOAT[128] = WaveUtils.ulawToShort((short) 255);
    }

    private LpcWaveform() {}

    /** The number of PCM bytes {@link #write} produces for this result. */
    static int pcmBytes(LPCResult lpc) {
        int samples = 0;
        int[] residualSizes = lpc.getResidualSizes();
        for (int i = 0; i < lpc.getNumberOfFrames(); i++) {
            samples += residualSizes[i];
        }
        return samples * 2;
    }

    /** Where the samples an utterance wrote end, and their levels. */
    record Written(int end, Loudness.Levels levels) {}

    /** Writes the utterance's samples into pcm from offset on. */
    static Written write(LPCResult lpc, byte[] pcm, int offset) {
        if (lpc.getNumberOfChannels() == 16) {
            return writeOrder16(lpc, pcm, offset);
        }
        int end = writeAnyOrder(lpc, pcm, offset);
        return new Written(end, Loudness.measure(Arrays.copyOfRange(pcm, offset, end)));
    }

    /**
     * The kevin voices' filter has 16 coefficients. Spelled out with the history in local variables, it runs
     * three to four times faster than the loop below, most of all before the JIT's optimising compiler has
     * got to it.
     */
    /** Counts the levels as Loudness.measure does, while each sample is at hand. */
    private static Written writeOrder16(LPCResult lpc, byte[] pcm, int offset) {
        int frames = lpc.getNumberOfFrames();
        int[] residualSizes = lpc.getResidualSizes();
        byte[] residuals = lpc.getResiduals();
        double multiplier = lpc.getLPCRange() / 65535.0;
        float min = lpc.getLPCMin();
        int out = offset;
        int r = 0;
        long sumSquares = 0;
        int voiced = 0;
        int peak = 0;
        // y1 is the newest output, y16 the oldest the filter uses.
        float y1 = 0, y2 = 0, y3 = 0, y4 = 0, y5 = 0, y6 = 0, y7 = 0, y8 = 0;
        float y9 = 0, y10 = 0, y11 = 0, y12 = 0, y13 = 0, y14 = 0, y15 = 0, y16 = 0;
        for (int i = 0; i < frames; i++) {
            short[] f = lpc.getFrame(i);
            float c0 = coefficient(f[0], multiplier, min), c1 = coefficient(f[1], multiplier, min);
            float c2 = coefficient(f[2], multiplier, min), c3 = coefficient(f[3], multiplier, min);
            float c4 = coefficient(f[4], multiplier, min), c5 = coefficient(f[5], multiplier, min);
            float c6 = coefficient(f[6], multiplier, min), c7 = coefficient(f[7], multiplier, min);
            float c8 = coefficient(f[8], multiplier, min), c9 = coefficient(f[9], multiplier, min);
            float c10 = coefficient(f[10], multiplier, min), c11 = coefficient(f[11], multiplier, min);
            float c12 = coefficient(f[12], multiplier, min), c13 = coefficient(f[13], multiplier, min);
            float c14 = coefficient(f[14], multiplier, min), c15 = coefficient(f[15], multiplier, min);
            for (int j = 0; j < residualSizes[i]; j++, r++) {
                float a = c1 * y2 + c5 * y6 + c9 * y10 + c13 * y14;
                float b = c2 * y3 + c6 * y7 + c10 * y11 + c14 * y15;
                float d = c3 * y4 + c7 * y8 + c11 * y12 + c15 * y16;
                float e = c4 * y5 + c8 * y9 + c12 * y13;
                float ob = (RESIDUAL_TO_FLOAT[residuals[r] + 128] + ((a + b) + (d + e))) + c0 * y1;
                y16 = y15; y15 = y14; y14 = y13; y13 = y12; y12 = y11; y11 = y10; y10 = y9; y9 = y8;
                y8 = y7; y7 = y6; y6 = y5; y5 = y4; y4 = y3; y3 = y2; y2 = y1; y1 = ob;
                int sample = (int) ob;
                pcm[out++] = (byte) sample;
                pcm[out++] = (byte) (sample >>> 8);
                int s = (short) sample;
                int magnitude = (s ^ (s >> 31)) - (s >> 31);
                peak = Math.max(peak, magnitude);
                int voicedMask = (Loudness.SILENCE - 1 - magnitude) >> 31;
                sumSquares += (s * s) & voicedMask;
                voiced -= voicedMask;
            }
        }
        return new Written(out, new Loudness.Levels(sumSquares, voiced, peak));
    }

    private static float coefficient(short packed, double multiplier, float minimum) {
        return (float) ((packed + 32768.0) * multiplier) + minimum;
    }

    private static int writeAnyOrder(LPCResult lpc, byte[] pcm, int offset) {
        int order = lpc.getNumberOfChannels();
        int frames = lpc.getNumberOfFrames();
        int[] residualSizes = lpc.getResidualSizes();
        byte[] residuals = lpc.getResiduals();
        // The last `order` outputs, newest first from `newest`, kept twice over so the window never wraps.
        float[] history = new float[2 * order];
        int newest = 0;
        float[] coefficients = new float[order];
        double multiplier = lpc.getLPCRange() / 65535.0;
        float minimum = lpc.getLPCMin();
        int out = offset;
        int r = 0;
        for (int i = 0; i < frames; i++) {
            short[] frame = lpc.getFrame(i);
            for (int k = 0; k < order; k++) {
                coefficients[k] = coefficient(frame[k], multiplier, minimum);
            }
            for (int j = 0; j < residualSizes[i]; j++, r++) {
                // Everything but the newest output first, so the one term that waits on the last sample
                // comes last and the rest overlaps with computing that sample.
                float s0 = 0;
                float s1 = 0;
                float s2 = 0;
                float s3 = 0;
                int k = 1;
                for (; k + 3 < order; k += 4) {
                    s0 += coefficients[k] * history[newest + k];
                    s1 += coefficients[k + 1] * history[newest + k + 1];
                    s2 += coefficients[k + 2] * history[newest + k + 2];
                    s3 += coefficients[k + 3] * history[newest + k + 3];
                }
                for (; k < order; k++) {
                    s0 += coefficients[k] * history[newest + k];
                }
                float older = RESIDUAL_TO_FLOAT[residuals[r] + 128] + ((s0 + s1) + (s2 + s3));
                float ob = older + coefficients[0] * history[newest];
                newest = newest == 0 ? order - 1 : newest - 1;
                history[newest] = ob;
                history[newest + order] = ob;
                int sample = (int) ob;
                pcm[out++] = (byte) sample;
                pcm[out++] = (byte) (sample >>> 8);
            }
        }
        return out;
    }
}
