package dev.audiobook.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextBlocksTest {
    @Test
    void splitsOnBlankLinesAndJoinsHardWrappedLines() {
        String text = "The wind came up\nfrom the south.\n\n\n  \nShe climbed   the stair.\n";

        List<TextBlock> blocks = TextBlocks.split(text);

        assertThat(blocks).extracting(TextBlock::joined)
                .containsExactly("The wind came up from the south.", "She climbed the stair.");
        assertThat(blocks.get(0).lines()).containsExactly("The wind came up", "from the south.");
    }

    @Test
    void treatsCrLfAndCrLineEndingsLikeLf() {
        String lf = "One\ntwo.\n\nThree.";

        assertThat(TextBlocks.split(lf.replace("\n", "\r\n"))).isEqualTo(TextBlocks.split(lf));
        assertThat(TextBlocks.split(lf.replace("\n", "\r"))).isEqualTo(TextBlocks.split(lf));
    }

    @Test
    void runsOfSpacesTabsAndNoBreakSpacesBecomeOneSpaceAndLinesAreTrimmed() {
        assertThat(TextBlocks.collapseSpaces("a  b\tc\u00A0d \u000B\fe")).isEqualTo("a b c d e");
        assertThat(TextBlocks.collapseSpaces("  a b  ")).isEqualTo("a b");
        assertThat(TextBlocks.collapseSpaces("\u2003a b\u2003")).isEqualTo("a b");
        assertThat(TextBlocks.collapseSpaces("a\u2003b")).isEqualTo("a\u2003b");
        assertThat(TextBlocks.collapseSpaces("A plain line, as most are.")).isEqualTo("A plain line, as most are.");
        assertThat(TextBlocks.collapseSpaces(" ")).isEmpty();
    }

    @Test
    void aLineOfNoBreakSpacesIsBlank() {
        assertThat(TextBlocks.split("One.\n\u00A0\u00A0\nTwo.")).hasSize(2);
    }

    @Test
    void aLongTextWithoutBlankLinesHasAParagraphOnEachLine() {
        String text = "Chapter 1\n" + "It rained all day, and nobody went out.\n".repeat(25) + "Chapter 2\nThe sun came out.";

        List<TextBlock> blocks = TextBlocks.split(text);

        assertThat(blocks).hasSize(28);
        assertThat(blocks.get(0).lines()).containsExactly("Chapter 1");
        assertThat(blocks.get(26).joined()).isEqualTo("Chapter 2");
    }

    @Test
    void aShortTextWithoutBlankLinesIsOneHardWrappedParagraph() {
        assertThat(TextBlocks.split("It rained\nall day.\nNobody\nwent out.")).hasSize(1);
    }
}
