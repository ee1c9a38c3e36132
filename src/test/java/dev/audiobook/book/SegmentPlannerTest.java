package dev.audiobook.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SegmentPlannerTest {
    @Test
    void aVeryLongParagraphIsSpokenInPiecesOfWholeSentences() {
        String paragraph = IntStream.rangeClosed(1, 200)
                .mapToObj(i -> "The road went on past the mill and the old bridge for a long time.")
                .collect(Collectors.joining(" "));
        Book book = new Book("Long", "", List.of(), List.of(
                new Chapter("One", Optional.of("Chapter one."), List.of("A short one.", paragraph))));

        List<Segment> segments = SegmentPlanner.plan(book, Pauses.DEFAULT);

        assertThat(segments.size()).isGreaterThan(5);
        assertThat(segments).allSatisfy(s -> assertThat(s.text().length())
                .isLessThanOrEqualTo(SegmentPlanner.MAX_SEGMENT_CHARS));
        assertThat(segments.subList(2, segments.size())).allSatisfy(s -> {
            assertThat(s.text()).endsWith("a long time.");
            assertThat(s.opensChapter()).isFalse();
        });
        assertThat(segments.subList(3, segments.size())).allSatisfy(s -> assertThat(s.pauseBeforeMillis()).isZero());
        assertThat(segments.get(2).pauseBeforeMillis()).isEqualTo(Pauses.DEFAULT.paragraphMillis());
        assertThat(segments.stream().skip(2).map(Segment::text).collect(Collectors.joining(" "))).isEqualTo(paragraph);
    }

    @Test
    void aRunOnSentenceIsCutAtSpaces() {
        String runOn = "and then ".repeat(400).strip();

        List<String> pieces = texts(SegmentPlanner.sentencePieces(List.of(new Sentence(runOn, runOn))));

        assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(SegmentPlanner.MAX_SEGMENT_CHARS));
        assertThat(String.join(" ", pieces)).isEqualTo(runOn);
    }

    @Test
    void aParagraphOfMegabytesIsPreparedInPartsCutAtSentencesElseSpacesElseAnywhere() {
        String sentences = "One two three. Four five six. Seven eight nine.";
        assertThat(SegmentPlanner.cutAtSentences(sentences, 20)).containsExactly("One two three. ", "Four five six. ",
                "Seven eight nine.");
        assertThat(SegmentPlanner.cutAtSentences("aaa bbb ccc ddd", 8)).containsExactly("aaa bbb ", "ccc ddd");
        assertThat(SegmentPlanner.cutAtSentences("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
        String book = "word ".repeat(400_000);
        List<String> parts = SegmentPlanner.cutAtSentences(book, SegmentPlanner.MAX_PREPARED_CHARS);
        assertThat(String.join("", parts)).isEqualTo(book);
        assertThat(parts).allMatch(p -> p.length() <= SegmentPlanner.MAX_PREPARED_CHARS);
    }

    private static List<String> texts(List<List<Sentence>> pieces) {
        return pieces.stream().map(p -> p.stream().map(Sentence::spoken).collect(Collectors.joining(" "))).toList();
    }

    @Test
    void aPieceOfALongParagraphIsNeverMarksAlone() {
        String words = "word ".repeat(300).strip();
        String runOn = words + " !";
        List<String> pieces = texts(SegmentPlanner.sentencePieces(List.of(new Sentence(runOn, runOn))));
        assertThat(pieces).containsExactly(words);
    }
}
