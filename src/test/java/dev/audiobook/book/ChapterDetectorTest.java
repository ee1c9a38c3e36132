package dev.audiobook.book;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.text.TextBlocks;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChapterDetectorTest {
    @Test
    void moreThan99ParagraphsWithoutHeadingsShareAtMost99Tracks() {
        String text = IntStream.rangeClosed(1, 250)
                .mapToObj(i -> "Paragraph number " + i + " of a text without any headings.")
                .collect(Collectors.joining("\n\n"));

        List<Chapter> tracks = ChapterDetector.detect(TextBlocks.split(text), "Untitled").chapters();

        assertThat(tracks).hasSizeLessThanOrEqualTo(ChapterDetector.MAX_TRACKS);
        assertThat(tracks.stream().mapToInt(c -> c.paragraphs().size()).sum()).isEqualTo(250);
        assertThat(tracks.get(0).paragraphs()).hasSize(3);
        assertThat(tracks.get(1).title()).isEqualTo("Paragraph number 4 of a text\u2026");
    }

    @Test
    void aHeadingFollowedDirectlyByTextKeepsThatTextAsTheFirstParagraph() {
        String text = "Chapter 5\nThe morning was grey and the road was long, and nobody came out to meet them.";

        List<Chapter> chapters = ChapterDetector.detect(TextBlocks.split(text), "Untitled").chapters();

        assertThat(chapters).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Chapter 5");
            assertThat(c.paragraphs()).containsExactly(
                    "The morning was grey and the road was long, and nobody came out to meet them.");
        });
    }

    @Test
    void romanNumeralsAreReadAsNumbers() {
        assertThat(RomanNumerals.parse("XIV")).isEqualTo(14);
        assertThat(RomanNumerals.parse("mcmxcix")).isEqualTo(1999);
        assertThat(Heading.parseLine("CHAPTER XLII.").orElseThrow().spoken()).isEqualTo("Chapter 42.");
    }

    @Test
    void aLongLineIsNeverAHeading() {
        assertThat(Heading.parseLine("Chapter 1 " + "word ".repeat(20))).isEmpty();
    }
}
