package dev.audiobook.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * An HTML book as the plain text the rest of the pipeline reads: one paragraph per block element, a
 * heading standing apart with blank lines around it and its {@code <br>} lines kept, and nothing that is
 * not read aloud (scripts, styles, images, page numbers, footnote marks, Gutenberg's boilerplate).
 */
public final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "blockquote", "li",
            "dt", "dd", "pre", "tr", "table", "ul", "ol", "dl", "figure", "figcaption", "header", "footer",
            "main", "aside", "nav", "body", "center", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup");
    /** An {@code hgroup} is one heading: "Book the First" over its title "Recalled to Life". */
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "hgroup");
    private static final int MAX_LABEL_LEVELS = 3;
    private static final Set<String> SECTIONS = Set.of("section", "article", "div", "main");
    private static final Set<String> HEADING_GROUPS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "header");
    /** How deep a document's opening sections are looked into for what it says it is. */
    private static final int MAX_OPENING_DEPTH = 4;
    private static final Pattern CONTENTS_LABEL = Pattern.compile("(?:table of )?contents\\.?:?", Pattern.CASE_INSENSITIVE);
    /** Not read: markup for the eye, Gutenberg's header and licence, page numbers and footnote marks. */
    private static final String NOT_READ = "script, style, noscript, img, svg, head, "
            + "#pg-header, #pg-footer, .pg-boilerplate, "
            + ".pagenum, .pageno, .fnanchor, sup.fnref, a.noteref, .footnotes, div.footnote, "
            + "[role~=^doc-(?:noteref|footnote|endnote|endnotes|pagebreak|toc|cover)$]";
    /**
     * EPUB 3 structural semantics of what is not read: front and back matter nobody listens to, notes and
     * their marks, page breaks. A book's own dedication, preface or epigraph is read.
     */
    static final Set<String> NOT_READ_TYPES = Set.of("cover", "titlepage", "halftitlepage", "seriespage",
            "copyright-page", "imprint", "colophon", "toc", "toc-brief", "loi", "lot", "landmarks", "page-list",
            "footnote", "footnotes", "endnote", "endnotes", "rearnote", "rearnotes", "note", "noteref",
            "pagebreak", "index");

    /** Parsed once: a book of 100,000 headings would parse them for each. */
    private static final Evaluator PAGE_NUMBERS = QueryParser.parse(".pagenum, .pageno");
    private static final Evaluator LETTER_PICTURES = QueryParser.parse("img[alt~=\\p{L}]");

    private HtmlText() {}

    /** The title from {@code <title>}, or empty. */
    public static String title(String html) {
        return Jsoup.parse(html).title().strip();
    }

    /**
     * The text, and for each of its lines the line of the HTML it came from.
     *
     * @param sourceLines entry {@code n - 1} is the HTML line of text line {@code n}, 0 where unknown
     */
    /**
     * @param anchors for each element id, the line of the text where what follows it starts
     * @param headingLines the text's lines, from 1, that a heading element wrote
     * @param anchorTypes for each element id, the EPUB {@code epub:type} of the section it names, when it has one
     * @param openingTypes the {@code epub:type}s of the body and of the sections it opens with, outermost first
     */
    public record Converted(String text, int[] sourceLines, Map<String, Integer> anchors, BitSet headingLines,
            Map<String, String> anchorTypes, String openingTypes, List<HeadingElement> headings) {
        /** The HTML line of a line of the text, counting from 1; 0 when not known. */
        public int sourceLine(int textLine) {
            return textLine >= 1 && textLine <= sourceLines.length ? sourceLines[textLine - 1] : 0;
        }
    }

    /**
     * A heading element (an {@code hgroup} counts as one) as the text has it.
     *
     * @param level 1 for h1 ... 6 for h6; an hgroup's is its first heading's
     * @param line the text's line, from 1, where it starts
     * @param types the {@code epub:type} of the section it heads
     */
    public record HeadingElement(String text, int level, int line, String types) {}

    public static String toText(String html) {
        return convert(html).text();
    }

    public static Converted convert(String html) {
        return convert(Jsoup.parse(UnclosedRawText.close(html, false), "", Parser.htmlParser().setTrackPosition(true)));
    }

    /** An EPUB's XHTML content document, whose {@code <a/>} closes itself as XML says. */
    static Converted convertXhtml(String xhtml) {
        return convert(Jsoup.parse(UnclosedRawText.close(xhtml, true), "", Parser.xmlParser().setTrackPosition(true)));
    }

    static Converted convert(Document document) {
        // A drop capital drawn as a picture ("W" + "ITH no greater events") is the word's first letter.
        for (Element image : document.select("img[alt~=^\\p{L}$]")) {
            image.replaceWith(new TextNode(image.attr("alt")));
        }
        // A heading drawn as a picture is named by the picture's text.
        for (Element heading : document.select("h1, h2, h3, h4, h5, h6")) {
            if (heading.select(PAGE_NUMBERS).text().equals(heading.text())) {
                heading.select(LETTER_PICTURES).forEach(image -> image.replaceWith(new TextNode(image.attr("alt"))));
            }
        }
        document.select(NOT_READ).remove();
        document.select("[epub:type]").stream().filter(HtmlText::isNotRead).forEach(Element::remove);
        Element body = document.body() != null ? document.body() : document.selectFirst("body");
        TextOut out = new TextOut();
        if (body == null) {
            return out.converted();
        }
        out.openingTypes = openingTypes(body);
        // A contents list under its label is left for the chapter finder, which learns the titles from it.
        Set<Element> lists = Collections.newSetFromMap(new IdentityHashMap<>());
        lists.addAll(linkLists(body));
        lists.stream().filter(list -> !isLabelled(list, lists)).toList().forEach(Element::remove);
        // jsoup's traversal is a loop, not a recursion: deeply nested markup cannot overflow the stack.
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText().replaceAll("\\s+", " "), sourceLine(text));
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    out.newLine();
                } else if (node instanceof Element e) {
                    // A table's cells in one row are words apart: "Tailpiece" and its page "vi".
                    if ((e.normalName().equals("td") || e.normalName().equals("th")) && e.elementSiblingIndex() > 0) {
                        out.append(" ", 0);
                    }
                    if (BLOCKS.contains(e.normalName())) {
                        // Four blank lines above a heading and two below, as plain-text books set them apart.
                        out.breakBlock(HEADINGS.contains(e.normalName()) ? 4 : 1);
                    }
                    if (HEADINGS.contains(e.normalName())) {
                        out.headingStarts(e);
                    }
                    if (e.hasAttr("id")) {
                        out.anchor(e.id(), sectionTypes(e));
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    if (HEADINGS.contains(e.normalName())) {
                        out.headingEnds(e);
                    }
                    out.breakBlock(HEADINGS.contains(e.normalName()) ? 2 : 1);
                }
            }
        }, body);
        return out.converted();
    }

    /**
     * The blocks whose only words are links to places in the book: a printed contents list or a row of
     * links to the chapters, for the eye, not the ear. One pass, so deep markup stays linear.
     */
    private static List<Element> linkLists(Element body) {
        List<Element> lists = new ArrayList<>();
        Deque<boolean[]> open = new ArrayDeque<>(); // per open block: {has a link, has other words}
        int[] inLink = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && isLinkWithin(e)) {
                    inLink[0]++;
                } else if (node instanceof Element e && isListBlock(e)) {
                    open.push(new boolean[2]);
                } else if (node instanceof TextNode text && !open.isEmpty()
                        && text.getWholeText().codePoints().anyMatch(Character::isLetter)) {
                    open.peek()[inLink[0] > 0 ? 0 : 1] = true;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && isLinkWithin(e)) {
                    inLink[0]--;
                } else if (node instanceof Element e && isListBlock(e)) {
                    boolean[] block = open.pop();
                    if (block[0] && !block[1]) {
                        lists.add(e);
                    }
                    if (!open.isEmpty()) {
                        open.peek()[0] |= block[0];
                        open.peek()[1] |= block[1];
                    }
                }
            }
        }, body);
        return lists;
    }

    /** A "Contents" label above the list, past blank blocks and the list's other parts. */
    private static boolean isLabelled(Element list, Set<Element> lists) {
        Element at = list;
        for (int up = 0; at != null && up < MAX_LABEL_LEVELS; up++) {
            Element above = at.previousElementSibling();
            while (above != null && (above.text().isBlank() || lists.contains(above))) {
                above = above.previousElementSibling();
            }
            if (above != null) {
                return CONTENTS_LABEL.matcher(above.text().strip()).matches();
            }
            at = at.parent();
        }
        return false;
    }

    private static boolean isLinkWithin(Element e) {
        return e.normalName().equals("a") && e.attr("href").startsWith("#");
    }

    private static boolean isListBlock(Element e) {
        return BLOCKS.contains(e.normalName()) && !HEADINGS.contains(e.normalName()) && !e.normalName().equals("body");
    }

    /** A picture's text put in its place has no line of its own: it stands on its element's line. */
    private static int sourceLine(TextNode text) {
        int line = text.sourceRange().start().lineNumber();
        return line > 0 || text.parent() == null ? line : text.parent().sourceRange().start().lineNumber();
    }

    /**
     * The {@code epub:type} of the section an id names: its own, or for a heading that opens a section,
     * the section's.
     */
    private static String sectionTypes(Element e) {
        String own = e.attr("epub:type").strip();
        if (own.isEmpty() && HEADING_GROUPS.contains(e.normalName()) && e.parent() != null
                && e.elementSiblingIndex() == 0) {
            return e.parent().attr("epub:type").strip();
        }
        return own;
    }

    /** The types of the body and of the sections it opens with: "bodymatter z3998:fiction chapter". */
    private static String openingTypes(Element body) {
        StringBuilder types = new StringBuilder(body.attr("epub:type").strip());
        Element at = body;
        for (int depth = 0; depth < MAX_OPENING_DEPTH && at.childrenSize() > 0; depth++) {
            at = at.child(0);
            if (!SECTIONS.contains(at.normalName())) {
                break;
            }
            types.append(' ').append(at.attr("epub:type").strip());
        }
        return types.toString().strip().replaceAll("\\s+", " ");
    }

    private static boolean isNotRead(Element element) {
        return Arrays.stream(element.attr("epub:type").toLowerCase(Locale.ROOT).split("\\s+"))
                .anyMatch(NOT_READ_TYPES::contains);
    }

    /** The text being written, with the HTML line each of its lines starts from. */
    private static final class TextOut {
        private final StringBuilder text = new StringBuilder();
        private final List<Integer> sourceLines = new ArrayList<>();
        private final Map<String, Integer> anchors = new HashMap<>();
        private final BitSet headingLines = new BitSet();
        private final Map<String, String> anchorTypes = new HashMap<>();
        private String openingTypes = "";
        private final List<HeadingElement> headings = new ArrayList<>();
        private Element outerHeading;
        private int headingStart;
        private int newlines;

        /** The line, from 1, that the next words go on. */
        private int currentLine() {
            return newlines + 1;
        }

        void anchor(String id, String types) {
            anchors.putIfAbsent(id, currentLine());
            if (!types.isEmpty()) {
                anchorTypes.putIfAbsent(id, types);
            }
        }

        void headingStarts(Element e) {
            if (outerHeading == null) {
                outerHeading = e;
                headingStart = currentLine();
            }
        }

        void headingEnds(Element e) {
            if (e != outerHeading) {
                return;
            }
            headingLines.set(headingStart, currentLine() + 1);
            Element first = e.normalName().equals("hgroup") ? e.selectFirst("h1, h2, h3, h4, h5, h6") : e;
            String words = !e.normalName().equals("hgroup") ? e.text() : String.join(": ", e.children().stream()
                    .map(Element::text).map(String::strip).filter(t -> !t.isEmpty()).toList());
            if (!e.text().isBlank()) {
                headings.add(new HeadingElement(words.replaceAll("\\s+", " ").strip(),
                        first == null ? 2 : first.normalName().charAt(1) - '0', headingStart, sectionTypes(e)));
            }
            outerHeading = null;
        }

        void append(String words, int sourceLine) {
            if (endsLine()) {
                words = words.stripLeading();
                if (!words.isEmpty()) {
                    while (sourceLines.size() <= newlines) {
                        sourceLines.add(0);
                    }
                    sourceLines.set(newlines, sourceLine);
                }
            }
            text.append(words);
        }

        void newLine() {
            trimTrailingSpace();
            text.append('\n');
            newlines++;
        }

        /** Ends the current line and leaves at least {@code blankLines} blank lines before what follows. */
        void breakBlock(int blankLines) {
            trimTrailingSpace();
            if (text.isEmpty()) {
                return;
            }
            int present = 0;
            for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\n'; i--) {
                present++;
            }
            for (int n = present; n < blankLines + 1; n++) {
                newLine();
            }
        }

        private void trimTrailingSpace() {
            int end = text.length();
            while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
                end--;
            }
            text.setLength(end);
        }

        private boolean endsLine() {
            return text.isEmpty() || text.charAt(text.length() - 1) == '\n';
        }

        Converted converted() {
            return new Converted(text.toString().strip() + "\n", sourceLines.stream().mapToInt(Integer::intValue).toArray(),
                    Map.copyOf(anchors), headingLines, Map.copyOf(anchorTypes), openingTypes, List.copyOf(headings));
        }
    }
}
