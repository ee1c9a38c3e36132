package dev.audiobook.book;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.text.TextBlocks;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChapterDetectorTest {
    @Test
    void moreThan99ShortParagraphsWithoutHeadingsShareAtMost99Tracks() {
        String text = IntStream.rangeClosed(1, 250)
                .mapToObj(i -> "Line " + i + " of a short text.")
                .collect(Collectors.joining("\n\n"));

        List<Chapter> tracks = ChapterDetector.detect(TextBlocks.split(text), "Untitled").chapters();

        assertThat(tracks).hasSizeLessThanOrEqualTo(ChapterDetector.MAX_TRACKS);
        assertThat(tracks.stream().mapToInt(c -> c.paragraphs().size()).sum()).isEqualTo(250);
        assertThat(tracks.get(0).paragraphs()).hasSize(3);
        assertThat(tracks.get(1).title()).isEqualTo("Line 4 of a short text.");
    }

    @Test
    void aLongStoryWithoutHeadingsGetsATrackEveryFewMinutesAtParagraphBoundaries() {
        List<String> paragraphs = IntStream.rangeClosed(1, 90).mapToObj(ChapterDetectorTest::paragraphOfSeventyWords).toList();
        String text = "The Long Afternoon\n\nBy A. Teller\n\n\n" + String.join("\n\n", paragraphs);

        ChapterDetector.Detected detected = ChapterDetector.detect(TextBlocks.split(text), "Untitled");

        assertThat(detected.title()).contains("The Long Afternoon");
        assertThat(detected.author()).contains("A. Teller");
        assertThat(detected.chapters()).hasSizeBetween(2, 20);
        assertThat(detected.chapters().stream().flatMap(c -> c.paragraphs().stream()).toList()).isEqualTo(paragraphs);
        for (Chapter track : detected.chapters().subList(0, detected.chapters().size() - 1)) {
            int words = track.paragraphs().stream().mapToInt(Heading::wordCount).sum();
            assertThat(words).as(track.title()).isBetween(800, 1000);
        }
    }

    @Test
    void aLongStoryWithScenesIsCutAtItsSceneBreaks() {
        List<String> scenes = IntStream.rangeClosed(1, 6)
                .mapToObj(scene -> IntStream.rangeClosed(1, 12)
                        .mapToObj(p -> (p == 1 ? "Scene " + scene + " begins. " : "") + paragraphOfSeventyWords(p))
                        .collect(Collectors.joining("\n\n")))
                .toList();
        String text = String.join("\n\n* * *\n\n", scenes);

        List<Chapter> tracks = ChapterDetector.detect(TextBlocks.split(text), "Untitled").chapters();

        assertThat(tracks).extracting(c -> c.paragraphs().get(0))
                .allSatisfy(first -> assertThat(first).matches("Scene \\d begins\\..*"));
        assertThat(tracks).hasSize(6);
    }

    private static String paragraphOfSeventyWords(int n) {
        return ("Paragraph " + n + " goes on " + "and on ".repeat(33)).strip() + ".";
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
        assertThat(Heading.parseLine("CHAPTERXXVII.").orElseThrow().trackTitle()).isEqualTo("Chapter XXVII");
        assertThat(Heading.parseLine("Actively")).isEmpty();
        assertThat(Heading.parseLine("Chapters")).isEmpty();
    }

    @Test
    void aLongLineIsNeverAHeading() {
        assertThat(Heading.parseLine("Chapter 1 " + "word ".repeat(20))).isEmpty();
    }
}
