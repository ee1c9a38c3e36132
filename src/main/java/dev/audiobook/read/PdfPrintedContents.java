package dev.audiobook.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A PDF's printed contents, which nobody listens to (the EPUB reader leaves an EPUB's out too): three or
 * more entries in a row, each a line or a few naming an entry of the outline that comes later in the
 * book, with their page numbers wherever on their line those are drawn; and the "Contents" heading above.
 */
final class PdfPrintedContents {
    private static final int MIN_ENTRIES = 3;
    /** The least space between columns, in points: a place this far right of a line is in the next column. */
    private static final float COLUMN_GAP = 6;
    /** An entry's title may wrap onto this many lines. */
    private static final int MAX_ENTRY_LINES = 3;
    /** "Chapter 1 ........ 12": the leader dots and page number after an entry's title. */
    private static final Pattern PAGE_REFERENCE = Pattern.compile("[\\s.\u2026\u00b7_-]*(?:\\d{1,5}|[ivxlcdmIVXLCDM]{1,7})$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)\\d{1,5}|[ivxlcdm]{1,7}");
    private static final Pattern CONTENTS = Pattern.compile("(?i)(?:table of )?contents\\.?");

    private PdfPrintedContents() {}

    static List<PdfLine> without(List<PdfLine> lines, List<PdfOutline.Bookmark> outline) {
        if (outline.isEmpty()) {
            return lines;
        }
        Map<String, PdfOutline.Bookmark> lastNamed = new HashMap<>();
        for (PdfOutline.Bookmark bookmark : outline) {
            lastNamed.merge(PdfOutline.words(bookmark.title()), bookmark, (a, b) -> isLater(a, b) ? a : b);
        }
        Set<Integer> left = new HashSet<>();
        int i = 0;
        while (i < lines.size()) {
            List<Integer> run = new ArrayList<>();
            int entries = 0;
            int at = i;
            // A printed contents ends before the first heading the outline points to after it starts.
            PdfOutline.Bookmark next = firstAfter(lines.get(i), outline);
            while (at < lines.size() && (next == null || isAfter(next, lines.get(at)))) {
                if (PAGE_NUMBER.matcher(lines.get(at).text()).matches()) {
                    run.add(at++);
                    continue;
                }
                int size = entrySize(lines, at, lastNamed);
                if (size == 0) {
                    break;
                }
                for (int k = 0; k < size; k++) {
                    run.add(at++);
                }
                entries++;
            }
            if (entries >= MIN_ENTRIES) {
                left.addAll(run);
                if (i > 0 && CONTENTS.matcher(lines.get(i - 1).text()).matches()) {
                    left.add(i - 1);
                }
                leaveOutPageNumbersBeside(lines, run, left);
                i = at;
            } else {
                i++;
            }
        }
        List<PdfLine> kept = new ArrayList<>();
        for (int j = 0; j < lines.size(); j++) {
            if (!left.contains(j)) {
                kept.add(lines.get(j));
            }
        }
        return kept;
    }

    /** How many lines from {@code at} name an entry of the outline placed after them; 0 when none do. */
    private static int entrySize(List<PdfLine> lines, int at, Map<String, PdfOutline.Bookmark> lastNamed) {
        StringBuilder text = new StringBuilder();
        for (int size = 1; size <= MAX_ENTRY_LINES && at + size <= lines.size(); size++) {
            PdfLine line = lines.get(at + size - 1);
            text.append(' ').append(line.text());
            PdfOutline.Bookmark named = lastNamed.getOrDefault(PdfOutline.words(text.toString()),
                    lastNamed.get(PdfOutline.words(PAGE_REFERENCE.matcher(text).replaceAll(""))));
            if (named != null && isAfter(named, line)) {
                return size;
            }
        }
        return 0;
    }

    /** The entries' page numbers drawn apart from them (a float drawn first): numbers on an entry's baseline. */
    private static void leaveOutPageNumbersBeside(List<PdfLine> lines, List<Integer> run, Set<Integer> left) {
        for (int index : run) {
            PdfLine entry = lines.get(index);
            for (int j = Math.max(0, index - 50); j < Math.min(lines.size(), index + 50); j++) {
                PdfLine other = lines.get(j);
                if (other.page() == entry.page() && Math.abs(other.baseline() - entry.baseline()) < 0.5f
                        && PAGE_NUMBER.matcher(other.text()).matches()) {
                    left.add(j);
                }
            }
        }
    }

    private static PdfOutline.Bookmark firstAfter(PdfLine line, List<PdfOutline.Bookmark> outline) {
        PdfOutline.Bookmark first = null;
        for (PdfOutline.Bookmark bookmark : outline) {
            if (isAfter(bookmark, line) && (first == null || isLater(first, bookmark))) {
                first = bookmark;
            }
        }
        return first;
    }

    /** Whether the bookmark's place comes after the line: on a later page, lower down, or in a column to its right. */
    private static boolean isAfter(PdfOutline.Bookmark bookmark, PdfLine line) {
        return bookmark.page() > line.page() || bookmark.page() == line.page()
                && (bookmark.top() > line.baseline() || bookmark.left() > line.endX() + COLUMN_GAP);
    }

    private static boolean isLater(PdfOutline.Bookmark a, PdfOutline.Bookmark b) {
        return a.page() > b.page() || a.page() == b.page() && a.top() > b.top();
    }
}
