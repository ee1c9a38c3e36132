package dev.audiobook.output;

import dev.audiobook.book.BookDetails;

/**
 * What a made file says of the book in its tags: title, author, who reads it, and what the book told of
 * itself (date, language, description, cover).
 *
 * @param narrator the voice, as "FreeTTS kevin16"
 * @param spokenLanguage the language the voice speaks, as a BCP 47 tag: "en-US", "fr-fr"
 */
public record AudioTags(String title, String author, String narrator, BookDetails details, String spokenLanguage) {
    public AudioTags(String title, String author, String narrator, BookDetails details) {
        this(title, author, narrator, details, "en");
    }

    /** The spoken language as ISO 639-2 ("eng", "fra"), as an m4b's audio track gives it. */
    String spokenLanguageCode() {
        String code = com.ibm.icu.util.ULocale.forLanguageTag(spokenLanguage).getISO3Language();
        return code.isEmpty() ? "und" : code;
    }
}
