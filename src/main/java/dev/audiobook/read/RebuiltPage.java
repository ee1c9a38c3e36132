package dev.audiobook.read;

import dev.audiobook.UserError;
import dev.audiobook.book.BookDetails;
import dev.audiobook.text.Artefacts;
import dev.audiobook.text.TextLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A word processor's document (Word, OpenDocument) rebuilt as the HTML page {@link HtmlReader#rebuilt}
 * reads. A reader walks its XML and says what it meets, in order: a paragraph of some kind and its end,
 * a table row, a cell, words, a line break, a link. The page keeps the blocks flat, in the order they
 * start, however deep the XML nests them: a text box's paragraphs follow the paragraph they stand in,
 * list items are grouped in a list, and a table row is one line, its cells apart by commas.
 */
final class RebuiltPage {
    /** What is being filled: a paragraph, or a table row whose cells' paragraphs all write into its line. */
    private static final class Open {
        final Element block;
        /** The open block that owns {@link #block}: itself, or for a paragraph in a cell, its row. */
        final Open owner;
        final boolean row;
        Element insertion;
        int linkDepth;
        boolean written;
        /** What goes between the words written and the next: a space, a comma between cells, a line break. */
        String pending = "";
        /** The text of the first picture in it, for a heading drawn as a picture. */
        String pictureTitle = "";
        /** A row's commas between its cells, in order. */
        final List<TextNode> cellsApart = new ArrayList<>();

        Open(Element block, Open owner, boolean row) {
            this.block = block;
            this.owner = owner == null ? this : owner;
            this.row = row;
            this.insertion = block;
        }
    }

    /** A bookmark at a printed page's start, as converters keep a web page's anchors: "page23", "Page_3". */
    private static final Pattern PAGE_ANCHOR = Pattern.compile("(?i)(?:page|pg|p)[_-]?(?:\\d+|[ivxlcdm]+)");
    /** The page's number shown after it: "p. 23", "[Pg 3]", "12", "{ix}"; a bare Roman one only in braces. */
    private static final Pattern PAGE_LABEL = Pattern.compile(
            "(?i)\\s*[\\[{]?\\s*(?:(?:p|pg|page)\\.?\\s*(?:\\d+|[ivxlcdm]+)|\\d+)\\s*[\\]}]?\\s*|\\s*\\{[ivxlcdm]+}\\s*");

    /** A page's number that says it is one, run into the words after it: "p. 23CHAPTER VI", "[Pg 3]The". */
    private static final Pattern MARKED_PAGE_LABEL = Pattern.compile(
            "(?i)\\s*(?:[\\[{]\\s*(?:(?:p|pg|page)\\.?\\s*)?(?:\\d+|[ivxlcdm]+)\\s*[\\]}]|(?:p|pg|page)\\.\\s*\\d+)");

    private static final String CELLS_APART = ", ";
    private static final int MAX_BREAKS = 8;
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** A cell that is a page number, as a printed contents' rows end: "12", "xi". */
    private static final Pattern PAGE_CELL = Pattern.compile("(?i)\\s*(?:\\d+|[ivxlc]+)\\.?\\s*");

    private final Path path;
    private final String kind;
    private final org.jsoup.nodes.Document page = org.jsoup.nodes.Document.createShell("");
    private final Deque<Open> open = new ArrayDeque<>();
    private Optional<String> titleParagraph = Optional.empty();
    private long characters;
    /** The words after a page anchor, held while they may still be its page's number (pandoc splits "p. 23" in three). */
    private StringBuilder pageLabel;

    /** @param kind what the file is, as messages name it: "Word document" */
    RebuiltPage(Path path, String kind) {
        this.path = path;
        this.kind = kind;
    }

    /** A paragraph starts: {@code tag} is p, li, or h1 to h6; in a table row it is part of the row's line. */
    void startParagraph(String tag) {
        settlePageLabel();
        Open row = open.isEmpty() ? null : open.peek().owner;
        if (row != null && row.row) {
            if (row.pending.isEmpty()) {
                row.pending = " ";
            }
            open.push(new Open(row.block, row, false));
        } else {
            open.push(new Open(place(new Element(tag)), null, false));
        }
    }

    /** The document's title as a paragraph of its own, set as a heading: a candidate for the book's title. */
    void startTitle() {
        startParagraph("h1");
        if (open.peek().owner == open.peek()) {
            open.peek().block.addClass("title");
        }
    }

    void startRow() {
        settlePageLabel();
        open.push(new Open(place(new Element("p")), null, true));
    }

    void startCell() {
        if (!open.isEmpty() && open.peek().row) {
            open.peek().pending = CELLS_APART;
        }
    }

    /** Ends what was started last: a paragraph, a title or a row. */
    void end() {
        settlePageLabel();
        Open done = open.pop();
        if (done.owner != done) {
            return;
        }
        Element block = done.block;
        if (!block.hasText() && !done.pictureTitle.isBlank() && HEADINGS.contains(block.normalName())) {
            block.appendText(done.pictureTitle);
        }
        if (done.row) {
            pageNumbersApart(done);
        }
        // A page number the converter kept as a paragraph of its own (Gutenberg's "[Pg 12]") would stand
        // between a heading and its title, where the web page it was made from had it in a span not read.
        if (!block.hasText() && block.normalName().equals("p") && !done.row) {
            // An empty paragraph is space on the page, as a web page's <p><br></p> is: blank lines.
            block.empty();
            for (int i = 0; i < Math.max(1, done.pending.length()) && done.pending.chars().allMatch(c -> c == '\n'); i++) {
                block.appendElement("br");
            }
        } else if (!block.hasText() || Artefacts.isPageNumber(block.text())) {
            Element list = block.parent();
            block.remove();
            if (list != null && list.normalName().equals("ul") && list.childrenSize() == 0) {
                list.remove();
            }
        } else if (block.hasClass("title")) {
            // The title a converter made of a web page's <title> ("Emma | Project Gutenberg") names the book as the page's does.
            String title = HtmlReader.TitleAndAuthor.of(block.text()).title();
            if (!title.isEmpty() && !title.equals(block.text())) {
                block.text(title);
            }
            titleParagraph = titleParagraph.or(() -> Optional.of(block.text().strip()));
        }
    }

    void text(String words) {
        if (open.isEmpty() || words.isEmpty() || full()) {
            return;
        }
        if (pageLabel != null) {
            String held = pageLabel + words;
            Matcher label = PAGE_LABEL.matcher(held);
            if (label.matches() || label.hitEnd()) {
                pageLabel.append(words);
                return;
            }
            Matcher marked = MARKED_PAGE_LABEL.matcher(held);
            if (marked.lookingAt()) {
                pageLabel = null;
                write(held.substring(marked.end()));
                return;
            }
            settlePageLabel();
        }
        write(words);
    }

    /** The words held after a page anchor: dropped if they are its number, else written as they came. */
    private void settlePageLabel() {
        StringBuilder held = pageLabel;
        pageLabel = null;
        if (held != null && !PAGE_LABEL.matcher(held).matches()) {
            write(held.toString());
        }
    }

    private void write(String words) {
        if (open.isEmpty() || words.isEmpty()) {
            return;
        }
        boolean blank = words.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
        Open at = open.peek();
        if (blank && (!at.owner.written || !at.owner.pending.isEmpty())) {
            return; // a space where a separator or nothing stands already
        }
        if (at.owner.written && !at.owner.pending.isEmpty()) {
            if (at.owner.pending.startsWith("\n")) {
                at.owner.pending.chars().forEach(c -> at.insertion.appendElement("br"));
            } else {
                TextNode apart = new TextNode(at.owner.pending);
                at.insertion.appendChild(apart);
                if (at.owner.pending == CELLS_APART) {
                    at.owner.cellsApart.add(apart);
                }
            }
        }
        at.owner.pending = "";
        at.owner.written |= !blank;
        at.insertion.appendChild(new TextNode(words));
        characters += words.length();
    }

    /**
     * A bookmark: one at a printed page's start is followed by the page's number, which a web page marked
     * as not read (Gutenberg's {@code <span class="pagenum">}) and its converter kept as words.
     */
    void bookmark(String name) {
        settlePageLabel();
        if (PAGE_ANCHOR.matcher(name).matches()) {
            pageLabel = new StringBuilder();
        }
    }

    /**
     * A picture's title or description: the words of a heading that is only a picture, as a web page's
     * heading image is named by its alt text, or a drop capital's letter; no other picture's are read.
     */
    void picture(String title) {
        // A drop capital drawn as a picture ("W" + "ITH no greater events") is the word's first letter.
        if (title.strip().codePointCount(0, title.strip().length()) == 1 && Character.isLetter(title.strip().codePointAt(0))) {
            text(title.strip());
        } else if (!open.isEmpty() && open.peek().pictureTitle.isBlank()) {
            open.peek().pictureTitle = title.replaceAll("\\s+", " ").strip();
        }
    }

    /** A line break, or a page break, inside a paragraph; none is kept at its start or its end. */
    void lineBreak() {
        settlePageLabel();
        if (!open.isEmpty()) {
            Open at = open.peek().owner;
            // Breaks are blank lines, as a web page's br are; a few are as much space as many.
            at.pending = at.pending.startsWith("\n") ? (at.pending + "\n").substring(0, Math.min(MAX_BREAKS,
                    at.pending.length() + 1)) : "\n";
        }
    }

    /** A link to a place in the document: a printed contents made of them is read as a web page's is. */
    void startLink(String anchor) {
        if (open.isEmpty()) {
            return;
        }
        Open at = open.peek();
        if (at.linkDepth++ == 0 && !anchor.isBlank()) {
            at.insertion = at.insertion.appendElement("a").attr("href", "#" + anchor);
        }
    }

    void endLink() {
        if (!open.isEmpty() && open.peek().linkDepth > 0 && --open.peek().linkDepth == 0) {
            open.peek().insertion = open.peek().block;
        }
    }

    /** Whether the document holds more text than any book: the reader stops, and {@link #read} refuses it. */
    boolean full() {
        return characters > TextLoader.MAX_TEXT_BYTES;
    }

    /**
     * A printed contents' row, "Sowing", "3", is read as the web page it came from reads it ("Sowing 3"),
     * which the chapter finder knows for a contents line; other cells stay a comma apart.
     */
    private static void pageNumbersApart(Open row) {
        for (int i = 0; i < row.cellsApart.size(); i++) {
            TextNode apart = row.cellsApart.get(i);
            Node nextApart = i + 1 < row.cellsApart.size() ? row.cellsApart.get(i + 1) : null;
            StringBuilder cell = new StringBuilder();
            for (Node next = apart.nextSibling(); next != null && next != nextApart; next = next.nextSibling()) {
                cell.append(next instanceof TextNode text ? text.text() : next instanceof Element e ? e.text() : "");
            }
            if (PAGE_CELL.matcher(cell).matches()) {
                apart.text(" ");
            }
        }
    }

    /** A block takes its place in the page when it starts, so one inside it (a text box's) comes after it. */
    private Element place(Element block) {
        Element body = page.body();
        if (block.normalName().equals("li")) {
            Element last = body.lastElementChild();
            (last != null && last.normalName().equals("ul") ? last : body.appendElement("ul")).appendChild(block);
        } else {
            body.appendChild(block);
        }
        return block;
    }

    /**
     * The document as the HTML path reads it.
     *
     * @param title the title the document's properties give, else its title paragraph's
     */
    Document read(String digest, Optional<String> title, List<String> authors, Optional<String> language)
            throws UserError {
        if (full()) {
            throw new UserError(path + ": the " + kind + " holds more than " + (TextLoader.MAX_TEXT_BYTES >> 20)
                    + " MB of text, more than any book (the longest novels are under 5 MB); refusing it");
        }
        while (!open.isEmpty()) {
            end();
        }
        // A title paragraph that is the title the document's properties give is its title page, no heading:
        // no chapter, and no level above the headings that follow it.
        Optional<String> documentTitle = title.map(t -> HtmlReader.TitleAndAuthor.of(t).title());
        for (Element heading : page.body().select("h1.title")) {
            if (documentTitle.filter(heading.text()::equalsIgnoreCase).isPresent()) {
                heading.tagName("p");
            }
        }
        return HtmlReader.rebuilt(page, StandardCharsets.UTF_8, digest, title.or(() -> titleParagraph), authors,
                BookDetails.of(language, Optional.empty(), Optional.empty(), Optional.empty()), List.of(), List.of());
    }

    /** An attribute by its name without its namespace prefix, or "". */
    static String attribute(Element element, String localName) {
        for (Attribute attribute : element.attributes()) {
            String key = attribute.getKey();
            if (key.substring(key.indexOf(':') + 1).equals(localName)) {
                return attribute.getValue();
            }
        }
        return "";
    }
}
