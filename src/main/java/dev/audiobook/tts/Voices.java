package dev.audiobook.tts;

import dev.audiobook.audio.Loudness;
import dev.audiobook.audio.PcmFormat;
import dev.audiobook.audio.Resampler;

/** Opens a voice of any engine, speaking at the book's sample rate. */
public final class Voices {
    private Voices() {}

    /** The rate the voice speaks at, known without running it. */
    public static int sampleRateOf(VoiceSettings settings) {
        return VoiceCatalog.find(settings.engine(), settings.name()).map(EngineVoice::sampleRate)
                .orElse(settings.engine() == Engine.ESPEAK_NG ? VoiceCatalog.ESPEAK_NG_RATE : 16000);
    }

    /** The voice, resampled when it speaks at another rate than the book's. */
    public static Synthesizer open(VoiceSettings settings, int bookSampleRate) {
        Synthesizer voice = switch (settings.engine()) {
            case FREETTS -> new FreeTtsSynthesizer(settings);
            case FLITE -> new FliteSynthesizer(settings);
            case ESPEAK_NG -> new EspeakNgSynthesizer(settings);
        };
        return voice.format().sampleRate() == bookSampleRate ? voice : new Resampled(voice, bookSampleRate);
    }

    /** A voice heard at another sample rate. */
    private record Resampled(Synthesizer voice, int sampleRate) implements Synthesizer {
        @Override
        public PcmFormat format() {
            return new PcmFormat(sampleRate, 16, 1);
        }

        @Override
        public Speech speak(String text) {
            byte[] pcm = Resampler.resample(voice.speak(text).pcm(), voice.format().sampleRate(), sampleRate);
            return new Speech(pcm, Loudness.measure(pcm));
        }

        @Override
        public void close() {
            voice.close();
        }
    }
}
