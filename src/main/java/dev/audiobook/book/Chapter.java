package dev.audiobook.book;

import java.util.List;
import java.util.Optional;

/**
 * One track of the audiobook.
 *
 * @param title the track title, as the book writes it ("Chapter IV: The Road")
 * @param partOpening a part's heading and motto, read before the heading of its first chapter
 * @param heading what is spoken at the start of the chapter, empty when the book has no heading here
 * @param paragraphs the paragraphs as they are displayed, one segment each
 * @param line where the track starts in the input, from 1; 0 when not known
 */
public record Chapter(String title, Optional<PartOpening> partOpening, Optional<String> heading,
        List<String> paragraphs, int line) {
    /**
     * A part heading and the few lines under it, before its first chapter starts.
     *
     * @param title as shown ("Book II: The Town")
     * @param heading as spoken ("Book 2. The Town.")
     */
    public record PartOpening(String title, String heading, List<String> motto) {
        public PartOpening {
            motto = List.copyOf(motto);
        }
    }

    public Chapter {
        paragraphs = List.copyOf(paragraphs);
    }

    public Chapter(String title, Optional<String> heading, List<String> paragraphs, int line) {
        this(title, Optional.empty(), heading, paragraphs, line);
    }

    public Chapter(String title, Optional<String> heading, List<String> paragraphs) {
        this(title, heading, paragraphs, 0);
    }
}
