package dev.audiobook.book;

/** Silences between paragraphs and around chapter headings. */
public record Pauses(int paragraphMillis, int chapterMillis) {
    public static final Pauses DEFAULT = new Pauses(600, 1500);
}
