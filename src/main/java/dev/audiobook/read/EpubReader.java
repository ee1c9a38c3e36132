package dev.audiobook.read;

import dev.audiobook.UserError;
import dev.audiobook.book.BookDetails;
import dev.audiobook.book.ContentsEntry;
import dev.audiobook.book.Cover;
import dev.audiobook.text.TextLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.jsoup.nodes.Element;

/**
 * Reads an EPUB 2 or 3 book: its content documents in spine order as one text, its table of contents
 * from the navigation document or else the NCX, and its title, authors, language, date, description and
 * cover from the package; each contents entry with what the section it points to says it is (a part, a
 * chapter, a poem). Documents nobody listens to (cover, title page, copyright page, imprint,
 * colophon, printed contents), named so by landmarks, the guide or their own semantics, are not read.
 */
final class EpubReader {
    /** Landmark and guide types of documents that are not read. */
    private static final Set<String> NOT_READ = Set.of("cover", "titlepage", "title-page", "halftitlepage",
            "copyright-page", "imprint", "colophon", "toc", "loi", "lot", "endnotes", "footnotes", "rearnotes",
            "index");
    /** What font obfuscation uses: it hides fonts, not the text, so such a book is not DRM-protected. */
    private static final Set<String> FONT_OBFUSCATION =
            Set.of("http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC");
    /** Four blank lines between documents, as between a plain text's chapters. */
    private static final String BETWEEN_DOCUMENTS = "\n\n\n\n\n";

    private EpubReader() {}

    static Document read(Path path, String digest) throws UserError {
        try (BookArchive epub = BookArchive.open(path, "EPUB")) {
            refuseDrm(epub, path);
            String containerXml = epub.text("META-INF/container.xml").orElseThrow(
                    () -> new UserError(path + ": not an EPUB book (META-INF/container.xml is missing)"));
            String opfEntry = EpubPackage.rootFile(containerXml).orElseThrow(
                    () -> new UserError(path + ": not an EPUB book (its container names no package file)"));
            EpubPackage pack = EpubPackage.parse(epub.text(opfEntry).orElseThrow(
                    () -> new UserError(path + ": the EPUB's package file " + opfEntry + " is missing")), opfEntry);
            if (pack.spine().isEmpty()) {
                throw new UserError(path + ": not an EPUB book (its package file " + opfEntry
                        + " lists no documents to read)");
            }

            Map<String, String> types = new HashMap<>(pack.guide());
            List<EpubNavigation.Entry> toc = List.of();
            if (pack.navigation().isPresent()) {
                Optional<String> nav = epub.text(pack.navigation().get());
                if (nav.isPresent()) {
                    types.putAll(EpubNavigation.landmarks(nav.get(), pack.navigation().get()));
                    toc = EpubNavigation.fromNav(nav.get(), pack.navigation().get());
                }
            }
            if (toc.isEmpty() && pack.ncx().isPresent()) {
                Optional<String> ncx = epub.text(pack.ncx().get());
                if (ncx.isPresent()) {
                    toc = EpubNavigation.fromNcx(ncx.get(), pack.ncx().get());
                }
            }

            StringBuilder text = new StringBuilder();
            BitSet headingLines = new BitSet();
            Map<String, Integer> targets = new HashMap<>();
            Map<String, String> targetTypes = new HashMap<>();
            List<HtmlText.HeadingElement> headings = new ArrayList<>();
            List<String> unread = new ArrayList<>();
            int linesSoFar = 0;
            for (String entry : pack.spine()) {
                if (NOT_READ.contains(types.getOrDefault(entry, "")) || pack.navigation().filter(entry::equals).isPresent()) {
                    continue;
                }
                Optional<String> xhtml;
                try {
                    xhtml = epub.text(entry);
                } catch (UserError e) {
                    if (!(e.getCause() instanceof IOException)) {
                        throw e; // a zip bomb or a DTD refuses the whole book
                    }
                    unread.add(entry + " in the EPUB is damaged");
                    continue;
                }
                if (xhtml.isEmpty()) {
                    unread.add(entry + " is missing from the EPUB");
                    continue;
                }
                HtmlText.Converted converted = HtmlText.convertXhtml(xhtml.get());
                if (converted.text().isBlank()) {
                    continue;
                }
                if (!text.isEmpty()) {
                    text.append(BETWEEN_DOCUMENTS);
                    linesSoFar += BETWEEN_DOCUMENTS.length() - 1;
                }
                int offset = linesSoFar;
                targets.put(entry, offset + 1);
                converted.anchors().forEach((id, line) -> targets.put(entry + "#" + id, offset + line));
                targetTypes.put(entry, converted.openingTypes());
                converted.anchorTypes().forEach((id, epubTypes) -> targetTypes.put(entry + "#" + id, epubTypes));
                converted.headingLines().stream().forEach(line -> headingLines.set(offset + line));
                converted.headings().forEach(h -> headings.add(
                        new HtmlText.HeadingElement(h.text(), h.level(), offset + h.line(), h.types())));
                if (text.length() + converted.text().length() > TextLoader.MAX_TEXT_BYTES) {
                    throw new UserError(path + ": the EPUB holds more than " + (TextLoader.MAX_TEXT_BYTES >> 20)
                            + " MB of text, more than any book (the longest novels are under 5 MB); refusing it");
                }
                text.append(converted.text(), 0, converted.text().length() - 1);
                linesSoFar += (int) converted.text().chars().filter(c -> c == '\n').count();
            }
            if (text.isEmpty() && !unread.isEmpty()) {
                throw new UserError(path + ": none of the EPUB's documents could be read (" + unread.get(0) + ")");
            }
            text.append('\n');

            Optional<Cover> cover = Optional.empty();
            if (pack.cover().isPresent()) {
                cover = epub.bytes(pack.cover().get()).flatMap(Cover::of);
            }
            BookDetails details = new BookDetails(pack.language(), pack.date(), pack.description(), cover,
                    pack.subtitle(), pack.authorSort(), pack.series());
            return new Document(text.toString(), StandardCharsets.UTF_8, digest, line -> 0, pack.title(),
                    pack.authors(), details, contents(toc, targets, targetTypes), headingLines, HtmlReader.outline(headings, 0),
                    unread.stream().map(part -> path + ": " + part + "; its text is left out").toList());
        }
    }

    /**
     * The entries that point into what is read, each at its line. An entry that points nowhere itself
     * starts where the first entry under it does; one that would go back in the text is out of order.
     */
    private static List<ContentsEntry> contents(List<EpubNavigation.Entry> toc, Map<String, Integer> targets,
            Map<String, String> targetTypes) {
        List<ContentsEntry> contents = new ArrayList<>();
        // The depths of the entries kept above the one at hand: one under a half-title page that is not
        // read is a top-level entry.
        Deque<Integer> keptAbove = new ArrayDeque<>();
        int last = 0;
        for (int i = 0; i < toc.size(); i++) {
            EpubNavigation.Entry entry = toc.get(i);
            while (!keptAbove.isEmpty() && keptAbove.peek() >= entry.depth()) {
                keptAbove.pop();
            }
            Integer line = null;
            for (int j = i; j < toc.size() && line == null; j++) {
                EpubNavigation.Entry at = toc.get(j);
                if (j > i && at.depth() <= entry.depth()) {
                    break;
                }
                line = at.target().map(EpubReader::targetKey).map(targets::get)
                        .or(() -> at.target().map(t -> targets.get(EpubPackage.withoutFragment(t))))
                        .orElse(null);
                if (j == i && at.target().isPresent() && line == null) {
                    break;
                }
            }
            if (line == null || line < last || entry.title().isBlank()) {
                continue;
            }
            last = line;
            ContentsEntry.Kind kind = entry.target().map(EpubReader::targetKey).map(targetTypes::get)
                    .map(EpubStructure::kindOf).orElse(ContentsEntry.Kind.UNMARKED);
            contents.add(new ContentsEntry(entry.title(), line, keptAbove.size(), kind));
            keptAbove.push(entry.depth());
        }
        return contents;
    }

    private static String targetKey(String target) {
        return EpubPackage.fragment(target).isEmpty() ? EpubPackage.withoutFragment(target) : target;
    }

    /**
     * A book whose content files are encrypted (Adobe ADEPT, Apple FairPlay, Readium LCP and the like)
     * cannot be read; fonts obfuscated by the EPUB's own scheme are not the text.
     */
    private static void refuseDrm(BookArchive epub, Path path) throws UserError {
        boolean rightsFile = epub.has("META-INF/rights.xml") || epub.has("META-INF/sinf.xml")
                || epub.has("META-INF/license.lcpl");
        boolean encrypted = false;
        Optional<String> encryption = epub.text("META-INF/encryption.xml");
        if (encryption.isPresent()) {
            for (Element data : EpubPackage.elements(EpubPackage.xml(encryption.get()), "EncryptedData")) {
                String algorithm = EpubPackage.elements(data, "EncryptionMethod").stream().findFirst()
                        .map(m -> m.attr("Algorithm")).orElse("");
                if (!FONT_OBFUSCATION.contains(algorithm)) {
                    encrypted = true;
                }
            }
        }
        if (rightsFile || encrypted) {
            throw new UserError(path + ": this EPUB is DRM-protected; only DRM-free books can be read "
                    + "(Project Gutenberg and Standard Ebooks, among others, offer DRM-free editions)");
        }
    }
}
