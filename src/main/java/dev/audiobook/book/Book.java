package dev.audiobook.book;

import java.util.List;

/**
 * A book ready to be read aloud.
 *
 * @param author may be empty
 * @param opening a short title page read at the start of the first chapter's track, before its heading
 * @param details what an e-book says of itself beyond title and author, for the tags
 */
public record Book(String title, String author, List<String> opening, List<Chapter> chapters, BookDetails details) {
    public Book {
        opening = List.copyOf(opening);
        chapters = List.copyOf(chapters);
    }

    public Book(String title, String author, List<String> opening, List<Chapter> chapters) {
        this(title, author, opening, chapters, BookDetails.NONE);
    }
}
