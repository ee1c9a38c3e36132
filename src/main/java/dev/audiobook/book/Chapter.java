package dev.audiobook.book;

import java.util.List;
import java.util.Optional;

/**
 * One track of the audiobook.
 *
 * @param title the track title, as the book writes it ("Chapter IV: The Road")
 * @param heading what is spoken at the start of the chapter, empty when the book has no heading here
 * @param paragraphs the paragraphs as they are displayed, one segment each
 * @param line where the track starts in the input, from 1; 0 when not known
 */
public record Chapter(String title, Optional<String> heading, List<String> paragraphs, int line) {
    public Chapter {
        paragraphs = List.copyOf(paragraphs);
    }

    public Chapter(String title, Optional<String> heading, List<String> paragraphs) {
        this(title, heading, paragraphs, 0);
    }
}
