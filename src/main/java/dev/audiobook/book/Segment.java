package dev.audiobook.book;

/**
 * One piece of speech, synthesized on its own: a chapter heading or a paragraph.
 *
 * @param chapterIndex the chapter it belongs to, from 0
 * @param opensChapter whether the chapter's marker goes at the start of this segment's audio
 * @param text the text as it will be spoken
 * @param pauseBeforeMillis silence before this segment
 */
public record Segment(int chapterIndex, boolean opensChapter, String text, int pauseBeforeMillis) {}
