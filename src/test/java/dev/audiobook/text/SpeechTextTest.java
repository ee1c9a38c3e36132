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

    @Test
    void whatTheVoiceCannotSayIsLeftOutAndCounted() {
        String mixed = "She said \u4f60\u597d and smiled \ud83d\ude00. \u0391\u03b8\u03ae\u03bd\u03b1 is far.";

        assertThat(SpeechText.spoken(mixed)).isEqualTo("She said and smiled. is far.");
        assertThat(SpeechText.unspeakable(mixed)).isEqualTo(2 + 1 + 5);
        assertThat(SpeechText.spoken("\u7b2c\u4e00\u7ae0 \ud83d\ude00\ud83d\ude00")).isEmpty();
    }

    @Test
    void accentedLatinLettersAndSignsTheNormalizerReadsAreKept() {
        assertThat(SpeechText.unspeakable("Caf\u00e9 at 30\u00b0, \u00a9 1901, na\u00efve")).isZero();
    }

    @Test
    void aWordNoLanguageHasIsLeftOutNotSpelledOut() {
        String held = "x".repeat(3_000_000);
        String blob = "QUJDREVGR0hJ+/1".repeat(20);

        assertThat(SpeechText.spoken("He pressed " + held + " and left.")).isEqualTo("He pressed and left.");
        assertThat(SpeechText.absurdWords("It read " + blob + " then. " + held)).containsExactly(blob, held);
        assertThat(SpeechText.absurdWords("Donaudampfschifffahrtsgesellschaft and antidisestablishmentarianism,"
                + " see https://www.gutenberg.org/ebooks/1342/pg1342-images.html")).isEmpty();
    }
}
