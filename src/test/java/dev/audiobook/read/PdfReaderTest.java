package dev.audiobook.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.audiobook.UserError;
import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.ExternalTool;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs as the programs people make books with make them, from one made-up story of four chapters:
 * WeasyPrint (running head, page numbers, a footnote, words hyphenated at line ends, a printed contents,
 * bookmarks from the headings; also a cover picture, two columns, and a scan), LibreOffice (header, page numbers, footnote,
 * no bookmarks: headings only by their type), and qpdf (encrypted with and without a password to open).
 * Each producer runs once for the class.
 */
class PdfReaderTest {
    private static final String TITLE = "The Keeper of Marrow Point";
    private static final List<String> CHAPTERS = List.of("Chapter 1: The Harbour Light",
            "Chapter 2: A Letter from Inverness", "Chapter 3: The Storm Returns", "Chapter 4: What the Tide Left");
    private static final String FOOTNOTED = "The keeper wrote it all down in his logbook.";
    private static final String AFTER_NOTE = "Nobody read it until the spring.";
    private static final String NOTE = "A remark the keeper added in the margin much later.";
    /** Each chapter's paragraphs; long words, so that lines end in broken ones. */
    private static final List<List<String>> STORY = story();

    @TempDir
    static Path dir;
    private static Path weasy;
    private static Path covered;
    private static Path columns;
    private static Path labelled;
    private static Path scan;
    private static Path writer;

    @BeforeAll
    static void makeDocuments() throws Exception {
        if (ExternalTool.isOnPath("weasyprint")) {
            Path picture = dir.resolve("cover.png");
            ImageIO.write(new BufferedImage(600, 900, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
            weasy = weasyprint("story", html("", ""));
            covered = weasyprint("covered", html("", "<img src='cover.png' style='width:100%;break-after:page'>"));
            columns = weasyprint("columns", html("body { column-count: 2; column-gap: 1cm }", ""));
            labelled = weasyprint("labelled", html("h1 { counter-increment: part; bookmark-label: 'Part ' counter(part) }"
                    + " h1.contents { counter-increment: none; bookmark-label: content() }", ""));
            scan = weasyprint("scan", "<html><body><img src='cover.png'><img src='cover.png'></body></html>");
        }
        if (ExternalTool.isOnPath("soffice")) {
            writer = libreOffice();
        }
    }

    @Test
    void weasyPrintsBookIsReadAsItsParagraphsWithoutRunningHeadPageNumbersOrFootnote() throws Exception {
        ExternalTool.require("weasyprint", "weasyprint");
        Document document = BookReader.read(weasy, Optional.empty());

        assertThat(paragraphs(document.text())).containsExactlyElementsOf(expectedParagraphs());
        assertThat(document.text()).doesNotContain(TITLE).doesNotContain(NOTE).doesNotContain("\u2010")
                .doesNotContainPattern("(?m)^\\s*\\d+\\s*$");
        assertThat(document.title()).contains(TITLE);
        assertThat(document.authors()).containsExactly("Ada Quill");
        assertThat(document.details().language()).contains("en");
        assertThat(document.warnings()).isEmpty();
    }

    @Test
    void weasyPrintsBookmarksAreItsChapters() {
        ExternalTool.require("weasyprint", "weasyprint");
        assertThat(CommandRun.plannedTrackTitles(weasy, dir.resolve("out"))).isEqualTo(CHAPTERS);
    }

    @Test
    void aFirstPageThatIsOnlyAPictureIsTheCover() throws Exception {
        ExternalTool.require("weasyprint", "weasyprint");
        Document document = BookReader.read(covered, Optional.empty());

        assertThat(document.details().cover()).hasValueSatisfying(c -> assertThat(c.extension()).isIn("png", "jpg"));
        assertThat(paragraphs(document.text())).containsExactlyElementsOf(expectedParagraphs());
    }

    @Test
    void twoColumnsAreReadColumnByColumn() throws Exception {
        ExternalTool.require("weasyprint", "weasyprint");
        Document document = BookReader.read(columns, Optional.empty());

        assertThat(paragraphs(document.text())).containsExactlyElementsOf(expectedParagraphs());
        assertThat(CommandRun.plannedTrackTitles(columns, dir.resolve("out"))).isEqualTo(CHAPTERS);
    }

    /** An outline of its own words, not drawn from the headings, is the book's contents, as an EPUB's is. */
    @Test
    void anOutlineOfItsOwnTitlesIsTheContents() throws Exception {
        ExternalTool.require("weasyprint", "weasyprint");
        Document document = BookReader.read(labelled, Optional.empty());

        assertThat(document.contents()).extracting(c -> c.title())
                .containsExactly("Contents", "Part 1", "Part 2", "Part 3", "Part 4");
        assertThat(CommandRun.plannedTrackTitles(labelled, dir.resolve("out"))).containsExactly("Part 1", "Part 2", "Part 3", "Part 4");
    }

    @Test
    void aScanIsRefusedSayingToRunOcr() {
        ExternalTool.require("weasyprint", "weasyprint");
        assertThatThrownBy(() -> BookReader.read(scan, Optional.empty())).isInstanceOf(UserError.class)
                .hasMessageContaining("no text layer").hasMessageContaining("ocrmypdf").message().doesNotContain("\n");
    }

    @Test
    void libreOfficesBookWithoutBookmarksHasItsChaptersFromItsHeadingsType() throws Exception {
        ExternalTool.require("soffice", "libreoffice-writer");
        Document document = BookReader.read(writer, Optional.empty());

        assertThat(document.contents()).isEmpty();
        assertThat(document.text()).doesNotContain(TITLE).doesNotContain(NOTE).doesNotContainPattern("(?m)^\\s*\\d+\\s*$");
        assertThat(paragraphs(document.text())).containsExactlyElementsOf(expectedParagraphs());
        assertThat(CommandRun.plannedTrackTitles(writer, dir.resolve("out"))).isEqualTo(CHAPTERS);
    }

    @Test
    void aPdfThatNeedsAPasswordIsRefusedOneThatOnlyRestrictsIsRead() throws Exception {
        ExternalTool.require("weasyprint", "weasyprint");
        ExternalTool.require("qpdf", "qpdf");
        Path locked = dir.resolve("locked.pdf");
        Path restricted = dir.resolve("restricted.pdf");
        run("qpdf", "--encrypt", "user", "owner", "256", "--", weasy.toString(), locked.toString());
        run("qpdf", "--encrypt", "", "owner", "256", "--extract=n", "--modify=none", "--", weasy.toString(),
                restricted.toString());

        assertThatThrownBy(() -> BookReader.read(locked, Optional.empty())).isInstanceOf(UserError.class)
                .hasMessageContaining("password-protected").message().doesNotContain("\n");
        assertThat(paragraphs(BookReader.read(restricted, Optional.empty()).text()))
                .containsExactlyElementsOf(expectedParagraphs());
    }

    @Test
    void aTruncatedPdfIsRefusedInOneLine() throws Exception {
        ExternalTool.require("weasyprint", "weasyprint");
        byte[] whole = Files.readAllBytes(weasy);
        Path truncated = dir.resolve("truncated.pdf");
        Files.write(truncated, Arrays.copyOf(whole, 600));

        CommandRun run = CommandRun.of(truncated.toString(), "--dry-run", "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr().strip()).doesNotContain("\n").contains("truncated.pdf").doesNotContain("Exception");
    }

    private static List<String> expectedParagraphs() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < CHAPTERS.size(); i++) {
            expected.add(CHAPTERS.get(i));
            expected.addAll(STORY.get(i));
        }
        return expected;
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\n\\s*\\n")).map(p -> p.replaceAll("\\s+", " ").strip())
                .filter(p -> !p.isEmpty()).toList();
    }

    private static List<List<String>> story() {
        String[] who = {"the lighthouse keeper", "her extraordinarily unaccommodating neighbour",
            "the incomprehensibly long correspondence", "a thoroughly disagreeable afternoon",
            "the characteristically understated harbourmaster", "their uncharacteristically generous landlady"};
        String[] did = {"considered", "remembered", "misunderstood", "photographed", "reorganised", "contemplated"};
        Random random = new Random(26);
        List<List<String>> chapters = new ArrayList<>();
        for (int chapter = 0; chapter < CHAPTERS.size(); chapter++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 6; p++) {
                List<String> sentences = new ArrayList<>();
                for (int s = 0; s < 2 + random.nextInt(5); s++) {
                    String subject = who[random.nextInt(who.length)];
                    sentences.add(Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + " "
                            + did[random.nextInt(did.length)] + " " + who[random.nextInt(who.length)]
                            + " while the tide came in over the rocks.");
                }
                paragraphs.add(String.join(" ", sentences));
                if (chapter == 1 && p == 2) {
                    paragraphs.add(FOOTNOTED + " " + AFTER_NOTE);
                }
            }
            chapters.add(paragraphs);
        }
        return chapters;
    }

    /** With a printed contents, each title and its page number drawn apart, which is not read. */
    private static String html(String css, String before) {
        StringBuilder body = new StringBuilder(before).append("<h1 class='contents'>Contents</h1>\n");
        for (int i = 0; i < CHAPTERS.size(); i++) {
            body.append("<p class='entry'>").append(CHAPTERS.get(i)).append("<span>").append(3 + 4 * i)
                    .append("</span></p>\n");
        }
        for (int i = 0; i < CHAPTERS.size(); i++) {
            body.append("<h1>").append(CHAPTERS.get(i)).append("</h1>\n");
            for (String paragraph : STORY.get(i)) {
                body.append("<p>").append(paragraph.replace(FOOTNOTED,
                        FOOTNOTED + "<span class='note'>" + NOTE + "</span>")).append("</p>\n");
            }
        }
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>
                <meta name="author" content="Ada Quill"><style>
                @page { size: A5; margin: 2cm 1.8cm; @top-center { content: "%s"; font-size: 9pt }
                        @bottom-center { content: counter(page); font-size: 9pt } }
                body { font-family: serif; font-size: 11pt; text-align: justify; hyphens: auto }
                h1 { break-before: page; font-size: 18pt }
                p { margin: 0; text-indent: 1.5em }
                ::footnote-call { vertical-align: super; font-size: 70%% }
                .note { float: footnote; font-size: 8pt }
                .entry { text-indent: 0 } .entry span { float: right }
                %s
                </style></head><body>%s</body></html>
                """.formatted(TITLE, TITLE, css, body);
    }

    private static Path weasyprint(String name, String html) throws Exception {
        Path source = dir.resolve(name + ".html");
        Path pdf = dir.resolve(name + ".pdf");
        Files.writeString(source, html);
        run("weasyprint", source.toString(), pdf.toString());
        return pdf;
    }

    /** The story as a flat OpenDocument text with a header, page numbers and a footnote, made a PDF without bookmarks. */
    private static Path libreOffice() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < CHAPTERS.size(); i++) {
            body.append("<text:h text:style-name='Chapter' text:outline-level='1'>").append(CHAPTERS.get(i))
                    .append("</text:h>\n");
            for (String paragraph : STORY.get(i)) {
                body.append("<text:p text:style-name='Body'>").append(paragraph.replace(FOOTNOTED, FOOTNOTED
                        + "<text:note text:id='n1' text:note-class='footnote'><text:note-citation>1</text:note-citation>"
                        + "<text:note-body><text:p text:style-name='Note'>" + NOTE + "</text:p></text:note-body></text:note>"))
                        .append("</text:p>\n");
            }
        }
        String fodt = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
                  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
                  office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
                <office:meta><dc:title>%s</dc:title><meta:initial-creator>Ada Quill</meta:initial-creator></office:meta>
                <office:styles>
                  <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.6cm"
                    fo:text-align="justify"/><style:text-properties fo:font-size="11pt"/></style:style>
                  <style:style style:name="Chapter" style:family="paragraph"><style:paragraph-properties fo:break-before="page"
                    fo:margin-top="1cm" fo:margin-bottom="0.5cm"/><style:text-properties fo:font-size="18pt"
                    fo:font-weight="bold"/></style:style>
                  <style:style style:name="Note" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
                  <style:style style:name="Margin" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
                    <style:text-properties fo:font-size="9pt"/></style:style>
                </office:styles>
                <office:automatic-styles><style:page-layout style:name="A5"><style:page-layout-properties fo:page-width="14.8cm"
                  fo:page-height="21cm" fo:margin-top="1cm" fo:margin-bottom="1cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/>
                  <style:header-style><style:header-footer-properties fo:margin-bottom="0.6cm"/></style:header-style>
                  <style:footer-style><style:header-footer-properties fo:margin-top="0.6cm"/></style:footer-style>
                </style:page-layout></office:automatic-styles>
                <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A5">
                  <style:header><text:p text:style-name="Margin">%s</text:p></style:header>
                  <style:footer><text:p text:style-name="Margin"><text:page-number text:select-page="current"/></text:p></style:footer>
                </style:master-page></office:master-styles>
                <office:body><office:text>
                %s
                </office:text></office:body></office:document>
                """.formatted(TITLE, TITLE, body);
        Path source = dir.resolve("writer.fodt");
        Files.writeString(source, fodt.strip());
        run("soffice", "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless", "--convert-to",
                "pdf:writer_pdf_Export:{\"ExportBookmarks\":{\"type\":\"boolean\",\"value\":\"false\"}}",
                "--outdir", dir.toString(), source.toString());
        return dir.resolve("writer.pdf");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        ExternalTool.Result made = ExternalTool.run(command);
        assertThat(made.exitCode()).as(String.join(" ", command) + "\n" + made.stderr()).isZero();
    }
}
