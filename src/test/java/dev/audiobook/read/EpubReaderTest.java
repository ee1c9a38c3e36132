package dev.audiobook.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.audiobook.UserError;
import dev.audiobook.book.BookDetails;
import dev.audiobook.book.ContentsEntry;
import dev.audiobook.book.Cover;
import dev.audiobook.testing.EpubBooks;
import dev.audiobook.testing.EpubFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class EpubReaderTest {
    @TempDir
    Path dir;

    private Document read(EpubFiles epub) throws Exception {
        return BookReader.read(epub.write(dir.resolve("book.epub")), Optional.empty());
    }

    private static List<String> titles(Document document) {
        return document.contents().stream().map(ContentsEntry::title).toList();
    }

    private static String lineAt(Document document, ContentsEntry entry) {
        return document.text().lines().skip(entry.line() - 1).findFirst().orElseThrow();
    }

    @Test
    void anEpub3GivesItsPackagesTagsAndItsNavigationsNestedContents() throws Exception {
        Document book = read(EpubBooks.epub3());

        assertThat(book.title()).contains("The Lantern Road");
        assertThat(book.details().subtitle()).contains("Two Walks North");
        assertThat(book.details().series()).contains(new BookDetails.Series("Roads of the North", Optional.of("2")));
        assertThat(book.authors()).containsExactly("Mara Quill", "Tom Reed");
        assertThat(book.details().authorSort()).contains("Quill, Mara");
        assertThat(book.details().language()).contains("en-GB");
        assertThat(book.details().date()).contains("1911-04-02");
        assertThat(book.details().description()).contains("Two travellers walk north.");
        assertThat(book.details().cover()).map(Cover::extension).contains("jpg");
        assertThat(book.details().cover().orElseThrow().bytes()).isEqualTo(EpubFiles.JPEG);
        assertThat(titles(book)).containsExactly("Part One", "Chapter 1: The Door", "Chapter 2: The Hill",
                "Part Two", "Chapter 1: The River");
        assertThat(book.contents()).extracting(ContentsEntry::depth).containsExactly(0, 1, 1, 0, 1);
        // A part's page says nothing of itself; the chapters are marked so, by their own section or the
        // section whose heading the entry points to.
        assertThat(book.contents()).extracting(ContentsEntry::kind).containsExactly(ContentsEntry.Kind.UNMARKED,
                ContentsEntry.Kind.CHAPTER, ContentsEntry.Kind.CHAPTER, ContentsEntry.Kind.UNMARKED,
                ContentsEntry.Kind.CHAPTER);
        for (ContentsEntry entry : book.contents()) {
            assertThat(lineAt(book, entry)).as(entry.title()).isEqualTo(entry.title());
            assertThat(book.headingLines().get(entry.line())).as(entry.title()).isTrue();
        }
    }

    @Test
    void everythingInTheSpineIsReadInOrderButWhatNobodyListensTo() throws Exception {
        String text = read(EpubBooks.epub3()).text();

        assertThat(text).containsSubsequence("Every road begins at a door.", "Part One", "The door was painted red",
                "They left at dawn.", "The hill was steep.", "Up we go,\nslow and slow.", "The river was wide");
        assertThat(text).doesNotContain("Cover wording", "Title page wording", "Contents", "Copyright wording",
                "Footnote wording", "red1", "A drawing of the door", "Cover of the lantern book");
        assertThat(text).contains("painted red and it creaked.");
    }

    @Test
    void anEpub2GivesItsNcxContentsAndItsAuthorsByRole() throws Exception {
        Document book = read(EpubBooks.epub2());

        assertThat(book.title()).contains("The Salt Marsh");
        assertThat(book.authors()).containsExactly("Hannah Vale");
        assertThat(book.details().authorSort()).contains("Vale, Hannah");
        assertThat(book.details().series()).contains(new BookDetails.Series("Tidewater Tales", Optional.of("3")));
        assertThat(book.details().subtitle()).isEmpty();
        assertThat(book.details().date()).contains("1898");
        assertThat(book.details().cover()).map(Cover::extension).contains("png");
        assertThat(titles(book)).containsExactly("I. The Tide", "II. The Heron", "III. The Storm");
        assertThat(lineAt(book, book.contents().get(2))).isEqualTo("III. The Storm");
        assertThat(book.text()).doesNotContain("Cover wording", "Title page wording")
                .containsSubsequence("A heron stood", "The sky went dark.", "III. The Storm", "Rain swept");
    }

    @Test
    void withoutNavigationOrNcxTheSpinesHeadingsAreMarked() throws Exception {
        EpubFiles epub = EpubBooks.epub2().remove("OEBPS/toc.ncx");
        Document book = read(epub);

        assertThat(book.contents()).isEmpty();
        List<String> lines = book.text().lines().toList();
        assertThat(book.headingLines().stream().mapToObj(line -> lines.get(line - 1)).toList())
                .containsExactly("I. The Tide", "II. The Heron", "III. The Storm");
    }

    @Test
    void aDrmProtectedEpubIsRefused() throws Exception {
        assertRefused(EpubBooks.epub3().add("META-INF/rights.xml", "<rights/>"), "this EPUB is DRM-protected");
        assertRefused(EpubBooks.epub3().add("META-INF/encryption.xml", """
                <encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
                    xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
                  <enc:EncryptedData>
                    <enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
                    <enc:CipherData><enc:CipherReference URI="OEBPS/text/ch1.xhtml"/></enc:CipherData>
                  </enc:EncryptedData>
                </encryption>
                """), "only DRM-free books can be read");
    }

    @Test
    void obfuscatedFontsAreNotDrm() throws Exception {
        Document book = read(EpubBooks.epub3().add("META-INF/encryption.xml", """
                <encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
                    xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
                  <enc:EncryptedData>
                    <enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>
                    <enc:CipherData><enc:CipherReference URI="OEBPS/fonts/serif.otf"/></enc:CipherData>
                  </enc:EncryptedData>
                </encryption>
                """));

        assertThat(book.text()).contains("The river was wide");
    }

    @Test
    @Timeout(10)
    void aZipBombIsRefusedInBoundedMemory() throws Exception {
        Path bomb = dir.resolve("bomb.epub");
        byte[] zeros = new byte[1 << 20];
        EpubFiles epub = EpubBooks.epub3();
        Files.write(bomb, epub.bytes());
        // The same book, with a chapter that inflates to a gigabyte of zeros (about 1 MB in the zip).
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("bomb2.epub")))) {
            try (var in = new java.util.zip.ZipFile(bomb.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().equals("OEBPS/text/ch2.xhtml")) {
                        for (int i = 0; i < 1024; i++) {
                            zip.write(zeros);
                        }
                    } else {
                        zip.write(in.getInputStream(entry).readAllBytes());
                    }
                    zip.closeEntry();
                }
            }
        }
        assertThat(Files.size(dir.resolve("bomb2.epub"))).isLessThan(2 << 20);

        assertThatThrownBy(() -> BookReader.read(dir.resolve("bomb2.epub"), Optional.empty()))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("OEBPS/text/ch2.xhtml inflates to more than 16 MB")
                .hasMessageContaining("zip bomb");
    }

    @Test
    void externalEntitiesAndEntityExpansionAreRefused() throws Exception {
        assertRefused(EpubBooks.epub3().add("OEBPS/text/ch1.xhtml", """
                <?xml version="1.0"?>
                <!DOCTYPE html [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <html xmlns="http://www.w3.org/1999/xhtml"><body><p>&secret;</p></body></html>
                """), "OEBPS/text/ch1.xhtml declares XML entities of its own");
        assertRefused(EpubBooks.epub3().add("OEBPS/content.opf", """
                <?xml version="1.0"?>
                <!DOCTYPE package [
                  <!ENTITY a "aaaaaaaaaa">
                  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
                ]>
                <package xmlns="http://www.idpf.org/2007/opf"><metadata><title>&c;</title></metadata></package>
                """), "OEBPS/content.opf declares XML entities of its own");
    }

    @Test
    @Timeout(10)
    void aPathOutOfTheArchiveReadsNothingFromTheDiskAndTheRestIsRead() throws Exception {
        EpubFiles epub = EpubBooks.epub3();
        epub.add("OEBPS/content.opf", epub.text("OEBPS/content.opf")
                .replace("href=\"text/ch1.xhtml\"", "href=\"../../../../../../../../etc/passwd\"")
                .replace("href=\"text/ch2.xhtml\"", "href=\"/etc/hostname\""));
        Path file = epub.write(dir.resolve("traversal.epub"));

        Document book = BookReader.read(file, Optional.empty());

        // Names outside the archive name nothing in it: those spine items are not there to read.
        assertThat(book.text()).doesNotContain("root:").doesNotContain("The hill was steep")
                .contains("The river was wide");
    }

    @Test
    @Timeout(10)
    void deeplyNestedMarkupIsReadWithoutOverflowingTheStack() throws Exception {
        int depth = 200_000;
        String body = "<div>".repeat(depth) + "<p>At the bottom of it all was one sentence.</p>" + "</div>".repeat(depth);
        Path file = EpubBooks.epub3().add("OEBPS/text/ch1.xhtml", EpubFiles.xhtml(body)).write(dir.resolve("deep.epub"));

        Document book = BookReader.read(file, Optional.empty());

        assertThat(book.text()).contains("At the bottom of it all was one sentence.");
    }

    @Test
    @Timeout(10)
    void aHundredMegabyteParagraphIsRefusedInOneLine() throws Exception {
        String paragraph = "<p>" + "word ".repeat(20_000_000) + "</p>";
        assertRefused(EpubBooks.epub3().add("OEBPS/text/ch1.xhtml", EpubFiles.xhtml(paragraph)),
                "OEBPS/text/ch1.xhtml inflates to more than 16 MB");
    }

    @Test
    void aFileThatIsNoZipOrIsCutShortIsRefused() throws Exception {
        Path notZip = dir.resolve("story.epub");
        Files.writeString(notZip, "Once upon a time.\n");
        assertThatThrownBy(() -> BookReader.read(notZip, Optional.empty())).isInstanceOf(UserError.class)
                .hasMessage(notZip + ": not an EPUB (it is not a zip archive, or it is damaged)");

        byte[] whole = EpubBooks.epub3().bytes();
        Path cut = dir.resolve("cut.epub");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> BookReader.read(cut, Optional.empty())).isInstanceOf(UserError.class)
                .hasMessageStartingWith(cut + ": not an EPUB");
    }

    @Test
    void aZipThatIsNoEpubIsRefused() throws Exception {
        assertRefused(EpubBooks.epub3().remove("META-INF/container.xml"), "META-INF/container.xml is missing");
        assertRefused(EpubBooks.epub3().remove("OEBPS/content.opf"), "package file OEBPS/content.opf is missing");
    }

    private void assertRefused(EpubFiles epub, String message) throws Exception {
        Path file = epub.write(dir.resolve("refused.epub"));
        assertThatThrownBy(() -> BookReader.read(file, Optional.empty()))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
