package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.EbookProducers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Books with a part missing or broken, and files that are no book the tool reads: nothing is dropped
 * without a word, and nothing that is not a book's text is read aloud. By hand: {@code ./audiobook
 * --dry-run FILE} on such a file shows the warning or the refusal.
 */
class DamagedBooksTest {
    /** Three chapters of a sentence each, as the chapter-structure tests make them. */
    private static final String BOOK = EbookStructureTest.shapes().stream()
            .filter(shape -> shape.name().equals("pieces no longer than a title page"))
            .findFirst().orElseThrow().markdown();

    @TempDir
    Path dir;

    @Test
    void anEpubWithAChapterFileMissingSaysWhichAndKeepsTheOthers() throws Exception {
        Path made = EbookProducers.PANDOC_EPUB3.make(BOOK, dir, "doors");
        String second = chapterFiles(made).get(1);
        Path broken = withoutEntries(made, dir.resolve("broken.epub"), second::equals);

        CommandRun plan = CommandRun.of(broken.toString(), "--dry-run", "--json", "-o", dir.resolve("out").toString());

        assertThat(plan.exitCode()).as(plan.stderr()).isZero();
        assertThat(plan.stderr()).isEqualTo("audiobook: warning: " + broken + ": " + second
                + " is missing from the EPUB; its text is left out\n");
        assertThat(CommandRun.trackTitles(plan.stdout())).containsExactly("The Red Door", "The Blue Door");
    }

    @Test
    void anEpubWithEveryChapterFileMissingIsRefusedSayingWhy() throws Exception {
        Path made = EbookProducers.PANDOC_EPUB3.make(BOOK, dir, "doors");
        List<String> chapters = chapterFiles(made);
        Path broken = withoutEntries(made, dir.resolve("empty.epub"), name -> name.endsWith(".xhtml"));

        CommandRun run = CommandRun.of(broken.toString(), "--dry-run", "-o", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).startsWith("audiobook: " + broken + ": none of the EPUB's documents could be read (")
                .contains(" is missing from the EPUB)").hasLineCount(1);
        assertThat(chapters).isNotEmpty();
    }

    @Test
    void anUnclosedStyleInTheBodyOrTheHeadSwallowsNoChapter() throws Exception {
        for (String where : List.of("head", "body")) {
            String style = "<style>p { margin: 0 }";
            Path page = Files.writeString(dir.resolve(where + ".html"), """
                    <!DOCTYPE html>
                    <html><head><title>The Three Doors</title>%s</head><body>
                    <h1>The Red Door</h1>
                    <p>The red door opened onto a garden where nobody had walked for years.</p>
                    %s
                    <h1>The Green Door</h1>
                    <p>Behind the green door a staircase went down into the cellar of the mill.</p>
                    <h1>The Blue Door</h1>
                    <p>The blue door was painted shut, and the key had been lost long ago.</p>
                    </body></html>
                    """.formatted(where.equals("head") ? style : "", where.equals("body") ? style : ""));

            CommandRun plan = CommandRun.of(page.toString(), "--dry-run", "--json", "-o", dir.resolve("out").toString());

            assertThat(plan.exitCode()).as(where + ": " + plan.stderr()).isZero();
            assertThat(CommandRun.trackTitles(plan.stdout())).as(where)
                    .containsExactly("The Red Door", "The Green Door", "The Blue Door");
            assertThat(plan.stdout()).as(where).doesNotContain("margin");
        }
    }

    @Test
    void filesThatAreNoBookItReadsAreRefusedSayingWhatTheyLookLike() throws Exception {
        Path oldWord = Files.write(dir.resolve("notes.doc"), new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0,
                (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1, 0, 0});
        Path spreadsheet = writeZip(dir.resolve("sums.xlsx"), "xl/workbook.xml", "<workbook/>");
        Path zip = writeZip(dir.resolve("book.txt"), "chapter1.txt", "Once upon a time.");
        Path picture = Files.write(dir.resolve("story.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});

        assertRefused(oldWord, "an old-style Word or Office document (.doc)");
        assertRefused(spreadsheet, "an Excel or PowerPoint file");
        assertRefused(zip, "a zip archive");
        assertRefused(picture, "a PNG picture");
    }

    @Test
    void anHtmlPageWithAnotherNameIsReadAsHtmlNotAsItsMarkup() throws Exception {
        Path page = Files.writeString(dir.resolve("saved.pdf"), """
                <!DOCTYPE html>
                <html><head><title>The Three Doors</title></head><body>
                <h1>The Red Door</h1><p>The red door opened onto a garden.</p>
                <h1>The Green Door</h1><p>Behind the green door a staircase went down.</p>
                </body></html>
                """);

        CommandRun plan = CommandRun.of(page.toString(), "--show-text", "-o", dir.resolve("out").toString());

        assertThat(plan.exitCode()).as(plan.stderr()).isZero();
        assertThat(plan.stdout()).contains("The red door opened onto a garden.").doesNotContain("<", "DOCTYPE", "body");
    }

    @Test
    void aUtf8BookCutShortInItsLastCharacterStaysUtf8() throws Exception {
        StringBuilder text = new StringBuilder("Chapter 1\n\n");
        for (int i = 0; i < 40; i++) {
            text.append("\u201cIt\u2019s the caf\u00e9 again,\u201d she said, and we went in.\n\n");
        }
        byte[] bytes = (text + "The end \u2014 or nearly.\u201d").getBytes(StandardCharsets.UTF_8);
        Path cut = Files.write(dir.resolve("cut.txt"), java.util.Arrays.copyOf(bytes, bytes.length - 1));

        CommandRun plan = CommandRun.of(cut.toString(), "--show-text", "-o", dir.resolve("out").toString());

        assertThat(plan.exitCode()).as(plan.stderr()).isZero();
        assertThat(plan.stdout()).contains("Encoding: UTF-8").contains("caf\u00e9").doesNotContain("\u00e2\u20ac");
    }

    private void assertRefused(Path file, String kind) {
        CommandRun run = CommandRun.of(file.toString(), "-o", dir.resolve("out").toString());
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1);
        assertThat(run.stderr()).isEqualTo("audiobook: " + file + ": this looks like " + kind
                + ", which this tool does not read; give the book as .epub, .pdf, .docx, .odt, .fb2, .rtf, .html, .txt or .md\n");
        assertThat(run.stdout()).isEmpty();
    }

    /** The EPUB's content documents in spine order, as pandoc names them (without its title page and nav). */
    private static List<String> chapterFiles(Path epub) throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            List<String> names = new ArrayList<>(Collections.list(zip.entries()).stream().map(ZipEntry::getName)
                    .filter(n -> n.matches(".*/ch\\d+\\.xhtml")).sorted().toList());
            return names;
        }
    }

    private static Path withoutEntries(Path epub, Path target, Predicate<String> dropped) throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (dropped.test(entry.getName())) {
                    continue;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                if (entry.getMethod() == ZipEntry.STORED) {
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(entry.getSize());
                    copy.setCompressedSize(entry.getSize());
                    copy.setCrc(entry.getCrc());
                }
                out.putNextEntry(copy);
                try (InputStream in = zip.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return target;
    }

    private static Path writeZip(Path target, String name, String text) throws IOException {
        try (OutputStream file = Files.newOutputStream(target); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return target;
    }
}
