package dev.audiobook.book;

import java.util.List;

/**
 * A book ready to be read aloud.
 *
 * @param author may be empty
 * @param opening a short title page read at the start of the first chapter's track, before its heading
 */
public record Book(String title, String author, List<String> opening, List<Chapter> chapters) {
    public Book {
        opening = List.copyOf(opening);
        chapters = List.copyOf(chapters);
    }
}
