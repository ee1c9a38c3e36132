package dev.audiobook.read;

import dev.audiobook.book.BookDetails;
import dev.audiobook.book.ContentsEntry;
import dev.audiobook.text.Invisibles;
import java.nio.charset.Charset;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * A book as every reader gives it, whatever its format: the text to read as plain lines, what the book
 * says of itself, and for an e-book its table of contents.
 *
 * @param charset the encoding the file was read in
 * @param digest the SHA-256 of the file's bytes
 * @param inputLine the input file's line of each line of the text, 0 where there is none
 * @param title the title as the file names it, when it does
 * @param authors as the file names them
 * @param contents an e-book's table of contents, in reading order; empty for a text that has none
 * @param headingLines the text's lines, from 1, that the book marks as headings
 * @param headingOutline the book's heading elements as a contents, each level under the one above, for a
 *     book whose headings are all it says of its structure (an HTML page, an EPUB without contents)
 * @param warnings what the reader could not read and left out, a line each ("chapter2.xhtml is missing")
 */
public record Document(String text, Charset charset, String digest, IntUnaryOperator inputLine,
        Optional<String> title, List<String> authors, BookDetails details, List<ContentsEntry> contents,
        BitSet headingLines, List<ContentsEntry> headingOutline, List<String> warnings) {
    /** What every reader gives is without the characters no reader sees (see {@link Invisibles}). */
    public Document {
        text = Invisibles.remove(text);
        title = title.map(Invisibles::remove);
        authors = authors.stream().map(Invisibles::remove).toList();
        details = new BookDetails(details.language(), details.date(), details.description().map(Invisibles::remove),
                details.cover(), details.subtitle().map(Invisibles::remove), details.authorSort().map(Invisibles::remove),
                details.series().map(c -> new BookDetails.Series(Invisibles.remove(c.name()), c.position())));
        contents = withoutInvisibles(contents);
        headingOutline = withoutInvisibles(headingOutline);
        warnings = List.copyOf(warnings);
    }

    private static List<ContentsEntry> withoutInvisibles(List<ContentsEntry> entries) {
        return entries.stream()
                .map(e -> new ContentsEntry(Invisibles.remove(e.title()), e.line(), e.depth(), e.kind()))
                .toList();
    }

    /** A plain text, which says nothing of itself but its words. */
    static Document plain(String text, Charset charset, String digest) {
        return new Document(text, charset, digest, IntUnaryOperator.identity(), Optional.empty(), List.of(),
                BookDetails.NONE, List.of(), new BitSet(), List.of(), List.of());
    }
}
