package dev.audiobook.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.audiobook.UserError;
import dev.audiobook.book.ContentsEntry;
import dev.audiobook.testing.OfficeFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class OpenDocumentReaderTest {
    /** The paragraph styles a document names: LibreOffice's title, and a heading style with no outline level. */
    private static final String STYLES = """
            <style:style style:name="Title" style:family="paragraph"/>
            <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Title"/>
            <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"/>
            <style:style style:name="Part" style:family="paragraph" style:default-outline-level="1"/>
            """;

    @TempDir
    Path dir;

    private static List<String> headings(Document document) {
        return document.headingOutline().stream().map(ContentsEntry::title).toList();
    }

    private Document read(OfficeFiles odt) throws Exception {
        return BookReader.read(odt.write(dir.resolve("book.odt")), Optional.empty());
    }

    /** No producer writes tracked changes or comments on request: this content.xml is written by hand. */
    @Test
    void trackedChangesAreReadAsAcceptedAndNotesAndCommentsAreNotRead() throws Exception {
        Document book = read(OfficeFiles.odt("""
                <text:tracked-changes>
                  <text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator>Ed</dc:creator>
                  </office:change-info><text:p>blue</text:p></text:deletion></text:changed-region>
                  <text:changed-region text:id="c2"><text:insertion><office:change-info><dc:creator>Ed</dc:creator>
                  </office:change-info></text:insertion></text:changed-region>
                </text:tracked-changes>
                <text:h text:outline-level="1">The Door</text:h>
                <text:p>The door was <text:change text:change-id="c1"/><text:change-start text:change-id="c2"/>red<text:change-end
                 text:change-id="c2"/>.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>
                 <text:note-body><text:p>A footnote nobody hears.</text:p></text:note-body></text:note><office:annotation>
                 <dc:creator>Ed</dc:creator><text:p>A comment nobody hears.</text:p></office:annotation> It creaked.</text:p>
                """, STYLES).meta("The Door", "Mara Quill", "en-GB"));

        assertThat(book.text()).contains("The door was red. It creaked.")
                .doesNotContain("blue", "footnote", "comment", "Ed");
        assertThat(book.authors()).containsExactly("Mara Quill");
        assertThat(book.details().language()).contains("en-GB");
    }

    @Test
    void spacesTabsBreaksSectionsListsTablesAndTextBoxesAreWhatTheyShow() throws Exception {
        Document book = read(OfficeFiles.odt("""
                <text:section text:name="S1">
                <text:p>Name<text:tab/>Age<text:s text:c="4"/>Town</text:p>
                <text:p>first line<text:line-break/>second line<text:soft-page-break/> goes on</text:p>
                </text:section>
                <text:list><text:list-item><text:p>bread</text:p>
                  <text:list><text:list-item><text:p>rye</text:p></text:list-item></text:list></text:list-item></text:list>
                <table:table><table:table-header-rows><table:table-row><table:table-cell><text:p>Mile</text:p></table:table-cell>
                  <table:table-cell><text:p>Place</text:p><text:p>and inn</text:p></table:table-cell></table:table-row>
                  </table:table-header-rows><table:table-row><table:table-cell><text:p>1</text:p></table:table-cell>
                  <table:covered-table-cell><text:p>hidden</text:p></table:covered-table-cell></table:table-row></table:table>
                <text:p>Before the box.<draw:frame><svg:title>A picture's title</svg:title><draw:text-box>
                  <text:p>Inside the box.</text:p></draw:text-box></draw:frame> After it.</text:p>
                """, STYLES));

        assertThat(book.text()).contains("Name Age Town\n", "first line\nsecond line goes on\n", "bread\n", "rye\n",
                "Mile, Place and inn\n", "1\n").containsSubsequence("Before the box. After it.\n", "Inside the box.\n")
                .doesNotContain("hidden", "picture");
    }

    @Test
    void headingsComeFromOutlineLevelsAndStylesAndTheTitleParagraphIsTheTitle() throws Exception {
        Document book = read(OfficeFiles.odt("""
                <text:p text:style-name="P1">The Long Road</text:p>
                <text:p text:style-name="Subtitle">A Journey</text:p>
                <text:p text:style-name="Part">Part One</text:p>
                <text:p text:style-name="Heading_20_1">The Gate</text:p>
                <text:p>They left at dawn.</text:p>
                <text:h text:outline-level="2"><text:number>1.1</text:number>The Hill</text:h>
                <text:p>The hill was steep.</text:p>
                """, STYLES));

        assertThat(book.title()).contains("The Long Road");
        assertThat(book.headingOutline()).extracting(ContentsEntry::title, ContentsEntry::depth).containsExactly(
                tuple("The Long Road", 0), tuple("Part One", 0), tuple("The Gate", 0), tuple("1.1 The Hill", 1));
        assertThat(book.text()).contains("A Journey\n");
    }

    /** The shapes LibreOffice and pandoc ("p. 3CHAPTER I") leave of a web page's marks: see WordReaderTest's case. */
    @Test
    void aDocumentConvertedFromAWebPageReadsAsThePageDid() throws Exception {
        Document book = read(OfficeFiles.odt("""
                <text:h text:outline-level="2"><text:bookmark text:name="page_ix"/><text:span>{ix}</text:span>
                  <draw:frame><draw:image/><svg:title>PREFACE.</svg:title></draw:frame></text:h>
                <text:p>A preface.</text:p>
                <text:p><text:line-break/><text:line-break/><text:line-break/></text:p>
                <text:h text:outline-level="2"><text:bookmark text:name="page3"/>p. 3CHAPTER I<text:line-break/>
                  <text:line-break/>THE GATE</text:h>
                <text:p><draw:frame><draw:image/><svg:title>W</svg:title></draw:frame>HEN they left, it was dawn.</text:p>
                """, STYLES));

        assertThat(headings(book)).containsExactly("PREFACE.", "CHAPTER I THE GATE");
        assertThat(book.text()).contains("CHAPTER I\n\nTHE GATE", "WHEN they left").doesNotContain("{ix}", "p. 3");
        assertThat(book.text()).containsPattern("A preface.\n\n\n\n+CHAPTER");
    }

    @Test
    void hostileOrDamagedFilesAreRefusedInOneLine() throws Exception {
        Path notZip = Files.writeString(dir.resolve("broken.odt"), "PK\u0003\u0004 not really a zip");
        assertThatThrownBy(() -> BookReader.read(notZip, Optional.empty())).isInstanceOf(UserError.class)
                .hasMessageContaining("not an OpenDocument text");

        OfficeFiles entities = OfficeFiles.odt("", STYLES).add("content.xml", """
                <?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>
                 <text:p>&b;</text:p></office:text></office:body></office:document-content>
                """);
        assertThatThrownBy(() -> read(entities)).isInstanceOf(UserError.class).hasMessageContaining("DTD");

        OfficeFiles bomb = OfficeFiles.odt("<text:p>" + "a".repeat(BookArchive.MAX_ENTRY_BYTES) + "</text:p>", STYLES);
        assertThatThrownBy(() -> read(bomb)).isInstanceOf(UserError.class).hasMessageContaining("more than")
                .message().doesNotContain("\n");

        Path noContent = OfficeFiles.odt("", STYLES).remove("content.xml").write(dir.resolve("empty.odt"));
        assertThatThrownBy(() -> BookReader.read(noContent, Optional.empty())).isInstanceOf(UserError.class)
                .hasMessageContaining("content.xml is missing").message().doesNotContain("\n");
    }

    @Test
    @Timeout(20)
    void deeplyNestedMarkupIsReadWithoutOverflowingTheStack() throws Exception {
        int depth = 100_000;
        Document book = read(OfficeFiles.odt("<text:p>" + "<text:span>".repeat(depth) + "deep words"
                + "</text:span>".repeat(depth) + "</text:p>" + "<text:list><text:list-item>".repeat(5_000)
                + "<text:p>listed</text:p>" + "</text:list-item></text:list>".repeat(5_000), STYLES));

        assertThat(book.text()).contains("deep words", "listed");
    }
}
