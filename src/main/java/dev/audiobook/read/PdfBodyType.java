package dev.audiobook.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a PDF's body text is set, found from what most of its lines have in common: the layout rules tell
 * headings, running heads, footnotes and paragraph breaks by how they stand apart from it.
 *
 * @param size the type size of most of the text, in points
 * @param lineSpacing the usual distance from one baseline to the next within a paragraph
 * @param lineWidth the usual width of a full line
 */
record PdfBodyType(float size, float lineSpacing, float lineWidth) {
    static PdfBodyType of(List<PdfLine> lines) {
        Map<Integer, Integer> sizes = new HashMap<>();
        for (PdfLine line : lines) {
            sizes.merge(Math.round(line.size() * 2), line.text().length(), Integer::sum);
        }
        float size = mode(sizes, 24) / 2f;
        Map<Integer, Integer> spacings = new HashMap<>();
        List<Float> widths = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            PdfLine above = lines.get(i - 1);
            PdfLine line = lines.get(i);
            if (line.sameColumnAs(above) && isBody(line, size) && isBody(above, size)) {
                float spacing = line.baseline() - above.baseline();
                if (spacing > 0) {
                    spacings.merge(Math.round(spacing * 2), 1, Integer::sum);
                }
            }
            if (isBody(line, size)) {
                widths.add(line.endX() - line.x());
            }
        }
        float lineSpacing = spacings.isEmpty() ? size * 1.2f : mode(spacings, 0) / 2f;
        // Most lines are full, in a justified text and a ragged one alike.
        Collections.sort(widths);
        float lineWidth = widths.isEmpty() ? 400 : widths.get(widths.size() * 9 / 10);
        return new PdfBodyType(size, lineSpacing, lineWidth);
    }

    private static boolean isBody(PdfLine line, float size) {
        return Math.abs(line.size() - size) < 0.5f;
    }

    /** Larger than the body text: a heading's type. */
    boolean isLarger(PdfLine line) {
        return line.size() > size * 1.12f;
    }

    /** Smaller than the body text: a footnote's or a running head's type. */
    boolean isSmaller(PdfLine line) {
        return line.size() < size * 0.92f;
    }

    private static int mode(Map<Integer, Integer> counts, int otherwise) {
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(otherwise);
    }
}
