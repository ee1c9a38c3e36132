package dev.audiobook.read;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text as lines, page by page, in the order the document draws them (which follows the columns of
 * a two-column page): each line with its position and its type's size and weight, and without the marks
 * of footnotes (digits and signs in smaller, raised type). A page that cannot be read is left out with a
 * warning.
 */
final class PdfLines extends PDFTextStripper {
    /** Raised footnote marks, and the superscript digits some producers write as characters. */
    private static final String MARK_CHARACTERS = "*\u2020\u2021\u00a7\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079";

    /** A PDF whose text passed the limit; thrown out of the text stripper's loop. */
    static final class TooMuchText extends RuntimeException {
        TooMuchText() {
            super(null, null, false, false);
        }
    }

    private record Word(String text, List<TextPosition> positions) {}

    private final List<PdfLine> lines = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<Word> line = new ArrayList<>();
    private final Map<PDFont, Boolean> boldFonts = new HashMap<>();
    private final long maxChars;
    private long chars;
    private int column;
    private float lastBaseline = -1;

    private PdfLines(long maxChars) {
        this.maxChars = maxChars;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /**
     * The lines of pages {@code first} to {@code last}, counting from 1.
     *
     * @param warnings gets a line for each page that could not be read
     * @throws TooMuchText when the text passes {@code maxChars}
     */
    static List<PdfLine> of(PDDocument pdf, int first, int last, long maxChars, List<String> warnings) throws IOException {
        PdfLines stripper = new PdfLines(maxChars);
        stripper.setStartPage(first);
        stripper.setEndPage(last);
        stripper.writeText(pdf, Writer.nullWriter());
        warnings.addAll(stripper.warnings);
        return stripper.lines;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        int before = lines.size();
        try {
            super.processPage(page);
        } catch (IOException | RuntimeException | StackOverflowError broken) {
            if (broken instanceof TooMuchText tooMuch) {
                throw tooMuch;
            }
            lines.subList(before, lines.size()).clear();
            line.clear();
            warnings.add("page " + getCurrentPageNo() + " of the PDF is damaged; its text is left out");
        }
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        column = 0;
        lastBaseline = -1;
        line.clear();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        line.add(new Word(text, positions));
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeParagraphEnd() {
        endLine();
    }

    @Override
    protected void endPage(PDPage page) {
        endLine();
    }

    private void endLine() {
        if (line.isEmpty()) {
            return;
        }
        List<TextPosition> all = line.stream().flatMap(w -> w.positions().stream()).toList();
        if (all.isEmpty()) {
            line.clear();
            return;
        }
        float size = mostOf(all, PdfLines::sizeOf);
        float baseline = mostOf(all.stream().filter(p -> sizeOf(p) >= size * 0.9f).toList(), TextPosition::getYDirAdj);
        StringBuilder text = new StringBuilder();
        for (Word word : line) {
            boolean marked = word.positions().stream().anyMatch(p -> isMark(p, size, baseline));
            String kept = marked ? word.positions().stream().filter(p -> !isMark(p, size, baseline))
                    .map(TextPosition::getUnicode).reduce("", String::concat) : word.text();
            if (!kept.isBlank()) {
                text.append(text.isEmpty() ? "" : " ").append(kept.strip());
            }
        }
        line.clear();
        String spoken = text.toString().replaceAll("\\s+", " ").strip();
        if (spoken.isEmpty()) {
            return;
        }
        chars += spoken.length();
        if (chars > maxChars) {
            throw new TooMuchText();
        }
        if (lastBaseline >= 0 && baseline < lastBaseline - size) {
            column++;
        }
        lastBaseline = baseline;
        TextPosition start = all.get(0);
        float endX = (float) all.stream().mapToDouble(p -> p.getXDirAdj() + p.getWidthDirAdj()).max().orElse(0);
        long boldChars = all.stream().filter(p -> isBold(p.getFont())).count();
        lines.add(new PdfLine(getCurrentPageNo() - 1, column, spoken, start.getXDirAdj(), endX, baseline, size,
                boldChars * 2 > all.size()));
    }

    /** A footnote's mark: a digit or sign in type clearly smaller than the line's, standing above its baseline. */
    private static boolean isMark(TextPosition p, float lineSize, float baseline) {
        String c = p.getUnicode();
        if (c == null || c.length() != 1) {
            return false;
        }
        if ("\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079".contains(c)) {
            return true;
        }
        boolean markLike = Character.isDigit(c.charAt(0)) || MARK_CHARACTERS.contains(c);
        return markLike && sizeOf(p) < lineSize * 0.85f && p.getYDirAdj() < baseline - lineSize * 0.15f;
    }

    /** The size the type is drawn at on the page, whatever mix of font size and scaling draws it. */
    static float sizeOf(TextPosition p) {
        float size = Math.abs(p.getTextMatrix().getScalingFactorY());
        return size > 0 ? size : p.getFontSizeInPt();
    }

    private boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, f -> {
            String name = f.getName() == null ? "" : f.getName().toLowerCase(java.util.Locale.ROOT);
            PDFontDescriptor descriptor = f.getFontDescriptor();
            return name.contains("bold") || name.contains("black") || name.contains("heavy")
                    || descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
        });
    }

    /** The value most of the characters have, rounded to a tenth of a point. */
    private static float mostOf(List<TextPosition> positions, Function<TextPosition, Float> value) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (TextPosition p : positions) {
            counts.merge(Math.round(value.apply(p) * 10), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(e -> e.getKey() / 10f).orElse(0f);
    }
}
