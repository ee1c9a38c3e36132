package dev.audiobook.read;

import dev.audiobook.UserError;
import dev.audiobook.book.BookDetails;
import dev.audiobook.book.Cover;
import dev.audiobook.text.TextLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads a FictionBook 2 document (.fb2): the XML's main body rebuilt as an HTML page (each section's
 * title a heading whose level is the section's depth), read as an HTML page is; the book's title,
 * authors, language, date, annotation, series and cover picture from its {@code title-info}. The notes
 * and comments bodies and the footnote marks that point into them are not read.
 */
final class FictionBookReader {
    /** A novel's FB2 is a few megabytes; its pictures, embedded in base64, may add tens more. */
    static final long MAX_FILE_BYTES = 64L << 20;
    private static final Set<String> NOTES_BODIES = Set.of("notes", "comments", "footnotes");
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private FictionBookReader() {}

    static Document read(Path path, String digest) throws UserError {
        Rebuilt rebuilt = rebuild(path);
        Document document = HtmlReader.rebuilt(rebuilt.page(), rebuilt.charset(), digest, rebuilt.title(),
                rebuilt.authors(), rebuilt.details(), List.of(), rebuilt.warnings());
        if (document.text().length() > TextLoader.MAX_TEXT_BYTES) {
            throw tooMuchText(path);
        }
        return document;
    }

    /** The book as an HTML page, with what it says of itself; the FictionBook's own tree is left behind. */
    private record Rebuilt(org.jsoup.nodes.Document page, Charset charset, Optional<String> title,
            List<String> authors, BookDetails details, List<String> warnings) {}

    private static Rebuilt rebuild(Path path) throws UserError {
        byte[] bytes = bytes(path);
        Charset charset = charsetOf(bytes);
        FictionBookBinaries binaries = FictionBookBinaries.of(bytes);
        // Markup never doubles a book's words: more XML than that is more text than any book, refused
        // before it is parsed into a tree many times its size.
        if (binaries.xml().length > 2 * TextLoader.MAX_TEXT_BYTES) {
            throw tooMuchText(path);
        }
        org.jsoup.nodes.Document fb2 = EpubPackage.xml(BookArchive.xmlText(binaries.xml(), path.toString()));
        Element root = fb2.children().stream().filter(e -> EpubPackage.localName(e).equals("FictionBook")).findFirst()
                .orElseThrow(() -> new UserError(path + ": not a FictionBook document (its XML does not start with <FictionBook>)"));
        List<String> warnings = new ArrayList<>();
        Optional<Element> titleInfo = EpubPackage.child(root, "description").flatMap(d -> EpubPackage.child(d, "title-info"));
        Optional<String> title = titleInfo.flatMap(t -> EpubPackage.child(t, "book-title")).map(FictionBookReader::words)
                .filter(t -> !t.isEmpty());
        List<Element> authorElements = titleInfo.map(t -> children(t, "author")).orElse(List.of());
        List<String> authors = authorElements.stream().map(FictionBookReader::name).filter(n -> !n.isEmpty())
                .distinct().toList();
        Optional<Element> body = children(root, "body").stream()
                .filter(b -> !NOTES_BODIES.contains(b.attr("name").strip().toLowerCase(java.util.Locale.ROOT)))
                .findFirst();
        if (body.isEmpty()) {
            throw new UserError(path + ": the FictionBook document has no <body> to read");
        }
        BookDetails details = new BookDetails(
                titleInfo.flatMap(t -> EpubPackage.child(t, "lang")).map(FictionBookReader::words).filter(l -> !l.isEmpty()),
                titleInfo.flatMap(t -> EpubPackage.child(t, "date")).map(d -> words(d).isEmpty() ? d.attr("value").strip() : words(d))
                        .filter(d -> !d.isEmpty()),
                titleInfo.flatMap(t -> EpubPackage.child(t, "annotation")).map(FictionBookReader::words).filter(d -> !d.isEmpty()),
                cover(binaries, titleInfo, warnings),
                Optional.empty(),
                authorElements.stream().findFirst().flatMap(FictionBookReader::sortName),
                titleInfo.flatMap(t -> EpubPackage.child(t, "sequence")).filter(s -> !s.attr("name").isBlank())
                        .map(s -> new BookDetails.Series(s.attr("name").replaceAll("\\s+", " ").strip(),
                                Optional.of(s.attr("number").strip()).filter(n -> !n.isEmpty()))));
        Set<String> noteIds = new HashSet<>();
        children(root, "body").stream().filter(b -> b != body.get())
                .forEach(notes -> notes.select("[id]").forEach(e -> noteIds.add(e.id())));
        return new Rebuilt(FictionBookPage.of(body.get(), title, noteIds), charset, title, authors, details, warnings);
    }

    private static UserError tooMuchText(Path path) {
        return new UserError(path + ": the FictionBook document holds more than " + (TextLoader.MAX_TEXT_BYTES >> 20)
                + " MB of text, more than any book (the longest novels are under 5 MB); refusing it");
    }

    private static byte[] bytes(Path path) throws UserError {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new UserError(path + ": the FictionBook document is larger than " + (MAX_FILE_BYTES >> 20)
                        + " MB, more than any book with its pictures; refusing it");
            }
            return bytes;
        } catch (IOException e) {
            throw UserError.cannotRead(path, e);
        }
    }

    /** The encoding the declaration names (as {@link BookArchive#xmlText} read it), for the document's record. */
    private static Charset charsetOf(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
                || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
            return StandardCharsets.UTF_16;
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return StandardCharsets.UTF_8;
        }
        String head = new String(bytes, 0, Math.min(200, bytes.length), StandardCharsets.ISO_8859_1);
        Matcher declared = DECLARED_ENCODING.matcher(head);
        try {
            if (declared.find() && Charset.isSupported(declared.group(1))
                    && !declared.group(1).toUpperCase(java.util.Locale.ROOT).matches("UTF-?(16|32).*")) {
                return Charset.forName(declared.group(1));
            }
        } catch (IllegalArgumentException e) {
            // No such charset: the text was read as UTF-8.
        }
        return StandardCharsets.UTF_8;
    }

    /** The picture the coverpage points to, from its base64 binary; none, with a warning, when it is damaged. */
    private static Optional<Cover> cover(FictionBookBinaries binaries, Optional<Element> titleInfo,
            List<String> warnings) {
        Optional<String> id = titleInfo.flatMap(t -> EpubPackage.child(t, "coverpage")).flatMap(c -> EpubPackage.child(c, "image"))
                .flatMap(FictionBookReader::href).filter(h -> h.startsWith("#")).map(h -> h.substring(1));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<byte[]> picture = binaries.decoded(id.get());
            if (picture.isEmpty()) {
                warnings.add("the cover picture " + id.get() + " is missing; left out");
                return Optional.empty();
            }
            Optional<Cover> cover = Cover.of(picture.get());
            if (cover.isEmpty()) {
                warnings.add("the cover picture " + id.get() + " is neither a JPEG nor a PNG; left out");
            }
            return cover;
        } catch (IllegalArgumentException damaged) {
            warnings.add("the cover picture " + id.get() + " is damaged (its base64 is broken); left out");
            return Optional.empty();
        }
    }

    /** An {@code l:href} or {@code xlink:href}, whatever the prefix the producer bound XLink to. */
    static Optional<String> href(Element e) {
        return e.attributes().asList().stream()
                .filter(a -> a.getKey().equals("href") || a.getKey().endsWith(":href"))
                .map(a -> a.getValue().strip())
                .findFirst();
    }

    /** "First Middle Last", or the nickname of an author who gives no names. */
    private static String name(Element author) {
        String name = String.join(" ", List.of("first-name", "middle-name", "last-name").stream()
                .map(part -> EpubPackage.child(author, part).map(FictionBookReader::words).orElse(""))
                .filter(part -> !part.isEmpty()).toList());
        return name.isEmpty() ? EpubPackage.child(author, "nickname").map(FictionBookReader::words).orElse("") : name;
    }

    /** "Last, First Middle", as the author is filed. */
    private static Optional<String> sortName(Element author) {
        String last = EpubPackage.child(author, "last-name").map(FictionBookReader::words).orElse("");
        String first = String.join(" ", List.of("first-name", "middle-name").stream()
                .map(part -> EpubPackage.child(author, part).map(FictionBookReader::words).orElse(""))
                .filter(part -> !part.isEmpty()).toList());
        return last.isEmpty() || first.isEmpty() ? Optional.empty() : Optional.of(last + ", " + first);
    }

    static String words(Element e) {
        return e.text().replaceAll("\\s+", " ").strip();
    }

    private static List<Element> children(Element parent, String localName) {
        return parent.children().stream().filter(e -> EpubPackage.localName(e).equals(localName)).toList();
    }
}
