package dev.audiobook.tts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.audiobook.testing.ExternalTool;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Flite and espeak-ng behind the one Synthesizer interface, run for real. */
class EnginesTest {
    private static VoiceSettings voice(Engine engine, String name, float rate) {
        return new VoiceSettings(name, rate, 100, 11, Pronunciations.NONE, 1, engine);
    }

    private static double seconds(Synthesizer voice, String text) {
        return voice.speak(text).pcm().length / 2.0 / voice.format().sampleRate();
    }

    @Test
    void fliteSpeaksAtItsVoicesRateAndTheProfilesSpeed() {
        ExternalTool.require("flite", "flite");
        try (Synthesizer usual = Voices.open(voice(Engine.FLITE, "rms", 150), 16000);
                Synthesizer slow = Voices.open(voice(Engine.FLITE, "rms", 75), 16000)) {
            String text = "The lamps were lit one by one along the harbour wall.";
            Speech speech = usual.speak(text);

            assertThat(usual.format().sampleRate()).isEqualTo(16000);
            assertThat(speech.levels().voicedSamples()).isPositive();
            double seconds = seconds(usual, text);
            assertThat(seconds).isBetween(1.5, 6.0);
            assertThat(seconds(slow, text)).isGreaterThan(seconds * 1.6);
        }
    }

    @Test
    void espeakNgSpeaksItsLanguageAndIsResampledToTheBooksRate() {
        ExternalTool.require("espeak-ng", "espeak-ng");
        try (Synthesizer own = Voices.open(voice(Engine.ESPEAK_NG, "de", 150), 22050);
                Synthesizer resampled = Voices.open(voice(Engine.ESPEAK_NG, "de", 150), 16000)) {
            String text = "Am 14. Juli 1789 war er 42 Jahre alt.";
            double seconds = seconds(own, text);

            assertThat(own.format().sampleRate()).isEqualTo(22050);
            assertThat(resampled.format().sampleRate()).isEqualTo(16000);
            assertThat(seconds).isBetween(1.5, 8.0);
            assertThat(seconds(resampled, text)).isCloseTo(seconds, org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void theSameTextMakesTheSameSamplesEveryTime() {
        ExternalTool.require("flite", "flite");
        ExternalTool.require("espeak-ng", "espeak-ng");
        for (VoiceSettings settings : new VoiceSettings[] {voice(Engine.FLITE, "slt", 150),
                voice(Engine.ESPEAK_NG, "fr-fr", 150)}) {
            try (Synthesizer a = Voices.open(settings, 16000); Synthesizer b = Voices.open(settings, 16000)) {
                assertThat(a.speak("Une phrase, deux phrases.").pcm()).isEqualTo(b.speak("Une phrase, deux phrases.").pcm());
            }
        }
    }

    @Test
    void aRespellingIsSaidForAnEngineWhoseLexiconIsClosed() {
        Pronunciations lexicon = new Pronunciations(Map.of("niamh", "neeve", "siobhan", "/SH IH0 V AO1 N/"));

        assertThat(lexicon.respelled("Niamh met Siobhan; NIAMH's dog.")).isEqualTo("neeve met Siobhan; neeve's dog.");
        assertThat(lexicon.hasPhones()).isTrue();
    }

    @Test
    void whatAnEngineWritesIsCheckedBeforeItIsHeard() {
        ExternalTool.require("flite", "flite");
        try (Synthesizer eight = new FliteSynthesizer(voice(Engine.FLITE, "kal", 150))) {
            assertThat(eight.format().sampleRate()).isEqualTo(8000);
            assertThat(eight.speak("Hello.").pcm()).isNotEmpty();
        }
        byte[] wav = new java.io.ByteArrayOutputStream().toByteArray();
        assertThatThrownBy(() -> EngineOutput.pcm(wav, new dev.audiobook.audio.PcmFormat(16000, 16, 1), "flite"))
                .hasMessage("flite wrote no WAV (0 bytes)");
        byte[] header = java.nio.ByteBuffer.allocate(44).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putInt(0x46464952).putInt(36).putInt(0x45564157).putInt(0x20746d66).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000).putShort((short) 2)
                .putShort((short) 16).putInt(0x61746164).putInt(0).array();
        assertThatThrownBy(() -> EngineOutput.pcm(header, new dev.audiobook.audio.PcmFormat(16000, 16, 1), "flite"))
                .hasMessageContaining("flite spoke 16-bit, 1 channel(s) at 8000 Hz");
    }
}
