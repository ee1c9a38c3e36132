package dev.audiobook;

import dev.audiobook.book.Pauses;
import java.util.Optional;

/** How to make the audiobook, once the command line is parsed. */
public record BookOptions(Optional<String> title, Optional<String> author, String voice, int jobs, Pauses pauses) {
    public BookOptions {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }
}
