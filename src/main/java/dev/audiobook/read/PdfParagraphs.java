package dev.audiobook.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A PDF's lines joined into the paragraphs they were set as. A line starts a new paragraph when it is
 * indented, when more space than the usual line spacing stands above it, when the line before ended a
 * sentence well short of the right margin, or when its type is of another size or weight. A word broken
 * at a line's end is joined again.
 */
final class PdfParagraphs {
    /** A word broken with a hyphen at the line's end: "beauti-" before "ful". */
    private static final Pattern BROKEN_WORD = Pattern.compile(".*\\p{L}[-\u2010\u00ad]$");

    /**
     * Lines set as one paragraph.
     *
     * @param text the lines joined, with the words broken at their ends whole again
     */
    record Block(List<PdfLine> lines, String text) {
        PdfLine first() {
            return lines.get(0);
        }
    }

    /** Where a column's lines start and end, as most of its lines show. */
    private record Margins(float left, float right) {}

    private PdfParagraphs() {}

    /**
     * @param titles the lines the outline points to, which start a block whatever the layout says, each
     *     with its bookmark's title: the lines that spell the title with it are its heading, one block
     */
    static List<Block> of(List<PdfLine> lines, PdfBodyType body, Map<PdfLine, String> titles) {
        Map<String, Margins> margins = margins(lines, body);
        List<Block> blocks = new ArrayList<>();
        List<PdfLine> block = new ArrayList<>();
        PdfLine above = null;
        String title = null;
        for (PdfLine line : lines) {
            boolean spellsTitle = title != null && !block.isEmpty() && !titles.containsKey(line)
                    && spells(title, joined(block).text(), line);
            if (above != null && !spellsTitle && (titles.containsKey(line) || title != null
                    || startsParagraph(above, line, margins, body))) {
                blocks.add(joined(block));
                block = new ArrayList<>();
            }
            if (block.isEmpty()) {
                title = titles.containsKey(line) ? PdfOutline.words(titles.get(line)) : null;
            }
            block.add(line);
            above = line;
            if (title != null && title.equals(PdfOutline.words(joined(block).text()))) {
                title = null;
            }
        }
        if (!block.isEmpty()) {
            blocks.add(joined(block));
        }
        return blocks;
    }

    /** Whether the heading so far and the line are the start of the title, and the heading is not all of it. */
    private static boolean spells(String title, String heading, PdfLine line) {
        String words = PdfOutline.words(heading);
        String withLine = PdfOutline.words(heading + " " + line.text());
        return !title.equals(words) && (title + " ").startsWith(withLine + " ");
    }

    private static boolean startsParagraph(PdfLine above, PdfLine line, Map<String, Margins> margins, PdfBodyType body) {
        if (line.typeDiffers(above)) {
            return true;
        }
        Margins column = margins.get(key(line));
        Margins aboveColumn = margins.get(key(above));
        float indent = line.x() - column.left();
        boolean indented = indent > line.size() * 0.5f && (!line.sameColumnAs(above) || line.x() > above.x() + line.size() * 0.5f);
        if (indented) {
            return true;
        }
        if (line.sameColumnAs(above)) {
            float usual = Math.max(body.lineSpacing(), body.lineSpacing() * line.size() / body.size());
            if (line.baseline() - above.baseline() > usual * 1.35f) {
                return true;
            }
        }
        boolean shortLine = above.endX() < aboveColumn.right() - above.size() * 2;
        return shortLine && above.endsSentence();
    }

    private static Block joined(List<PdfLine> lines) {
        StringBuilder text = new StringBuilder();
        for (PdfLine line : lines) {
            String words = line.text();
            if (text.isEmpty()) {
                text.append(words);
            } else if (BROKEN_WORD.matcher(text).matches() && Character.isLowerCase(words.codePointAt(0))) {
                text.setLength(text.length() - 1);
                text.append(words);
            } else if (BROKEN_WORD.matcher(text).matches()) {
                // "Anglo-" before "Saxon": a compound's own hyphen, kept.
                text.append(words);
            } else {
                text.append(' ').append(words);
            }
        }
        return new Block(List.copyOf(lines), text.toString());
    }

    /**
     * Each column's margins: its left where most of its body lines start, its right where the furthest
     * ends; a column of a few lines (a chapter's last) has the book's usual width.
     */
    private static Map<String, Margins> margins(List<PdfLine> lines, PdfBodyType body) {
        Map<String, List<PdfLine>> columns = new HashMap<>();
        for (PdfLine line : lines) {
            columns.computeIfAbsent(key(line), k -> new ArrayList<>()).add(line);
        }
        Map<String, Margins> margins = new HashMap<>();
        columns.forEach((key, column) -> {
            Map<Integer, Integer> starts = new HashMap<>();
            for (PdfLine line : column) {
                starts.merge(Math.round(line.x()), 1, Integer::sum);
            }
            int mostCommon = starts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(e -> -e.getKey())).map(Map.Entry::getKey).orElse(0);
            float left = (float) column.stream().mapToDouble(PdfLine::x).filter(x -> x >= mostCommon - 1.5)
                    .min().orElse(mostCommon);
            float right = (float) column.stream().mapToDouble(PdfLine::endX).max().orElse(left + body.lineWidth());
            if (column.size() < 4) {
                right = Math.max(right, left + body.lineWidth());
            }
            margins.put(key, new Margins(left, right));
        });
        return margins;
    }

    private static String key(PdfLine line) {
        return line.page() + ":" + line.column();
    }
}
