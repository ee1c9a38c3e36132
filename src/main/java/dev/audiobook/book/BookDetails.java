package dev.audiobook.book;

import java.util.Optional;

/**
 * What an e-book's package says of the book beyond its title and author, for the tags of what is made.
 *
 * @param language as the book gives it ("en", "fr-CA")
 * @param date its publication date, as written ("1901", "2012-05-01")
 */
public record BookDetails(Optional<String> language, Optional<String> date, Optional<String> description,
        Optional<Cover> cover) {
    public static final BookDetails NONE =
            new BookDetails(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public BookDetails withDate(String date) {
        return new BookDetails(language, Optional.of(date), description, cover);
    }

    public BookDetails withCover(Cover picture) {
        return new BookDetails(language, date, description, Optional.of(picture));
    }
}
