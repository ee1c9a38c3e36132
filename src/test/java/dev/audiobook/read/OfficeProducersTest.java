package dev.audiobook.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.audiobook.book.ContentsEntry;
import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.ExternalTool;
import dev.audiobook.testing.OfficeProducers;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same story and web page as pandoc and LibreOffice write them in .docx and in .odt, each read alike. */
class OfficeProducersTest {
    @TempDir
    static Path made;
    @TempDir
    Path dir;

    private static final Map<String, Path> pandocStories = new HashMap<>();
    private static final Map<String, Path> libreOfficePages = new HashMap<>();

    /** Each producer runs once per format for the class: LibreOffice takes seconds to start. */
    @BeforeAll
    static void makeDocuments() throws Exception {
        for (String format : List.of("docx", "odt")) {
            pandocStories.put(format, OfficeProducers.pandoc(made, format));
            List<Path> pages = OfficeProducers.libreOffice(made, format, List.of("apples"), List.of(OfficeProducers.PAGE));
            libreOfficePages.put(format, pages == null ? null : pages.get(0));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "odt"})
    void pandocsDocumentGivesItsTitleAuthorChaptersListsAndTableButNotItsFootnote(String format) throws Exception {
        ExternalTool.require("pandoc", "pandoc");
        Document book = BookReader.read(pandocStories.get(format), Optional.empty());

        assertThat(book.title()).contains("The Lantern Keeper");
        assertThat(book.authors()).containsExactly("Mara Quill");
        assertThat(book.details().language()).contains("en-GB");
        // The title paragraph is the document's title: its title page, no heading.
        assertThat(book.headingOutline()).extracting(ContentsEntry::title).containsExactly("Chapter One: The Harbour",
                "Chapter Two: The Storm", "Chapter Three: The Ship", "Chapter Four: The Morning");
        assertThat(book.text()).startsWith("The Lantern Keeper\n");
        assertThat(book.text()).contains("a coil of rope\n", "Hour, Wind\n", "Nine, North\n", "first the mast\n")
                .doesNotContain("footnote", "not read aloud");
        assertThat(CommandRun.plannedTrackTitles(pandocStories.get(format), dir.resolve("out")))
                .isEqualTo(OfficeProducers.STORY_CHAPTERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "odt"})
    void libreOfficesDocumentOfAWebPageHasThePagesHeadingsAsChapters(String format) throws Exception {
        ExternalTool.require("soffice", "libreoffice-writer-nogui");
        Document book = BookReader.read(libreOfficePages.get(format), Optional.empty());

        assertThat(book.title()).contains("Apples in Winter");
        assertThat(book.headingOutline()).extracting(ContentsEntry::title, ContentsEntry::depth).containsExactly(
                tuple("The Orchard", 0), tuple("The Frost", 0), tuple("The First Night", 1),
                tuple("The Second Night", 1), tuple("The Harvest", 0));
        assertThat(book.text()).contains("the old russet\n", "Night, Fires\n", "First, Twelve\n");
        assertThat(CommandRun.plannedTrackTitles(libreOfficePages.get(format), dir.resolve("out")))
                .isEqualTo(OfficeProducers.PAGE_CHAPTERS);
    }
}
