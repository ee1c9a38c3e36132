package dev.audiobook.read;

import dev.audiobook.UserError;
import dev.audiobook.book.BookDetails;
import dev.audiobook.text.TextLoader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads an RTF document (as pandoc, LibreOffice or Word write one) with {@link RtfParser}: its paragraphs
 * rebuilt as an HTML page, those with an outline level as headings of that level, read as an HTML page is;
 * its title and author from its {@code \info}.
 */
final class RtfReader {
    /** A novel's RTF is a few megabytes; pictures, written in hex, may add tens more. */
    static final long MAX_FILE_BYTES = 64L << 20;
    /** What pandoc writes for a picture it could not embed: "[image: images/gs168.jpg]", no words of the book. */
    /** A line of dashes alone is a rule drawn across the page (pandoc writes a web page's {@code <hr>} so). */
    private static final Pattern RULE = Pattern.compile("[\u2014\u2013\u2012\u2015_-]{3,}");
    private static final Pattern IMAGE_PLACEHOLDER = Pattern.compile("\\[image: [^\\]\n]*\\]");

    private RtfReader() {}

    static Document read(Path path, String digest) throws UserError {
        RtfParser.Parsed parsed;
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw new UserError(path + ": the RTF document is larger than " + (MAX_FILE_BYTES >> 20)
                        + " MB, more than any book with its pictures; refusing it");
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 64 << 10)) {
                parsed = RtfParser.parse(in, TextLoader.MAX_TEXT_BYTES);
            }
        } catch (IOException e) {
            throw UserError.cannotRead(path, e);
        } catch (RtfParser.Refused refused) {
            throw new UserError(path + ": " + refused.getMessage() + "; refusing it", refused);
        }
        org.jsoup.nodes.Document page = org.jsoup.nodes.Document.createShell("");
        for (RtfParser.Paragraph paragraph : parsed.paragraphs()) {
            if (RULE.matcher(paragraph.text()).matches()) {
                page.body().appendElement("hr");
                continue;
            }
            Element block = page.body().appendElement(paragraph.level() > 0 ? "h" + Math.min(6, paragraph.level()) : "p");
            String[] lines = IMAGE_PLACEHOLDER.matcher(paragraph.text()).replaceAll("").split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    block.appendElement("br");
                }
                block.appendText(lines[i]);
            }
        }
        Optional<String> title = parsed.title();
        List<String> authors = parsed.author().stream().toList();
        // Without an \info title (pandoc writes none), a centred first paragraph is the title pandoc sets
        // there; a web page's ("The Project Gutenberg eBook of Emma, by Jane Austen") names the author too.
        Optional<RtfParser.Paragraph> first = parsed.paragraphs().stream().findFirst()
                .filter(p -> p.centered() && p.level() == 0 && !p.text().contains("\n"));
        if (title.isEmpty() && first.isPresent()) {
            title = Optional.of(first.get().text());
        }
        return HtmlReader.rebuilt(page, parsed.charset(), digest, title, authors, BookDetails.NONE, List.of(),
                List.of());
    }
}
