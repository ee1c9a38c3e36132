package dev.audiobook.read;

import dev.audiobook.UserError;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 * Reads a Word .docx document: the body of {@code word/document.xml} in order, rebuilt as an HTML page
 * ({@link RebuiltPage}) whose headings are the paragraphs whose style (through its {@code basedOn} chain)
 * or own properties give them an outline level; its title and authors from {@code docProps/core.xml}.
 * Tracked changes are read as accepted; footnotes, endnotes, comments and field codes are not read.
 *
 * <p>The WordprocessingML is read with the XML parser the EPUB reader uses (jsoup's, no DTD, no entity
 * expansion) through {@link BookArchive}, which bounds what it inflates and refuses DTDs, rather than with
 * Apache POI: POI reads only .docx (an .odt needs this path anyway), would add some 15 MB to the jar
 * (poi-ooxml, xmlbeans, commons-compress, log4j-api), and its text keeps deleted tracked changes and the
 * footnotes a listener must not hear; the few elements a reader needs are documented and few.
 */
final class WordReader {
    private static final String KIND = "Word document";
    private static final Pattern HEADING_NAME = Pattern.compile("heading ([1-9])");
    /** Not read: deleted and moved-away text, field codes, properties, and a drawing's older copy. */
    private static final Set<String> NOT_READ = Set.of("del", "delText", "delInstrText", "moveFrom", "instrText",
            "pPr", "rPr", "sectPr", "sdtPr", "sdtEndPr", "tblPr", "trPr", "tcPr", "Fallback", "footnoteReference",
            "endnoteReference", "commentReference", "annotationRef", "footnoteRef", "endnoteRef");
    /** The outline level of a paragraph styled as the document's title. */
    private static final int TITLE = -1;
    private static final int BODY = 0;
    private static final int MAX_STYLE_CHAIN = 32;

    private WordReader() {}

    static Document read(Path path, String digest) throws UserError {
        try (BookArchive docx = BookArchive.open(path, KIND)) {
            Optional<org.jsoup.nodes.Document> styles = docx.text("word/styles.xml").map(EpubPackage::xml);
            Optional<org.jsoup.nodes.Document> core = docx.text("docProps/core.xml").map(EpubPackage::xml);
            Optional<String> title = core.flatMap(c -> EpubPackage.first(c, "title"));
            List<String> authors = core.flatMap(c -> EpubPackage.first(c, "creator")).stream().toList();
            Optional<String> language = core.flatMap(c -> EpubPackage.first(c, "language"))
                    .or(() -> styles.flatMap(WordReader::defaultLanguage));
            return rebuild(docx, path, styles.map(Styles::of).orElse(Styles.NONE))
                    .read(digest, title, authors, language);
        }
    }

    /** The body as a page; the XML's text and tree are let go before the page is read, as a long book's are large. */
    private static RebuiltPage rebuild(BookArchive docx, Path path, Styles styles) throws UserError {
        String body = docx.text("word/document.xml").orElseThrow(
                () -> new UserError(path + ": not a Word document (word/document.xml is missing)"));
        RebuiltPage page = new RebuiltPage(path, KIND);
        NodeTraversor.filter(new BodyWalker(page, styles), EpubPackage.xml(body));
        return page;
    }

    /** Walks the body in document order, saying to the page what each paragraph, row, run and break is. */
    private record BodyWalker(RebuiltPage page, Styles styles) implements NodeFilter {
        @Override
        public FilterResult head(Node node, int depth) {
            if (page.full()) {
                return FilterResult.STOP;
            }
            if (node instanceof TextNode text) {
                if (EpubPackage.localName(text.parent()).equals("t")) {
                    page.text(text.getWholeText());
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String name = EpubPackage.localName(e);
            if (NOT_READ.contains(name) || name.equals("r") && isHidden(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            switch (name) {
                case "p" -> {
                    int level = styles.levelOf(e);
                    if (level == TITLE) {
                        page.startTitle();
                    } else if (level > BODY) {
                        page.startParagraph("h" + Math.min(level, 6));
                    } else {
                        page.startParagraph(styles.isListItem(e) ? "li" : "p");
                    }
                }
                case "tr" -> page.startRow();
                case "tc" -> page.startCell();
                case "tab", "ptab" -> page.text(" ");
                case "br", "cr" -> page.lineBreak();
                case "noBreakHyphen" -> page.text("-");
                case "hyperlink" -> page.startLink(RebuiltPage.attribute(e, "anchor"));
                case "bookmarkStart" -> page.bookmark(RebuiltPage.attribute(e, "name"));
                case "docPr" -> page.picture(RebuiltPage.attribute(e, "descr").isBlank() ? RebuiltPage.attribute(e, "title")
                        : RebuiltPage.attribute(e, "descr"));
                default -> { }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            switch (EpubPackage.localName(node)) {
                case "p", "tr" -> page.end();
                case "hyperlink" -> page.endLink();
                default -> { }
            }
            return FilterResult.CONTINUE;
        }

        /** A run of hidden text ({@code w:vanish}), which Word does not show. */
        private static boolean isHidden(Element run) {
            for (Element property : run.children()) {
                if (EpubPackage.localName(property).equals("rPr")) {
                    return property.children().stream().anyMatch(p -> EpubPackage.localName(p).equals("vanish")
                            && isOn(p));
                }
            }
            return false;
        }
    }

    /** The paragraph styles of {@code word/styles.xml}, by id. */
    private record Styles(Map<String, Element> byId) {
        static final Styles NONE = new Styles(Map.of());

        static Styles of(org.jsoup.nodes.Document styles) {
            Map<String, Element> byId = new HashMap<>();
            for (Element style : EpubPackage.elements(styles, "style")) {
                if (RebuiltPage.attribute(style, "type").equals("paragraph")) {
                    byId.putIfAbsent(RebuiltPage.attribute(style, "styleId"), style);
                }
            }
            return new Styles(byId);
        }

        /**
         * A paragraph's heading level, 1 to 9: its own outline level, else its style's, found by the style's
         * name ("heading 2") or outline level, up its {@code basedOn} chain; {@link #TITLE} for the title.
         */
        int levelOf(Element paragraph) {
            Optional<Element> properties = EpubPackage.child(paragraph, "pPr");
            Optional<Integer> own = properties.flatMap(p -> EpubPackage.child(p, "outlineLvl")).flatMap(WordReader::outlineLevel);
            if (own.isPresent()) {
                return own.get();
            }
            Set<String> seen = new HashSet<>();
            Element style = properties.flatMap(p -> EpubPackage.child(p, "pStyle"))
                    .map(s -> byId.get(RebuiltPage.attribute(s, "val"))).orElse(null);
            while (style != null && seen.size() < MAX_STYLE_CHAIN && seen.add(RebuiltPage.attribute(style, "styleId"))) {
                String name = EpubPackage.child(style, "name").map(n -> RebuiltPage.attribute(n, "val")).orElse("")
                        .toLowerCase(Locale.ROOT).strip();
                Matcher heading = HEADING_NAME.matcher(name);
                if (heading.matches()) {
                    return Integer.parseInt(heading.group(1));
                }
                if (name.equals("title")) {
                    return TITLE;
                }
                if (name.equals("subtitle")) {
                    return BODY;
                }
                Optional<Integer> styled = EpubPackage.child(style, "pPr").flatMap(p -> EpubPackage.child(p, "outlineLvl"))
                        .flatMap(WordReader::outlineLevel);
                if (styled.isPresent()) {
                    return styled.get();
                }
                style = EpubPackage.child(style, "basedOn").map(b -> byId.get(RebuiltPage.attribute(b, "val"))).orElse(null);
            }
            return BODY;
        }

        /** A numbered or bulleted paragraph: numbering of its own or from its style ({@code numId} 0 is none). */
        boolean isListItem(Element paragraph) {
            Optional<Element> properties = EpubPackage.child(paragraph, "pPr");
            Optional<Element> own = properties.flatMap(p -> EpubPackage.child(p, "numPr"));
            if (own.isPresent()) {
                return isNumbered(own.get());
            }
            Set<String> seen = new HashSet<>();
            Element style = properties.flatMap(p -> EpubPackage.child(p, "pStyle"))
                    .map(s -> byId.get(RebuiltPage.attribute(s, "val"))).orElse(null);
            while (style != null && seen.size() < MAX_STYLE_CHAIN && seen.add(RebuiltPage.attribute(style, "styleId"))) {
                Optional<Element> styled = EpubPackage.child(style, "pPr").flatMap(p -> EpubPackage.child(p, "numPr"));
                if (styled.isPresent()) {
                    return isNumbered(styled.get());
                }
                style = EpubPackage.child(style, "basedOn").map(b -> byId.get(RebuiltPage.attribute(b, "val"))).orElse(null);
            }
            return false;
        }

        private static boolean isNumbered(Element numbering) {
            return EpubPackage.child(numbering, "numId").map(n -> !RebuiltPage.attribute(n, "val").strip().equals("0")).orElse(true);
        }
    }

    /** {@code w:outlineLvl}'s 0 to 8 are heading levels 1 to 9; 9 is body text. */
    private static Optional<Integer> outlineLevel(Element outlineLvl) {
        try {
            int level = Integer.parseInt(RebuiltPage.attribute(outlineLvl, "val").strip());
            return Optional.of(level >= 0 && level <= 8 ? level + 1 : BODY);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A toggle property ({@code w:vanish}, {@code w:b}) is on unless its value says off. */
    private static boolean isOn(Element toggle) {
        String value = RebuiltPage.attribute(toggle, "val");
        return !(value.equals("0") || value.equals("false") || value.equals("off"));
    }


    /** The language of the document's default run properties ({@code w:docDefaults}). */
    private static Optional<String> defaultLanguage(org.jsoup.nodes.Document styles) {
        return EpubPackage.elements(styles, "docDefaults").stream()
                .flatMap(d -> EpubPackage.elements(d, "lang").stream())
                .map(l -> RebuiltPage.attribute(l, "val").strip())
                .filter(l -> !l.isEmpty())
                .findFirst();
    }
}
