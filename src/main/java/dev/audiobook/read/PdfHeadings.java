package dev.audiobook.read;

import java.util.List;
import java.util.TreeSet;

/**
 * The headings of a PDF that has no outline, found by their type: a short block set larger than the
 * body, or in bold at its size with space above it. The largest type is level 1, the next level 2, and so
 * on; bold at the body's size is the level below the smallest larger type.
 */
final class PdfHeadings {
    private static final int MAX_LINES = 3;
    private static final int MAX_CHARS = 150;

    private PdfHeadings() {}

    /** Each block's heading level, 0 for a block that is no heading. */
    static int[] levels(List<PdfParagraphs.Block> blocks, PdfBodyType body) {
        int[] sizes = new int[blocks.size()];
        TreeSet<Integer> headingSizes = new TreeSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            PdfParagraphs.Block block = blocks.get(i);
            PdfLine first = block.first();
            boolean short_ = block.lines().size() <= MAX_LINES && block.text().length() <= MAX_CHARS;
            boolean larger = body.isLarger(first);
            boolean boldAlone = first.bold() && !body.isSmaller(first) && block.lines().size() <= 2
                    && spaceAbove(blocks, i, body) && (i + 1 >= blocks.size() || !blocks.get(i + 1).first().bold());
            if (short_ && (larger || boldAlone) && block.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                sizes[i] = larger ? Math.round(first.size() * 2) : 0;
                headingSizes.add(sizes[i]);
            } else {
                sizes[i] = -1;
            }
        }
        List<Integer> descending = List.copyOf(headingSizes.descendingSet());
        int[] levels = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            levels[i] = sizes[i] < 0 ? 0 : Math.min(6, descending.indexOf(sizes[i]) + 1);
        }
        return levels;
    }

    private static boolean spaceAbove(List<PdfParagraphs.Block> blocks, int i, PdfBodyType body) {
        if (i == 0) {
            return true;
        }
        List<PdfLine> above = blocks.get(i - 1).lines();
        PdfLine last = above.get(above.size() - 1);
        PdfLine first = blocks.get(i).first();
        return !first.sameColumnAs(last) || first.baseline() - last.baseline() > body.lineSpacing() * 1.35f;
    }
}
