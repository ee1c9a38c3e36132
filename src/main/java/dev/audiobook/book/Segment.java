package dev.audiobook.book;

/**
 * One piece of speech, synthesized on its own: a chapter heading, a paragraph, or a piece of a very long
 * paragraph.
 *
 * @param chapterIndex the chapter it belongs to, from 0
 * @param opensChapter whether the chapter's marker goes at the start of this segment's audio
 * @param text the text as it will be spoken
 * @param pauseBeforeMillis silence before this segment
 * @param displayed the paragraph or heading as a reader sees it, for subtitles; empty for the later
 *     pieces of a long paragraph, which continue the first piece's subtitle
 * @param dialogue whether a character says it, in quotation marks, rather than the narrator
 */
public record Segment(int chapterIndex, boolean opensChapter, String text, int pauseBeforeMillis, String displayed,
        boolean dialogue) {
    public Segment(int chapterIndex, boolean opensChapter, String text, int pauseBeforeMillis, String displayed) {
        this(chapterIndex, opensChapter, text, pauseBeforeMillis, displayed, false);
    }

    /** Whether this segment continues the paragraph of the one before. */
    public boolean continuesParagraph() {
        return displayed.isEmpty();
    }

    public Segment withPauseBefore(int millis) {
        return new Segment(chapterIndex, opensChapter, text, millis, displayed, dialogue);
    }
}
