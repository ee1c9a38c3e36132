package dev.audiobook.read;

import dev.audiobook.UserError;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an OpenDocument text (.odt): the body of {@code content.xml} in order, rebuilt as an HTML page
 * ({@link RebuiltPage}) whose headings are its {@code text:h} at their outline level; its title, author
 * and language from {@code meta.xml}. Tracked changes are read as accepted; notes and comments are not
 * read.
 *
 * <p>The XML is read with the parser the EPUB reader uses (jsoup's, no DTD, no entity expansion) through
 * {@link BookArchive}, which bounds what it inflates and refuses DTDs; no library reads ODF's few
 * elements a listener needs better than this (Apache POI, the alternative for .docx, does not read ODF).
 */
final class OpenDocumentReader {
    private static final String KIND = "OpenDocument text";
    private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    /**
     * Not read: footnotes and endnotes, comments, the deleted text of tracked changes, a picture's title and
     * description (SVG's), embedded objects (formulas, charts), forms and the declarations of fields.
     */
    private static final Set<String> NOT_READ = Set.of("note", "annotation", "tracked-changes",
            "covered-table-cell", "object", "object-ole", "forms", "sequence-decls", "variable-decls",
            "user-field-decls", "dde-connection-decls");
    /** Elements that hold paragraphs, not words: the spaces between their children are the file's layout. */
    private static final Set<String> CONTAINERS = Set.of("text", "body", "section", "list", "list-item",
            "list-header", "table", "table-row", "table-cell", "table-header-rows", "table-rows", "table-column",
            "table-columns", "table-header-columns", "frame", "text-box", "index-body", "table-of-content",
            "document-content", "document");
    private static final int MAX_STYLE_CHAIN = 32;
    /** A heading style's name, as LibreOffice and pandoc name them ("Heading_20_2" is "Heading 2"). */
    private static final Pattern HEADING_NAME = Pattern.compile("(?i)heading ([1-9]|10)");

    private OpenDocumentReader() {}

    static Document read(Path path, String digest) throws UserError {
        try (BookArchive odt = BookArchive.open(path, KIND)) {
            Optional<org.jsoup.nodes.Document> meta = odt.text("meta.xml").map(EpubPackage::xml);
            Optional<String> title = meta.flatMap(m -> EpubPackage.first(m, "title"));
            List<String> authors = meta.flatMap(m -> EpubPackage.first(m, "initial-creator")
                    .or(() -> EpubPackage.first(m, "creator"))).stream().toList();
            Optional<String> language = meta.flatMap(m -> EpubPackage.first(m, "language"));
            return rebuild(odt, path).read(digest, title, authors, language);
        }
    }

    /** The body as a page; the XML's text and tree are let go before the page is read, as a long book's are large. */
    private static RebuiltPage rebuild(BookArchive odt, Path path) throws UserError {
        org.jsoup.nodes.Document content = EpubPackage.xml(odt.text("content.xml").orElseThrow(
                () -> new UserError(path + ": not an OpenDocument text (content.xml is missing)")));
        Styles styles = Styles.of(content, odt.text("styles.xml").map(EpubPackage::xml));
        RebuiltPage page = new RebuiltPage(path, KIND);
        for (Element document : content.children()) {
            for (Element part : document.children()) {
                if (EpubPackage.localName(part).equals("body")) {
                    NodeTraversor.filter(new BodyWalker(page, styles), part);
                }
            }
        }
        return page;
    }

    /** Walks the body in document order, saying to the page what each heading, paragraph, row and span is. */
    private static final class BodyWalker implements NodeFilter {
        private final RebuiltPage page;
        private final Styles styles;
        private int listDepth;

        BodyWalker(RebuiltPage page, Styles styles) {
            this.page = page;
            this.styles = styles;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (page.full()) {
                return FilterResult.STOP;
            }
            if (node instanceof TextNode text) {
                if (!CONTAINERS.contains(EpubPackage.localName(text.parent()))) {
                    page.text(text.getWholeText());
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String name = EpubPackage.localName(e);
            if (SVG.equals(e.tag().namespace())) {
                if (name.equals("title") || name.equals("desc")) {
                    page.picture(e.text());
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            if (NOT_READ.contains(name)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            switch (name) {
                case "h" -> page.startParagraph("h" + headingLevel(e));
                case "p" -> {
                    int level = styles.outlineLevel(RebuiltPage.attribute(e, "style-name"));
                    if (styles.isTitle(RebuiltPage.attribute(e, "style-name"))) {
                        page.startTitle();
                    } else if (level > 0) {
                        page.startParagraph("h" + Math.min(level, 6));
                    } else {
                        page.startParagraph(listDepth > 0 ? "li" : "p");
                    }
                }
                case "list" -> listDepth++;
                case "table-row" -> page.startRow();
                case "table-cell" -> page.startCell();
                case "s", "tab" -> page.text(" ");
                case "line-break" -> page.lineBreak();
                case "a" -> page.startLink(anchor(RebuiltPage.attribute(e, "href")));
                case "bookmark", "bookmark-start" -> page.bookmark(RebuiltPage.attribute(e, "name"));
                default -> { }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            switch (EpubPackage.localName(node)) {
                case "h", "p", "table-row" -> page.end();
                // A numbered heading's number as the file last showed it ("2.1"), apart from its words.
                case "number" -> page.text(" ");
                case "list" -> listDepth--;
                case "a" -> page.endLink();
                default -> { }
            }
            return FilterResult.CONTINUE;
        }

        /** {@code text:outline-level} counts from 1, and is 1 where a heading does not say. */
        private int headingLevel(Element heading) {
            try {
                return Math.max(1, Math.min(6, Integer.parseInt(RebuiltPage.attribute(heading, "outline-level").strip())));
            } catch (NumberFormatException e) {
                int styled = styles.outlineLevel(RebuiltPage.attribute(heading, "style-name"));
                return styled > 0 ? Math.min(styled, 6) : 1;
            }
        }

        /** A link to a place in the document ("#chapter-1"); one to elsewhere is no anchor. */
        private static String anchor(String href) {
            return href.startsWith("#") ? href.substring(1) : "";
        }
    }

    /** A paragraph style: its name, the style it inherits from, and its outline level ("" where none). */
    private record Style(String name, String parent, String outlineLevel) {}

    /** The paragraph styles of content.xml (automatic ones) and styles.xml, by name. */
    private record Styles(Map<String, Style> byName) {
        static Styles of(org.jsoup.nodes.Document content, Optional<org.jsoup.nodes.Document> styles) {
            Map<String, Style> byName = new HashMap<>();
            for (org.jsoup.nodes.Document doc : styles.map(s -> List.of(content, s)).orElse(List.of(content))) {
                for (Element document : doc.children()) {
                    for (Element part : document.children()) {
                        if (EpubPackage.localName(part).endsWith("styles")) {
                            for (Element style : EpubPackage.elements(part, "style")) {
                                if (RebuiltPage.attribute(style, "family").equals("paragraph")) {
                                    byName.putIfAbsent(RebuiltPage.attribute(style, "name"),
                                            new Style(RebuiltPage.attribute(style, "name"),
                                                    RebuiltPage.attribute(style, "parent-style-name"),
                                                    RebuiltPage.attribute(style, "default-outline-level").strip()));
                                }
                            }
                        }
                    }
                }
            }
            return new Styles(byName);
        }

        /**
         * The outline level the style or one it inherits from gives its paragraphs, or else its name
         * ("Heading 2", as LibreOffice's web page import leaves a page's h2, without a level); 0 for body text.
         */
        int outlineLevel(String styleName) {
            Set<String> seen = new HashSet<>();
            for (Style style = byName.get(styleName); style != null && seen.size() < MAX_STYLE_CHAIN
                    && seen.add(style.name()); style = byName.get(style.parent())) {
                String level = style.outlineLevel();
                if (!level.isEmpty()) {
                    try {
                        return Math.max(0, Integer.parseInt(level));
                    } catch (NumberFormatException e) {
                        return 0;
                    }
                }
                Matcher heading = HEADING_NAME.matcher(style.name().replace("_20_", " "));
                if (heading.matches()) {
                    return Integer.parseInt(heading.group(1));
                }
            }
            return 0;
        }

        /** A paragraph in the "Title" style, or one of its own that inherits from it. */
        boolean isTitle(String styleName) {
            Set<String> seen = new HashSet<>();
            for (Style style = byName.get(styleName); style != null && seen.size() < MAX_STYLE_CHAIN
                    && seen.add(style.name()); style = byName.get(style.parent())) {
                if (style.name().equals("Title")) {
                    return true;
                }
                if (style.name().equals("Subtitle")) {
                    return false;
                }
            }
            return styleName.equals("Title");
        }
    }
}
