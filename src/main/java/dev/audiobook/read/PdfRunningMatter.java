package dev.audiobook.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a printed page has around its text that nobody reads aloud: running heads and feet (lines at the
 * top or bottom of the page that come back page after page, the same but for their digits), page numbers,
 * footnotes (smaller type under the text, starting with their number or sign), and notes in the margin
 * (smaller type beside the text: "[Pg 12]").
 */
final class PdfRunningMatter {
    /** "12", "xiv", "- 12 -", "Page 12", "12 / 300". */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)[-\u2013\u2014\\[(]?\\s*(?:page\\s+)?(?:\\d{1,5}|(?=[ivxlcdm])m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))(?:\\s*(?:/|of)\\s*\\d{1,5})?\\s*[-\u2013\u2014\\])]?");
    private static final Pattern FOOTNOTE_START = Pattern.compile("^(?:\\d{1,3}|[*\u2020\u2021\u00a7\u00b6#]+|\\[\\d{1,3}\\])[.)]?(?:\\s|\\p{L}|$).*");
    /** How many lines at the top and at the bottom of a page a running head or foot may be among. */
    private static final int BAND_LINES = 2;

    private PdfRunningMatter() {}

    static List<PdfLine> without(List<PdfLine> lines, PdfBodyType body) {
        List<List<PdfLine>> pages = byPage(lines);
        Set<String> running = runningTexts(pages, body);
        List<PdfLine> kept = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            List<PdfLine> band = band(page, body);
            List<PdfLine> text = new ArrayList<>();
            for (PdfLine line : page) {
                boolean inBand = band.contains(line);
                boolean pageNumber = inBand && PAGE_NUMBER.matcher(line.text()).matches();
                boolean runningHead = inBand && !body.isLarger(line) && running.contains(pattern(line));
                if (!pageNumber && !runningHead) {
                    text.add(line);
                }
            }
            kept.addAll(withoutFootnotes(withoutMarginNotes(text, body), body));
        }
        return kept;
    }

    /** The texts (digits aside) of band lines that several pages share. */
    private static Set<String> runningTexts(List<List<PdfLine>> pages, PdfBodyType body) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<PdfLine> page : pages) {
            band(page, body).stream().map(PdfRunningMatter::pattern).distinct().forEach(p -> pagesWith.merge(p, 1, Integer::sum));
        }
        int often = Math.min(3, Math.max(2, pages.size() / 2));
        Set<String> running = new HashSet<>();
        pagesWith.forEach((text, count) -> {
            if (count >= often) {
                running.add(text);
            }
        });
        return running;
    }

    /**
     * The lines nearest the top and the bottom of the page that stand apart from the rest, further from
     * the nearest line than lines of a paragraph are (the last line of a full page does not).
     */
    private static List<PdfLine> band(List<PdfLine> page, PdfBodyType body) {
        List<Float> baselines = page.stream().map(PdfLine::baseline).distinct().sorted().toList();
        if (baselines.size() < 2) {
            return List.of();
        }
        float top = baselines.get(Math.min(BAND_LINES, baselines.size()) - 1);
        float bottom = baselines.get(Math.max(0, baselines.size() - BAND_LINES));
        float apart = body.lineSpacing() * 1.3f;
        List<PdfLine> band = new ArrayList<>();
        for (PdfLine line : page) {
            int at = baselines.indexOf(line.baseline());
            boolean aloneAbove = at == 0 || line.baseline() - baselines.get(at - 1) > apart;
            boolean aloneBelow = at == baselines.size() - 1 || baselines.get(at + 1) - line.baseline() > apart;
            if (line.baseline() <= top && aloneBelow || line.baseline() >= bottom && aloneAbove) {
                band.add(line);
            }
        }
        return band;
    }

    private static String pattern(PdfLine line) {
        return line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }

    /** The page without the smaller type wholly left or right of its body text. */
    private static List<PdfLine> withoutMarginNotes(List<PdfLine> page, PdfBodyType body) {
        List<PdfLine> text = page.stream().filter(l -> !body.isSmaller(l)).toList();
        if (text.isEmpty()) {
            return page;
        }
        double left = text.stream().mapToDouble(PdfLine::x).min().orElseThrow();
        double right = text.stream().mapToDouble(PdfLine::endX).max().orElseThrow();
        return page.stream().filter(l -> !body.isSmaller(l) || l.x() < right - 1 && l.endX() > left + 1).toList();
    }

    /** The page without the smaller type under its text that starts with a note's number or sign. */
    private static List<PdfLine> withoutFootnotes(List<PdfLine> page, PdfBodyType body) {
        float lowestBody = (float) page.stream().filter(l -> !body.isSmaller(l)).mapToDouble(PdfLine::baseline)
                .max().orElse(Double.MAX_VALUE);
        List<PdfLine> below = page.stream().filter(l -> l.baseline() > lowestBody).toList();
        if (below.isEmpty() || !below.stream().allMatch(body::isSmaller)) {
            return page;
        }
        PdfLine first = below.stream().min((a, b) -> Float.compare(a.baseline(), b.baseline())).orElseThrow();
        if (!FOOTNOTE_START.matcher(first.text()).matches()) {
            return page;
        }
        return page.stream().filter(l -> l.baseline() <= lowestBody).toList();
    }

    private static List<List<PdfLine>> byPage(List<PdfLine> lines) {
        List<List<PdfLine>> pages = new ArrayList<>();
        int page = -1;
        for (PdfLine line : lines) {
            if (line.page() != page) {
                pages.add(new ArrayList<>());
                page = line.page();
            }
            pages.get(pages.size() - 1).add(line);
        }
        return pages;
    }
}
