package dev.audiobook.read;

import dev.audiobook.UserError;
import dev.audiobook.book.BookDetails;
import dev.audiobook.book.Cover;
import dev.audiobook.text.TextLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a PDF document: its text as the paragraphs it was set in, without running heads, page numbers and
 * footnotes; its outline as the contents, else its headings as the layout shows them; its title, authors
 * and language from the document information or XMP metadata; its first page as the cover when that page
 * is a picture. The document is rebuilt as an HTML page and read as one.
 */
final class PdfReader {
    /** More pages than any book has: a file that claims more is read this far. */
    static final int MAX_PAGES = 20_000;
    private static final int MAX_METADATA_BYTES = 1 << 20;
    /** A first page with no more letters than this, and a picture, is the cover. */
    private static final int COVER_MAX_LETTERS = 10;
    /** Less than this share of letters is text whose fonts map glyphs to no letters: digits and signs at random. */
    private static final double MIN_LETTER_SHARE = 0.6;
    /** PDFBox logs what it tolerates in a damaged file; the user hears of it only as this reader's warnings. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.OFF));
    }

    private PdfReader() {}

    static Document read(Path path, String digest) throws UserError {
        try (PDDocument pdf = open(path)) {
            return read(pdf, path, digest);
        } catch (IOException | RuntimeException | StackOverflowError damaged) {
            throw new UserError(path + ": this PDF is damaged and cannot be read (" + reason(damaged) + ")", damaged);
        }
    }

    private static PDDocument open(Path path) throws UserError, IOException {
        try {
            return Loader.loadPDF(new RandomAccessReadBufferedFile(path.toFile()), "",
                    IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException locked) {
            throw new UserError(path + ": this PDF is password-protected; remove the password first, e.g. "
                    + "qpdf --decrypt --password=PASSWORD in.pdf out.pdf, and give the new file", locked);
        }
    }

    private static Document read(PDDocument pdf, Path path, String digest) throws IOException, UserError {
        List<String> warnings = new ArrayList<>();
        int pages = pdf.getNumberOfPages();
        if (pages > MAX_PAGES) {
            warnings.add(path + ": the PDF has " + pages + " pages; only the first " + MAX_PAGES + " are read");
        }
        List<PdfLine> lines;
        try {
            List<String> broken = new ArrayList<>();
            lines = PdfLines.of(pdf, 1, Math.min(pages, MAX_PAGES), TextLoader.MAX_TEXT_BYTES, broken);
            broken.forEach(w -> warnings.add(path + ": " + w));
        } catch (PdfLines.TooMuchText tooMuch) {
            throw new UserError(path + ": the PDF holds more than " + (TextLoader.MAX_TEXT_BYTES >> 20)
                    + " MB of text, more than any book (the longest novels are under 5 MB); refusing it");
        }
        if (lines.stream().noneMatch(l -> l.text().codePoints().anyMatch(Character::isLetter))) {
            throw new UserError(path + ": this PDF has no text layer (it is a scan or pictures of pages); run OCR on it "
                    + "first, e.g. ocrmypdf in.pdf out.pdf, and give the new file");
        }
        if (letterShare(lines) < MIN_LETTER_SHARE) {
            throw new UserError(path + ": this PDF's text does not read as words (its fonts do not say which letters "
                    + "they draw, or the file is damaged); run OCR on it, e.g. ocrmypdf --force-ocr in.pdf out.pdf, "
                    + "and give the new file");
        }
        PdfBodyType body = PdfBodyType.of(lines);
        List<PdfLine> text = PdfRunningMatter.without(lines, body);
        Optional<Cover> cover = Optional.empty();
        if (pages > 1 && letters(text, 0) <= COVER_MAX_LETTERS) {
            cover = PdfCover.of(pdf.getPage(0));
            if (cover.isPresent()) {
                text = text.stream().filter(l -> l.page() > 0).toList();
            }
        }
        List<PdfOutline.Bookmark> bookmarks = PdfOutline.of(pdf);
        text = PdfPrintedContents.without(text, bookmarks);
        List<PdfOutline.Landing> landings = PdfOutline.landings(bookmarks, text);
        List<PdfParagraphs.Block> blocks = PdfParagraphs.of(text, body, PdfOutline.titlesByLine(landings));
        Map<PdfLine, Integer> blockStarting = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            blockStarting.put(blocks.get(i).first(), i);
        }
        List<PdfStructure.Placed> outline = new ArrayList<>();
        for (PdfOutline.Landing landing : landings) {
            Integer block = blockStarting.get(landing.line());
            if (block != null) {
                outline.add(new PdfStructure.Placed(landing.bookmark(), block));
            }
        }
        PdfStructure structure = PdfStructure.of(blocks, outline, body);

        org.jsoup.nodes.Document page = org.jsoup.nodes.Document.createShell("");
        for (int i = 0; i < blocks.size(); i++) {
            int level = structure.levels()[i];
            Element element = page.body().appendElement(level > 0 ? "h" + level : "p").text(blocks.get(i).text());
            String id = structure.ids().get(i);
            if (id != null) {
                element.id(id);
            }
        }
        Metadata metadata = Metadata.of(pdf);
        BookDetails details = BookDetails.of(metadata.language(), Optional.empty(), Optional.empty(), cover);
        return HtmlReader.rebuilt(page, StandardCharsets.UTF_8, digest, metadata.title(), metadata.authors(), details,
                structure.contents(), warnings);
    }

    /** The share of letters among the characters that are not spaces: over 0.9 in any prose. */
    private static double letterShare(List<PdfLine> lines) {
        long letters = 0;
        long visible = 0;
        for (PdfLine line : lines) {
            for (int i = 0; i < line.text().length(); i++) {
                char c = line.text().charAt(i);
                visible += Character.isWhitespace(c) ? 0 : 1;
                letters += Character.isLetter(c) ? 1 : 0;
            }
        }
        return visible == 0 ? 0 : (double) letters / visible;
    }

    private static long letters(List<PdfLine> lines, int page) {
        return lines.stream().filter(l -> l.page() == page).flatMapToInt(l -> l.text().codePoints())
                .filter(Character::isLetter).count();
    }

    /** What the document says of itself: the document information, else its XMP metadata. */
    private record Metadata(Optional<String> title, List<String> authors, Optional<String> language) {
        static Metadata of(PDDocument pdf) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            Optional<String> title = clean(info.getTitle());
            List<String> authors = clean(info.getAuthor()).stream()
                    .flatMap(a -> Arrays.stream(a.split("\\s*;\\s*"))).filter(a -> !a.isBlank()).toList();
            Optional<org.jsoup.nodes.Document> xmp = xmp(pdf);
            if (title.isEmpty()) {
                title = xmp.flatMap(x -> clean(x.select("dc|title li").text()));
            }
            if (authors.isEmpty()) {
                authors = xmp.map(x -> x.select("dc|creator li").eachText()).orElse(List.of()).stream()
                        .map(a -> a.replaceAll("\\s+", " ").strip()).filter(a -> !a.isEmpty()).toList();
            }
            Optional<String> language = clean(pdf.getDocumentCatalog().getLanguage());
            return new Metadata(title, authors, language);
        }

        private static Optional<org.jsoup.nodes.Document> xmp(PDDocument pdf) {
            PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
            if (metadata == null) {
                return Optional.empty();
            }
            try (InputStream in = metadata.exportXMPMetadata()) {
                byte[] bytes = in.readNBytes(MAX_METADATA_BYTES);
                return Optional.of(Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser()));
            } catch (IOException | RuntimeException unreadable) {
                return Optional.empty();
            }
        }

        private static Optional<String> clean(String value) {
            return Optional.ofNullable(value).map(v -> v.replaceAll("[\\s\\p{Cntrl}]+", " ").strip())
                    .filter(v -> !v.isEmpty());
        }
    }

    private static String reason(Throwable damaged) {
        String message = damaged.getMessage() == null ? damaged.getClass().getSimpleName() : damaged.getMessage();
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 120 ? line.substring(0, 120) + "..." : line;
    }
}
