package dev.audiobook.read;

import java.util.regex.Pattern;

/**
 * A line of a PDF page's text with where it stands and the type it is set in, as the layout rules need it.
 *
 * @param page the page's index, from 0
 * @param column counts from 0 on each page; a line starting higher up than the one before starts the next
 * @param x where the line starts, from the page's left edge
 * @param endX where it ends
 * @param baseline its baseline, from the page's top edge
 * @param size the size of most of its type, in points
 * @param bold whether most of its type is bold
 */
record PdfLine(int page, int column, String text, float x, float endX, float baseline, float size, boolean bold) {
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;\u2026][\"'\u201d\u2019)\\]]*$");

    boolean endsSentence() {
        return SENTENCE_END.matcher(text).matches();
    }

    boolean sameColumnAs(PdfLine other) {
        return page == other.page && column == other.column;
    }

    /** Set in type of another size or weight than the other line's. */
    boolean typeDiffers(PdfLine other) {
        return bold != other.bold || Math.abs(size - other.size) > 0.1f * Math.min(size, other.size);
    }
}
