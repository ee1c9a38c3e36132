package dev.audiobook.book;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One piece of speech, synthesized on its own: a chapter heading, a paragraph, or a piece of a very long
 * paragraph. Each of its sentences is spoken by a call of its own, so where each one starts and ends is
 * known.
 *
 * @param chapterIndex the chapter it belongs to, from 0
 * @param opensChapter whether the chapter's marker goes at the start of this segment's audio
 * @param sentences what it says, in order; at least one
 * @param pauseBeforeMillis silence before this segment
 * @param displayed the paragraph or heading as a reader sees it, for subtitles; empty for the later
 *     pieces of a long paragraph, which continue the first piece's subtitle
 * @param dialogue whether a character says it, in quotation marks, rather than the narrator
 */
public record Segment(int chapterIndex, boolean opensChapter, List<Sentence> sentences, int pauseBeforeMillis,
        String displayed, boolean dialogue) {
    public Segment {
        sentences = List.copyOf(sentences);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("a segment says at least one sentence");
        }
    }

    /** A segment of one sentence, shown as the paragraph is. */
    public Segment(int chapterIndex, boolean opensChapter, String text, int pauseBeforeMillis, String displayed) {
        this(chapterIndex, opensChapter, List.of(new Sentence(displayed, text)), pauseBeforeMillis, displayed, false);
    }

    /** The text as it will be spoken: its sentences' spoken text, one space between them. */
    public String text() {
        return sentences.size() == 1 ? sentences.get(0).spoken()
                : sentences.stream().map(Sentence::spoken).collect(Collectors.joining(" "));
    }

    /** Whether this segment continues the paragraph of the one before. */
    public boolean continuesParagraph() {
        return displayed.isEmpty();
    }

    public Segment withPauseBefore(int millis) {
        return new Segment(chapterIndex, opensChapter, sentences, millis, displayed, dialogue);
    }
}
