package dev.audiobook.read;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/** A PDF's outline (its bookmarks): each entry's title, depth and the place on a page it opens at. */
final class PdfOutline {
    private static final int MAX_ENTRIES = 10_000;
    private static final int MAX_DEPTH = 12;

    /**
     * @param depth 0 for a top-level bookmark
     * @param page the page's index, from 0
     * @param top how far down the page the place is, from its top edge; 0 for the whole page
     * @param left where on the page's width it is, 0 for anywhere
     */
    record Bookmark(String title, int depth, int page, float top, float left) {}

    private PdfOutline() {}

    /** The bookmarks that point at a page of the document, in the outline's order. */
    static List<Bookmark> of(PDDocument pdf) {
        PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
        List<Bookmark> bookmarks = new ArrayList<>();
        if (outline != null) {
            add(pdf, outline, 0, bookmarks, Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        return bookmarks;
    }

    private static void add(PDDocument pdf, PDOutlineNode node, int depth, List<Bookmark> bookmarks,
            Set<COSDictionary> seen) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            if (bookmarks.size() >= MAX_ENTRIES || !seen.add(item.getCOSObject())) {
                return;
            }
            String title = item.getTitle() == null ? "" : item.getTitle().replaceAll("\\s+", " ").strip();
            destination(pdf, item).ifPresent(place -> bookmarks.add(place.titled(title, depth)));
            add(pdf, item, depth + 1, bookmarks, seen);
        }
    }

    private record Place(int page, float top, float left) {
        Bookmark titled(String title, int depth) {
            return new Bookmark(title, depth, page, top, left);
        }
    }

    private static Optional<Place> destination(PDDocument pdf, PDOutlineItem item) {
        try {
            PDDestination destination = item.getDestination();
            if (destination == null && item.getAction() instanceof PDActionGoTo goTo) {
                destination = goTo.getDestination();
            }
            if (destination instanceof PDNamedDestination named) {
                destination = pdf.getDocumentCatalog().findNamedDestinationPage(named);
            }
            if (!(destination instanceof PDPageDestination onPage)) {
                return Optional.empty();
            }
            int page = onPage.retrievePageNumber();
            if (page < 0 || page >= pdf.getNumberOfPages()) {
                return Optional.empty();
            }
            if (onPage instanceof PDPageXYZDestination xyz && xyz.getTop() > 0) {
                PDPage target = pdf.getPage(page);
                PDRectangle box = target.getCropBox();
                float top = box.getUpperRightY() - xyz.getTop();
                float left = Math.max(0, xyz.getLeft() - box.getLowerLeftX());
                return Optional.of(new Place(page, Math.max(0, top), left));
            }
            return Optional.of(new Place(page, 0, 0));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** A bookmark and the line of the text it lands on. */
    record Landing(Bookmark bookmark, PdfLine line) {}

    /** The bookmarks that land on a line of the text, in the outline's order. */
    static List<Landing> landings(List<Bookmark> outline, List<PdfLine> text) {
        List<Landing> landings = new ArrayList<>();
        for (Bookmark bookmark : outline) {
            lineAt(bookmark, text).ifPresent(line -> landings.add(new Landing(bookmark, line)));
        }
        return landings;
    }

    /**
     * The title of the bookmark each landing line starts the heading of: of several landing on one line
     * (one whose heading was left out lands on the next), the one whose title the line starts.
     */
    static Map<PdfLine, String> titlesByLine(List<Landing> landings) {
        Map<PdfLine, String> titles = new HashMap<>();
        for (Landing landing : landings) {
            String lineWords = words(landing.line().text());
            titles.merge(landing.line(), landing.bookmark().title(),
                    (kept, other) -> words(kept).startsWith(lineWords) ? kept : other);
        }
        return titles;
    }

    /**
     * The first line at or after a bookmark's place: on its page, below its top and not wholly left of
     * it (the other column); else the first line of a later page.
     */
    static Optional<PdfLine> lineAt(Bookmark bookmark, List<PdfLine> lines) {
        int low = 0;
        int high = lines.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (lines.get(middle).page() < bookmark.page()) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        for (int i = low; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            if (line.page() > bookmark.page()
                    || line.baseline() > bookmark.top() + 1 && line.endX() > bookmark.left()) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** A title's words alone, for telling whether a heading's lines spell it. */
    static String words(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
