package dev.audiobook.output;

import dev.audiobook.book.BookDetails;

/** What a made file says of the book in its tags: title, author, and what an e-book told of itself. */
public record AudioTags(String title, String author, BookDetails details) {}
