package dev.audiobook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML book as the plain text the rest of the pipeline reads: one paragraph per block element, a
 * heading standing apart with blank lines around it and its {@code <br>} lines kept, and nothing that is
 * not read aloud (scripts, styles, images, page numbers, footnote marks, Gutenberg's boilerplate).
 */
public final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "blockquote", "li",
            "dt", "dd", "pre", "tr", "table", "ul", "ol", "dl", "figure", "figcaption", "header", "footer",
            "main", "aside", "nav", "body", "center", "hr", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Not read: markup for the eye, Gutenberg's header and licence, page numbers and footnote marks. */
    private static final String NOT_READ = "script, style, noscript, img, svg, head, "
            + "#pg-header, #pg-footer, .pg-boilerplate, "
            + ".pagenum, .pageno, .fnanchor, sup.fnref, a.noteref, .footnotes, div.footnote";

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
    public record Converted(String text, int[] sourceLines) {
        /** The HTML line of a line of the text, counting from 1; 0 when not known. */
        public int sourceLine(int textLine) {
            return textLine >= 1 && textLine <= sourceLines.length ? sourceLines[textLine - 1] : 0;
        }
    }

    public static String toText(String html) {
        return convert(html).text();
    }

    public static Converted convert(String html) {
        Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        // A drop capital drawn as a picture ("W" + "ITH no greater events") is the word's first letter.
        for (Element image : document.select("img[alt~=^\\p{L}$]")) {
            image.replaceWith(new TextNode(image.attr("alt")));
        }
        document.select(NOT_READ).remove();
        TextOut out = new TextOut();
        // jsoup's traversal is a loop, not a recursion: deeply nested markup cannot overflow the stack.
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText().replaceAll("\\s+", " "), text.sourceRange().start().lineNumber());
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    out.newLine();
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    // Four blank lines above a heading and two below, as plain-text books set them apart.
                    out.breakBlock(HEADINGS.contains(e.normalName()) ? 4 : 1);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.breakBlock(HEADINGS.contains(e.normalName()) ? 2 : 1);
                }
            }
        }, document.body());
        return out.converted();
    }

    /** The text being written, with the HTML line each of its lines starts from. */
    private static final class TextOut {
        private final StringBuilder text = new StringBuilder();
        private final List<Integer> sourceLines = new ArrayList<>();
        private int newlines;

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
            return new Converted(text.toString().strip() + "\n", sourceLines.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
