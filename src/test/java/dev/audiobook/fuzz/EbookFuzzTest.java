package dev.audiobook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.audiobook.testing.EpubBooks;
import dev.audiobook.testing.EpubFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * E-books from untrusted bytes: whole EPUB archives and HTML files as bytes, and EPUBs whose package
 * document, navigation and chapter are fuzzed as text inside a well-formed zip, so that the fuzzer spends
 * its time in the XML and HTML rather than in zip checksums.
 */
class EbookFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void epub(byte[] bytes) {
        FuzzedInputs.plan(bytes, "book.epub").ifPresent(FuzzedInputs::checkSpeakable);
    }

    @FuzzTest(maxDuration = "10s")
    void html(byte[] bytes) {
        FuzzedInputs.plan(bytes, "book.html").ifPresent(FuzzedInputs::checkSpeakable);
    }

    static Stream<Arguments> epubParts() {
        EpubFiles book = EpubBooks.epub3();
        return Stream.of(Arguments.of(book.text("OEBPS/content.opf"), book.text("OEBPS/nav.xhtml"),
                book.text("OEBPS/text/ch1.xhtml")));
    }

    @MethodSource
    @FuzzTest(maxDuration = "10s")
    void epubParts(@NotNull String packageDocument, @NotNull String navigation, @NotNull String chapter) {
        byte[] epub;
        try {
            epub = EpubBooks.epub3().add("OEBPS/content.opf", packageDocument).add("OEBPS/nav.xhtml", navigation)
                    .add("OEBPS/text/ch1.xhtml", chapter).bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FuzzedInputs.plan(epub, "book.epub").ifPresent(FuzzedInputs::checkSpeakable);
    }
}
