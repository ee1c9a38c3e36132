package dev.audiobook.tts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The profile's settings reach FreeTTS: rate changes the duration, pitch the samples. */
class VoiceSettingsTest {
    private static final String TEXT = "The wind came up from the south just after dark, and the lamps were lit "
            + "along the harbour wall one after another until the whole town shone.";

    @Test
    void rate200TakesAboutHalfTheTimeOfRate100() {
        double slow = seconds(new VoiceSettings("kevin16", 100, 100, 11));
        double fast = seconds(new VoiceSettings("kevin16", 200, 100, 11));

        assertThat(fast / slow).isCloseTo(0.5, within(0.1));
    }

    @Test
    void theDefaultSettingsSpeakAsFreeTtsDoes() {
        try (FreeTtsSynthesizer plain = new FreeTtsSynthesizer("kevin16");
                FreeTtsSynthesizer defaults = new FreeTtsSynthesizer(VoiceSettings.DEFAULT)) {
            assertThat(defaults.synthesize(TEXT)).isEqualTo(plain.synthesize(TEXT));
        }
    }

    @Test
    void pitchChangesTheSamplesButNotMuchTheDuration() {
        try (FreeTtsSynthesizer low = new FreeTtsSynthesizer(new VoiceSettings("kevin16", 150, 80, 11));
                FreeTtsSynthesizer high = new FreeTtsSynthesizer(new VoiceSettings("kevin16", 150, 140, 11))) {
            byte[] lowPcm = low.synthesize(TEXT);
            byte[] highPcm = high.synthesize(TEXT);
            assertThat(highPcm).isNotEqualTo(lowPcm);
            assertThat((double) highPcm.length / lowPcm.length).isCloseTo(1.0, within(0.1));
        }
    }

    private static double seconds(VoiceSettings settings) {
        try (FreeTtsSynthesizer voice = new FreeTtsSynthesizer(settings)) {
            return voice.synthesize(TEXT).length / 2.0 / voice.format().sampleRate();
        }
    }
}
