package dev.audiobook.read;

import dev.audiobook.book.BookDetails;
import dev.audiobook.book.ContentsEntry;
import dev.audiobook.text.LoadedText;
import dev.audiobook.text.Mojibake;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Reads a single-file HTML book, such as Project Gutenberg's HTML edition: its text, and its title,
 * author and language from the Dublin Core meta tags, else {@code <title>}.
 */
final class HtmlReader {
    /** A page title that names the author too: "Emma, by Jane Austen", as Project Gutenberg's do. */
    private static final Pattern TITLE_BY_AUTHOR = Pattern.compile(
            "(?:(?:The\\s+)?Project\\s+Gutenberg\\s+e-?Book\\s+of\\s+)?(.+?)(?:,?\\s+by\\s+(.+?))?\\.?",
            Pattern.CASE_INSENSITIVE);

    /** "Emma | Project Gutenberg": the site that served the page is no part of the book's title. */
    private static final Pattern SITE_NAME = Pattern.compile("\\s*[|\u2013\u2014-]\\s*Project\\s+Gutenberg$",
            Pattern.CASE_INSENSITIVE);

    private HtmlReader() {}

    /**
     * A title that names its author too, as a web page's does and a document converted from one keeps
     * ("The Project Gutenberg eBook of Emma, by Jane Austen"): the title, and the author when it names one.
     * The site that served a page is no part of it ("Emma | Project Gutenberg" is "Emma").
     */
    record TitleAndAuthor(String title, Optional<String> author) {
        /** Only a comma before "by", or Gutenberg's own words, split it: "Stand by Me" is a title. */
        private static final Pattern SAYS_AUTHOR = Pattern.compile("(?i).*(?:,\\s*by\\s|project\\s+gutenberg\\s+e-?book\\s+of\\s).*");

        static TitleAndAuthor of(String title) {
            String words = SITE_NAME.matcher(title.replaceAll("\\s+", " ").strip()).replaceAll("");
            Matcher byAuthor = TITLE_BY_AUTHOR.matcher(words);
            return SAYS_AUTHOR.matcher(words).matches() && byAuthor.matches()
                    ? new TitleAndAuthor(byAuthor.group(1), Optional.ofNullable(byAuthor.group(2)))
                    : new TitleAndAuthor(words, Optional.empty());
        }
    }

    static Document read(LoadedText loaded) {
        String html = UnclosedRawText.close(Mojibake.repair(loaded.text()), false);
        org.jsoup.nodes.Document page = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Optional<String> title = meta(page, "dc.title");
        List<String> authors = meta(page, "dc.creator").or(() -> meta(page, "author")).stream().toList();
        TitleAndAuthor named = TitleAndAuthor.of(page.title());
        if (!named.title().isEmpty()) {
            title = title.or(() -> Optional.of(named.title()));
            if (authors.isEmpty() && named.author().isPresent()) {
                authors = named.author().stream().toList();
            }
        }
        Optional<String> language = Optional.ofNullable(page.selectFirst("html[lang]")).map(e -> e.attr("lang"))
                .or(() -> meta(page, "dc.language"))
                .filter(l -> !l.isBlank());
        HtmlText.Converted converted = HtmlText.convert(page);
        return new Document(converted.text(), loaded.charset(), loaded.digest(), converted::sourceLine, title, authors,
                BookDetails.of(language, Optional.empty(), Optional.empty(), Optional.empty()),
                List.of(), converted.headingLines(), outline(converted.headings(), 0), List.of());
    }

    /** An entry of a document's own contents (a PDF's outline) that points at the rebuilt page's element with this id. */
    record ContentsLink(String title, String anchor, int depth) {}

    /**
     * A book another format's reader rebuilt as an HTML page: its headings as h1 to h6 (their level the
     * document's outline level), its paragraphs as p, list items as li, table rows as tr. It is read as
     * an HTML page is, so every format reaches the chapter finder in the one shape.
     *
     * @param title the title the document names; one that names its author too ("Emma, by Jane Austen",
     *     as a document converted from a web page keeps it) gives the author when there is none
     * @param contents the document's own contents, when it has one; entries whose anchor is not in the
     *     text, or that would go back in it, are left out
     */
    static Document rebuilt(org.jsoup.nodes.Document page, Charset charset, String digest, Optional<String> title,
            List<String> authors, BookDetails details, List<ContentsLink> contents, List<String> warnings) {
        Optional<TitleAndAuthor> named = title.map(TitleAndAuthor::of).filter(t -> !t.title().isBlank());
        title = named.map(TitleAndAuthor::title);
        if (authors.isEmpty() && named.flatMap(TitleAndAuthor::author).isPresent()) {
            authors = List.of(named.get().author().get());
        }
        HtmlText.Converted converted = HtmlText.convert(page);
        List<ContentsEntry> entries = new ArrayList<>();
        int last = 0;
        for (ContentsLink link : contents) {
            Integer line = converted.anchors().get(link.anchor());
            if (line != null && line >= last && !link.title().isBlank()) {
                entries.add(new ContentsEntry(link.title(), line, link.depth(), ContentsEntry.Kind.UNMARKED));
                last = line;
            }
        }
        return new Document(converted.text(), charset, digest, line -> 0, title, authors, details, entries,
                converted.headingLines(), outline(converted.headings(), 0), warnings);
    }

    /** Heading elements as a contents: the highest level at depth 0, each level under the one above. */
    static List<ContentsEntry> outline(List<HtmlText.HeadingElement> headings, int lineOffset) {
        int top = headings.stream().mapToInt(HtmlText.HeadingElement::level).min().orElse(1);
        return headings.stream()
                .map(h -> new ContentsEntry(h.text(), lineOffset + h.line(), h.level() - top,
                        EpubStructure.kindOf(h.types())))
                .toList();
    }

    private static Optional<String> meta(org.jsoup.nodes.Document page, String name) {
        return page.select("meta[name]").stream()
                .filter(m -> m.attr("name").equalsIgnoreCase(name))
                .map(m -> m.attr("content").replaceAll("\\s+", " ").strip())
                .filter(c -> !c.isEmpty())
                .findFirst();
    }
}
