package dev.audiobook.read;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A FictionBook body as the HTML page the HTML path reads: a section's title is a heading whose level is
 * the section's depth (h1 for the body's own sections, h6 for the sixth and deeper), its lines kept; a
 * paragraph, subtitle, text author or poem stanza is a paragraph (a stanza's verses its lines); an
 * epigraph, citation or annotation is a block quote. Footnote marks, pictures and the body's own title
 * (the book's title, said when the book opens) are not read.
 */
final class FictionBookPage {
    /** Blocks nest no deeper on the page than any book's quotes in quotes do; deeper ones are written flat. */
    private static final int MAX_BLOCK_DEPTH = 32;
    /** FB2 elements written as a block of their own, by what they become. */
    private static final Map<String, String> BLOCKS = Map.of("p", "p", "subtitle", "p", "text-author", "p",
            "stanza", "p", "epigraph", "blockquote", "cite", "blockquote", "annotation", "blockquote",
            "table", "table", "tr", "tr", "td", "td");
    /** Lines of one block: a title's paragraphs, a stanza's verses. */
    private static final Set<String> LINED = Set.of("title", "stanza");
    private static final Set<String> NOT_READ = Set.of("image", "binary");

    private FictionBookPage() {}

    /**
     * @param bookTitle the title-info's, so that a body title that only repeats it is not read twice
     * @param noteIds the ids in the notes bodies: a link to one is a footnote mark, however it is typed
     */
    static org.jsoup.nodes.Document of(Element body, Optional<String> bookTitle, Set<String> noteIds) {
        org.jsoup.nodes.Document page = org.jsoup.nodes.Document.createShell("");
        Deque<Element> open = new ArrayDeque<>();
        open.push(page.body());
        int[] sectionDepth = {0};
        Deque<Node> written = new ArrayDeque<>(); // the FB2 elements that pushed onto open
        // jsoup's traversal is a loop, not a recursion: 100,000 nested sections cannot overflow the stack.
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    // The spaces between a title's paragraphs or a stanza's verses are no words of them.
                    if (!(text.parent() != null && LINED.contains(EpubPackage.localName(text.parent()))
                            && text.isBlank())) {
                        open.peek().appendText(text.getWholeText());
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e) || node == body) {
                    return FilterResult.CONTINUE;
                }
                String name = EpubPackage.localName(e);
                if (NOT_READ.contains(name) || name.equals("a") && (e.attr("type").equals("note")
                        || FictionBookReader.href(e).filter(h -> h.startsWith("#") && noteIds.contains(h.substring(1)))
                                .isPresent())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (name.equals("section")) {
                    sectionDepth[0]++;
                    return FilterResult.CONTINUE;
                }
                if (name.equals("title") && e.parent() == body) {
                    String words = FictionBookReader.words(e);
                    return words.isEmpty() || bookTitle.filter(t -> t.equalsIgnoreCase(words)).isPresent()
                            ? FilterResult.SKIP_ENTIRELY : push(e, "p");
                }
                if (name.equals("title")) {
                    return push(e, e.parent() != null && EpubPackage.localName(e.parent()).equals("section")
                            ? "h" + Math.max(1, Math.min(6, sectionDepth[0])) : "p");
                }
                Element parent = open.peek();
                if (isLined(parent) && (name.equals("p") || name.equals("v"))) {
                    if (parent.childNodeSize() > 0) {
                        parent.appendElement("br");
                    }
                    return FilterResult.CONTINUE;
                }
                if (name.equals("v")) {
                    return push(e, "p");
                }
                String block = BLOCKS.get(name);
                return block == null ? FilterResult.CONTINUE : push(e, block);
            }

            private FilterResult push(Element fb2, String tag) {
                if (open.size() < MAX_BLOCK_DEPTH) {
                    Element block = open.peek().appendElement(tag);
                    if (LINED.contains(EpubPackage.localName(fb2))) {
                        block.attr("data-lined", "");
                    }
                    open.push(block);
                    written.push(fb2);
                } else {
                    // Too deep to nest further: what it holds is a paragraph break and words in the block above.
                    open.peek().appendElement("br");
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && EpubPackage.localName(e).equals("section")) {
                    sectionDepth[0]--;
                }
                if (!written.isEmpty() && written.peek() == node) {
                    written.pop();
                    Element block = open.pop();
                    block.removeAttr("data-lined");
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return page;
    }

    private static boolean isLined(Element block) {
        return block.hasAttr("data-lined");
    }
}
