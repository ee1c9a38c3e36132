package dev.audiobook.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a PDF's blocks are: headings and their levels, and the contents that point into them.
 *
 * <p>An outline drawn from the headings (as WeasyPrint and LibreOffice draw theirs: each bookmark on a
 * heading of its own words) is read as those headings, each at its bookmark's depth, as an HTML page's
 * headings are read. Any other outline is the book's contents, each entry at the block it points to.
 * Without an outline the headings are what the type shows (see {@link PdfHeadings}).
 *
 * @param levels each block's heading level, 1 to 6, or 0 for a block that is no heading
 * @param ids the element id of each block an entry of the contents points to
 */
record PdfStructure(int[] levels, Map<Integer, String> ids, List<HtmlReader.ContentsLink> contents) {
    /** The share of bookmarks that must name a heading of their own words for the outline to be the headings'. */
    private static final double DRAWN_FROM_HEADINGS = 0.9;
    private static final int MAX_HEADING_CHARS = 200;

    /** A bookmark and the block it points to. */
    record Placed(PdfOutline.Bookmark bookmark, int block) {}

    static PdfStructure of(List<PdfParagraphs.Block> blocks, List<Placed> outline, PdfBodyType body) {
        if (outline.isEmpty()) {
            return new PdfStructure(PdfHeadings.levels(blocks, body), Map.of(), List.of());
        }
        // Several bookmarks may land on one block (one of a printed contents left out lands on the next
        // heading): the block counts as named when one of them names it, and takes that one's level.
        Map<Integer, Integer> namedLevels = new HashMap<>();
        for (Placed placed : outline) {
            if (namesItsBlock(placed, blocks)) {
                namedLevels.merge(placed.block(), Math.min(6, placed.bookmark().depth() + 1), Math::min);
            }
        }
        long blocksPointedAt = outline.stream().mapToInt(Placed::block).distinct().count();
        if (namedLevels.size() >= DRAWN_FROM_HEADINGS * blocksPointedAt) {
            int[] levels = new int[blocks.size()];
            namedLevels.forEach((block, level) -> levels[block] = level);
            return new PdfStructure(levels, Map.of(), List.of());
        }
        Map<Integer, String> ids = new HashMap<>();
        List<HtmlReader.ContentsLink> contents = new ArrayList<>();
        for (Placed placed : outline) {
            String id = ids.computeIfAbsent(placed.block(), b -> "pdf-outline-" + b);
            contents.add(new HtmlReader.ContentsLink(placed.bookmark().title(), id, placed.bookmark().depth()));
        }
        return new PdfStructure(new int[blocks.size()], ids, contents);
    }

    private static boolean namesItsBlock(Placed placed, List<PdfParagraphs.Block> blocks) {
        String text = blocks.get(placed.block()).text();
        String title = PdfOutline.words(placed.bookmark().title());
        return text.length() <= MAX_HEADING_CHARS && !title.isEmpty() && PdfOutline.words(text).equals(title);
    }
}
