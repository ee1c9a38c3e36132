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

class WordReaderTest {
    @TempDir
    Path dir;

    private static List<String> headings(Document document) {
        return document.headingOutline().stream().map(ContentsEntry::title).toList();
    }

    private Document read(OfficeFiles docx) throws Exception {
        return BookReader.read(docx.write(dir.resolve("book.docx")), Optional.empty());
    }

    /** No producer writes tracked changes or comments on request: this document.xml is written by hand. */
    @Test
    void trackedChangesAreReadAsAcceptedAndCommentsNotesAndFieldCodesAreNotRead() throws Exception {
        Document book = read(OfficeFiles.docx("""
                <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>The Door</w:t></w:r></w:p>
                <w:p><w:commentRangeStart w:id="1"/><w:r><w:t xml:space="preserve">The door was </w:t></w:r>
                  <w:del w:id="2" w:author="Ed"><w:r><w:delText>blue</w:delText></w:r></w:del>
                  <w:ins w:id="3" w:author="Ed"><w:r><w:t>red</w:t></w:r></w:ins><w:commentRangeEnd w:id="1"/>
                  <w:r><w:commentReference w:id="1"/></w:r><w:r><w:t>.</w:t></w:r>
                  <w:r><w:footnoteReference w:id="4"/></w:r></w:p>
                <w:moveFrom w:id="5" w:author="Ed"><w:r><w:t>Moved away.</w:t></w:r></w:moveFrom>
                <w:p><w:moveTo w:id="6" w:author="Ed"><w:r><w:t>Moved here.</w:t></w:r></w:moveTo></w:p>
                <w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>
                  <w:r><w:instrText>PAGE \\* MERGEFORMAT</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>
                  <w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
                  <w:r><w:t xml:space="preserve"> of </w:t></w:r><w:fldSimple w:instr="NUMPAGES"><w:r><w:t>9</w:t></w:r></w:fldSimple></w:p>
                <w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>Hidden words.</w:t></w:r><w:r><w:t>Shown words.</w:t></w:r></w:p>
                """).core("The Door", "Ed").add("word/comments.xml", """
                <w:comments xmlns:w="%s"><w:comment w:id="1"><w:p><w:r><w:t>A comment nobody hears.</w:t></w:r></w:p>
                </w:comment></w:comments>""".formatted(OfficeFiles.W)).add("word/footnotes.xml", """
                <w:footnotes xmlns:w="%s"><w:footnote w:id="4"><w:p><w:r><w:t>A footnote nobody hears.</w:t></w:r></w:p>
                </w:footnote></w:footnotes>""".formatted(OfficeFiles.W)));

        assertThat(book.text()).contains("The door was red.", "Moved here.", "Page 7 of 9", "Shown words.")
                .doesNotContain("blue", "Moved away", "comment", "footnote", "PAGE", "MERGEFORMAT", "NUMPAGES", "Hidden");
    }

    @Test
    void aTextBoxIsReadOnceAfterItsParagraphAndTabsBreaksAndHyphensAreWhatTheyShow() throws Exception {
        Document book = read(OfficeFiles.docx("""
                <w:p><w:r><w:t>Before the box.</w:t></w:r><w:r><mc:AlternateContent>
                  <mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>
                    <w:p><w:r><w:t>Inside the box.</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>
                  <mc:Fallback><w:pict><v:textbox><w:txbxContent>
                    <w:p><w:r><w:t>Inside the box.</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback>
                </mc:AlternateContent></w:r><w:r><w:t xml:space="preserve"> After it.</w:t></w:r></w:p>
                <w:p><w:r><w:t>Name</w:t><w:tab/><w:t>Age</w:t></w:r></w:p>
                <w:p><w:r><w:t>first line</w:t><w:br/><w:t>second line</w:t><w:br w:type="page"/></w:r></w:p>
                <w:p><w:r><w:t>well</w:t><w:noBreakHyphen/><w:t>known and </w:t><w:t>ex</w:t><w:softHyphen/><w:t>ample</w:t></w:r></w:p>
                """));

        assertThat(book.text()).containsSubsequence("Before the box. After it.\n", "Inside the box.\n")
                .contains("Name Age\n", "first line\nsecond line\n\n", "well-known and example");
        assertThat(book.text().split("Inside the box", -1)).hasSize(2);
    }

    @Test
    void headingsComeFromStylesByNameOrOutlineLevelThroughTheirBasedOnChain() throws Exception {
        Document book = read(OfficeFiles.docx("""
                <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>The Long Road</w:t></w:r></w:p>
                <w:p><w:pPr><w:pStyle w:val="Subtitle"/></w:pPr><w:r><w:t>A Journey</w:t></w:r></w:p>
                <w:p><w:pPr><w:pStyle w:val="PartTitle"/></w:pPr><w:r><w:t>Part One</w:t></w:r></w:p>
                <w:p><w:pPr><w:pStyle w:val="ChapterTitle"/></w:pPr><w:r><w:t>The Gate</w:t></w:r></w:p>
                <w:p><w:r><w:t>They left at dawn.</w:t></w:r></w:p>
                <w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>bread</w:t></w:r></w:p>
                <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>not a list item</w:t></w:r></w:p>
                <w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>The Hill</w:t></w:r></w:p>
                <w:p><w:r><w:t>The hill was steep.</w:t></w:r></w:p>
                <w:tbl><w:tr><w:tc><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Mile</w:t></w:r></w:p></w:tc>
                  <w:tc><w:p><w:r><w:t>Place</w:t></w:r></w:p><w:p><w:r><w:t>and inn</w:t></w:r></w:p></w:tc><w:tc/></w:tr></w:tbl>
                """));

        assertThat(book.title()).contains("The Long Road");
        assertThat(book.details().language()).contains("en-GB");
        assertThat(book.headingOutline()).extracting(ContentsEntry::title, ContentsEntry::depth).containsExactly(
                tuple("The Long Road", 0), tuple("Part One", 0),
                tuple("The Gate", 0), tuple("The Hill", 1));
        assertThat(book.text()).contains("A Journey\n", "bread\n", "not a list item\n", "Mile, Place and inn\n");
    }

    /**
     * The shapes a converter leaves of a web page's marks (LibreOffice's .docx of Gutenberg's HTML): page
     * anchors followed by their numbers, headings drawn as pictures, drop capitals, a printed contents as a
     * table, empty paragraphs for space. The document reads as the page did.
     */
    @Test
    void aDocumentConvertedFromAWebPageReadsAsThePageDid() throws Exception {
        Document book = read(OfficeFiles.docx("""
                <w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>CONTENTS</w:t></w:r></w:p>
                <w:tbl><w:tr><w:tc><w:p><w:r><w:t>The Gate</w:t></w:r></w:p></w:tc>
                  <w:tc><w:p><w:hyperlink w:anchor="page3"><w:r><w:t>3</w:t></w:r></w:hyperlink></w:p></w:tc></w:tr></w:tbl>
                <w:p><w:r><w:br/><w:br/><w:br/></w:r></w:p>
                <w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:bookmarkStart w:id="1" w:name="page_ix"/>
                  <w:r><w:t>{ix}</w:t></w:r><w:r><w:drawing><wp:inline xmlns:wp="wp"><wp:docPr id="1" name="Image1"
                  descr="PREFACE."/></wp:inline></w:drawing></w:r></w:p>
                <w:p><w:r><w:t>A preface.</w:t></w:r></w:p>
                <w:p><w:r><w:t>[Pg 3]</w:t></w:r></w:p>
                <w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:bookmarkStart w:id="2" w:name="page3"/>
                  <w:r><w:t>p.</w:t></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:t>3</w:t></w:r><w:r><w:t>CHAPTER I</w:t><w:br/><w:br/><w:t>THE GATE</w:t></w:r></w:p>
                <w:p><w:r><w:drawing><wp:inline xmlns:wp="wp"><wp:docPr id="2" name="Image2" descr="W"/></wp:inline>
                  </w:drawing></w:r><w:r><w:t>HEN they left, it was dawn.</w:t></w:r></w:p>
                """).core("The Gate | Project Gutenberg", ""));

        assertThat(book.title()).contains("The Gate");
        assertThat(headings(book)).containsExactly("CONTENTS", "PREFACE.", "CHAPTER I THE GATE");
        assertThat(book.text()).contains("The Gate 3\n", "CHAPTER I\n\nTHE GATE", "WHEN they left")
                .doesNotContain("{ix}", "p. 3", "[Pg 3]");
        assertThat(book.text()).containsPattern("The Gate 3\n\n\n\n+PREFACE");
    }

    @Test
    void hostileOrDamagedFilesAreRefusedInOneLine() throws Exception {
        Path notZip = Files.writeString(dir.resolve("broken.docx"), "PK\u0003\u0004 not really a zip");
        assertThatThrownBy(() -> BookReader.read(notZip, Optional.empty())).isInstanceOf(UserError.class)
                .hasMessageContaining("not a Word document");

        OfficeFiles entities = OfficeFiles.docx("").add("word/document.xml", """
                <?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>
                <w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>
                """.formatted(OfficeFiles.W));
        assertThatThrownBy(() -> read(entities)).isInstanceOf(UserError.class).hasMessageContaining("DTD");

        OfficeFiles bomb = OfficeFiles.docx("").add("word/document.xml", OfficeFiles.wordDocument(
                "<w:p><w:r><w:t>" + "a".repeat(BookArchive.MAX_ENTRY_BYTES) + "</w:t></w:r></w:p>"));
        assertThatThrownBy(() -> read(bomb)).isInstanceOf(UserError.class).hasMessageContaining("more than")
                .message().doesNotContain("\n");
    }

    @Test
    void aDocumentWithoutItsBodyIsNotABook() throws Exception {
        Path noBody = OfficeFiles.docx("").remove("word/document.xml").write(dir.resolve("empty.docx"));
        assertThatThrownBy(() -> BookReader.read(noBody, Optional.empty())).isInstanceOf(UserError.class)
                .hasMessageNotContaining("\n");
    }

    @Test
    @Timeout(20)
    void deeplyNestedMarkupIsReadWithoutOverflowingTheStack() throws Exception {
        int depth = 100_000;
        Document book = read(OfficeFiles.docx("<w:p>" + "<w:customXml>".repeat(depth) + "<w:r><w:t>deep words</w:t></w:r>"
                + "</w:customXml>".repeat(depth) + "</w:p>" + "<w:p><w:r><w:txbxContent>".repeat(2_000)
                + "<w:p><w:r><w:t>boxed</w:t></w:r></w:p>" + "</w:txbxContent></w:r></w:p>".repeat(2_000)));

        assertThat(book.text()).contains("deep words", "boxed");
    }
}
