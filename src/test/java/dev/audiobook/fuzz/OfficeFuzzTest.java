package dev.audiobook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.audiobook.testing.OfficeFiles;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Word and OpenDocument files from untrusted bytes: whole files as bytes (seeded with pandoc's and
 * LibreOffice's), and a .docx's document.xml and styles.xml, an .odt's content.xml and styles.xml, fuzzed as
 * text inside a well-formed zip, so that the fuzzer spends its time in the XML rather than in zip checksums.
 */
class OfficeFuzzTest {
    /** Headings by style and outline level, a list, a table, a text box twice over, tracked changes, a field. */
    static final String WORD_BODY = """
            <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>The Door</w:t></w:r></w:p>
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Chapter 1</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">The door was </w:t></w:r><w:del w:id="1"><w:r><w:delText>blue</w:delText></w:r></w:del>
              <w:ins w:id="2"><w:r><w:t>red</w:t></w:r></w:ins><w:r><w:footnoteReference w:id="3"/><w:tab/><w:br/></w:r>
              <w:hyperlink w:anchor="c2"><w:r><w:t>on</w:t></w:r></w:hyperlink><w:fldSimple w:instr="PAGE"><w:r><w:t>7</w:t></w:r></w:fldSimple></w:p>
            <w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>bread</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Mile</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Place</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r>
              <w:t>Boxed.</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>
              <w:txbxContent><w:p><w:r><w:t>Boxed.</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback>
              </mc:AlternateContent></w:r></w:p>
            <w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>Chapter 2</w:t></w:r></w:p>
            <w:p><w:r><w:t>They left at dawn.</w:t></w:r></w:p>
            """;

    /** Headings, a title, a list, a table, a note, a comment, tracked changes, spaces and a text box. */
    static final String OPEN_DOCUMENT_TEXT = """
            <text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>blue</text:p>
            </text:deletion></text:changed-region></text:tracked-changes>
            <text:p text:style-name="P1">The Door</text:p>
            <text:h text:outline-level="1">Chapter 1</text:h>
            <text:p>The door was <text:change text:change-id="c1"/>red<text:note><text:note-body><text:p>Note.</text:p>
            </text:note-body></text:note><office:annotation><text:p>Comment.</text:p></office:annotation><text:s text:c="3"/>
            <text:tab/><text:line-break/><text:a xlink:href="#c2">on</text:a></text:p>
            <text:list><text:list-item><text:p>bread</text:p></text:list-item></text:list>
            <table:table><table:table-row><table:table-cell><text:p>Mile</text:p></table:table-cell></table:table-row></table:table>
            <text:p><draw:frame><draw:text-box><text:p>Boxed.</text:p></draw:text-box></draw:frame></text:p>
            <text:p text:style-name="Heading_20_1">Chapter 2</text:p>
            <text:p>They left at dawn.</text:p>
            """;

    static final String OPEN_DOCUMENT_STYLES = """
            <style:style style:name="Title" style:family="paragraph"/>
            <style:style style:name="Heading_20_1" style:family="paragraph" style:parent-style-name="Heading"/>
            """;

    @FuzzTest(maxDuration = "10s")
    void docx(byte[] bytes) {
        FuzzedInputs.plan(bytes, "book.docx").ifPresent(FuzzedInputs::checkSpeakable);
    }

    @FuzzTest(maxDuration = "10s")
    void odt(byte[] bytes) {
        FuzzedInputs.plan(bytes, "book.odt").ifPresent(FuzzedInputs::checkSpeakable);
    }

    static Stream<Arguments> docxParts() {
        OfficeFiles docx = OfficeFiles.docx(WORD_BODY);
        return Stream.of(Arguments.of(OfficeFiles.wordDocument(WORD_BODY), docx.text("word/styles.xml")));
    }

    @MethodSource
    @FuzzTest(maxDuration = "10s")
    void docxParts(@NotNull String document, @NotNull String styles) {
        byte[] docx = OfficeFiles.docx("").add("word/document.xml", document).add("word/styles.xml", styles)
                .core("The Door", "Mara Quill").bytes();
        FuzzedInputs.plan(docx, "book.docx").ifPresent(FuzzedInputs::checkSpeakable);
    }

    static Stream<Arguments> odtParts() {
        OfficeFiles odt = OfficeFiles.odt(OPEN_DOCUMENT_TEXT, OPEN_DOCUMENT_STYLES);
        return Stream.of(Arguments.of(odt.text("content.xml"), odt.text("styles.xml")));
    }

    @MethodSource
    @FuzzTest(maxDuration = "10s")
    void odtParts(@NotNull String content, @NotNull String styles) {
        byte[] odt = OfficeFiles.odt("", "").add("content.xml", content).add("styles.xml", styles)
                .meta("The Door", "Mara Quill", "en").bytes();
        FuzzedInputs.plan(odt, "book.odt").ifPresent(FuzzedInputs::checkSpeakable);
    }
}
