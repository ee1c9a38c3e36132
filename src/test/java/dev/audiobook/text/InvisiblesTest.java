package dev.audiobook.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvisiblesTest {
    @Test
    void formatCharactersGoSoAWordStaysOneWord() {
        assertThat(Invisibles.remove("some\u00ADthing zero\u200Bwidth \u200Fmarked\uFEFF")).isEqualTo("something zerowidth marked");
    }

    @Test
    void controlCodesBecomeSpacesAndLineBreaksStay() {
        assertThat(Invisibles.remove("one\u0011two\r\n\tthree\fEND\u0000")).isEqualTo("one two\r\n\tthree\fEND ");
    }

    @Test
    void aTextWithoutThemIsTheSameString() {
        String text = "Plain words, caf\u00E9 and \u201Cquotes\u201D.\n";
        assertThat(Invisibles.remove(text)).isSameAs(text);
    }
}
