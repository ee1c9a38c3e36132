package dev.audiobook.book;

/**
 * One entry of an e-book's table of contents.
 *
 * @param line the line of the document's text where the entry's target starts, from 1
 * @param depth 0 for a top-level entry, 1 for an entry under it, and so on
 * @param hasEntriesUnder whether deeper entries follow under it, as chapters under a part
 */
public record ContentsEntry(String title, int line, int depth, boolean hasEntriesUnder) {}
