package dev.audiobook.book;

import java.util.Optional;

/**
 * What an e-book's package says of the book beyond its title and author, for the tags of what is made.
 *
 * @param language as the book gives it ("en", "fr-CA")
 * @param date its publication date, as written ("1901", "2012-05-01")
 * @param subtitle the title's second part, where the book gives it apart ("A Novel")
 * @param authorSort the first author's name as it is filed ("Dickens, Charles")
 * @param series the series or collection the book belongs to
 */
public record BookDetails(Optional<String> language, Optional<String> date, Optional<String> description,
        Optional<Cover> cover, Optional<String> subtitle, Optional<String> authorSort, Optional<Series> series) {
    public static final BookDetails NONE = new BookDetails(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * @param position the book's place in it, as written ("2", "2.5")
     */
    public record Series(String name, Optional<String> position) {}

    public static BookDetails of(Optional<String> language, Optional<String> date, Optional<String> description,
            Optional<Cover> cover) {
        return new BookDetails(language, date, description, cover, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public BookDetails withDate(String date) {
        return new BookDetails(language, Optional.of(date), description, cover, subtitle, authorSort, series);
    }

    public BookDetails withCover(Cover picture) {
        return new BookDetails(language, date, description, Optional.of(picture), subtitle, authorSort, series);
    }

    /**
     * What the tags say beside the cover, as a line that changes when any of it changes (and, for a book
     * with no subtitle, sort name or series, reads as before they were tagged, so its files are not remade).
     */
    public String tagLine() {
        String line = date + " " + language + " " + description;
        return subtitle.isEmpty() && authorSort.isEmpty() && series.isEmpty() ? line
                : line + " " + subtitle + " " + authorSort + " " + series;
    }
}
