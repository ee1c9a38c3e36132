package dev.audiobook.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeechTextTest {
    @Test
    void dropsMarkupTheVoiceWouldSpellOut() {
        assertThat(SpeechText.spoken("She was _very_ *tired*.")).isEqualTo("She was very tired.");
    }

    @Test
    void dashesBecomePauses() {
        assertThat(SpeechText.spoken("It was late -- too late\u2014to turn back."))
                .isEqualTo("It was late, too late, to turn back.");
    }

    @Test
    void aSceneBreakHasNothingToSay() {
        assertThat(SpeechText.spoken("* * *")).isEmpty();
        assertThat(SpeechText.spoken("---")).isEmpty();
    }
}
