package dev.audiobook.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArtefactsTest {
    @Test
    void illustrationsPageNumbersAndFootnoteMarkersGo() {
        assertThat(Artefacts.remove("[Illustration]\n\nShe came in.[Illustration: A door] And sat."))
                .isEqualTo("\n\nShe came in. And sat.");
        assertThat(Artefacts.remove("the end of one page [Pg 24] and the start {12} of another [page iv]."))
                .isEqualTo("the end of one page  and the start  of another .");
        assertThat(Artefacts.remove("the sea.[12] A word[A] and a star,[*] not [sic] nor a [b] nor [12] alone"))
                .isEqualTo("the sea. A word and a star, not [sic] nor a [b] nor [12] alone");
    }

    @Test
    void footnoteBlocksAndPageNumberLinesGo() {
        String text = "He left.[1]\n\n[1] The carrier's cart ran on Tuesdays\nand Fridays.\n\n"
                + "Footnote 2: Also on Sundays.\n\n- 12 -\n\n[34]\n\nThe road went on.\n";

        // "The road went on." stays on line 12, where it was.
        assertThat(Artefacts.remove(text)).isEqualTo("He left." + "\n".repeat(11) + "The road went on.\n");
    }

    @Test
    void textWithoutBracketsIsLeftAsItIs() {
        String text = "Chapter 1\n\nA plain page - with a dash - and numbers 12 and 34.\n";

        assertThat(Artefacts.remove(text)).isEqualTo(text);
    }

    @Test
    void aCoverCaptionAboveTheTitleGoesButTheWordCoverStaysInText() {
        assertThat(Artefacts.remove("cover\n\n\nThe Long Road\n\nby A. Writer\n"))
                .isEqualTo("\n\n\nThe Long Road\n\nby A. Writer\n");
        String text = "The Long Road\n\ncover\n\nShe ran for cover.\n";

        assertThat(Artefacts.remove(text)).isEqualTo(text);
    }
}
