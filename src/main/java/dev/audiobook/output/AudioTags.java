package dev.audiobook.output;

import dev.audiobook.book.BookDetails;

/**
 * What a made file says of the book in its tags: title, author, who reads it, and what the book told of
 * itself (date, language, description, cover).
 *
 * @param narrator the voice, as "FreeTTS kevin16"
 */
public record AudioTags(String title, String author, String narrator, BookDetails details) {}
