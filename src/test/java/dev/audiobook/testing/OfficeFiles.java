package dev.audiobook.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Word and OpenDocument files written by hand, part by part, for what no producer makes on request
 * (tracked changes, comments, text boxes, hostile XML): a .docx's {@code word/document.xml} with its
 * styles and properties, an .odt's {@code content.xml} with its {@code mimetype} first and stored.
 */
public final class OfficeFiles {
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String ODF_NAMESPACES = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
            + "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
            + "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            + "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
            + "xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

    private final String mimetype;
    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    private OfficeFiles(String mimetype) {
        this.mimetype = mimetype;
    }

    /** A .docx whose body is this WordprocessingML (paragraphs, tables), with Word's heading styles. */
    public static OfficeFiles docx(String body) {
        return new OfficeFiles("")
                .add("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                        + "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
                .add("word/document.xml", wordDocument(body))
                .add("word/styles.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <w:styles xmlns:w="%s">
                          <w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault></w:docDefaults>
                          <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
                          <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
                          <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Title"/></w:style>
                          <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
                            <w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
                          <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>
                            <w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
                          <w:style w:type="paragraph" w:styleId="ChapterTitle"><w:name w:val="Chapter Title"/><w:basedOn w:val="Heading1"/></w:style>
                          <w:style w:type="paragraph" w:styleId="PartTitle"><w:name w:val="Part Title"/>
                            <w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
                          <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>
                            <w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
                        </w:styles>
                        """.formatted(W));
    }

    /** The {@code word/document.xml} of this body. */
    public static String wordDocument(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="%s"
                    xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
                    xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
                    xmlns:v="urn:schemas-microsoft-com:vml"
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <w:body>
                %s
                <w:sectPr/>
                </w:body>
                </w:document>
                """.formatted(W, body);
    }

    /** A .docx's {@code docProps/core.xml} naming this title and author. */
    public OfficeFiles core(String title, String creator) {
        return add("docProps/core.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
                    xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>%s</dc:creator></cp:coreProperties>
                """.formatted(title, creator));
    }

    /** An .odt whose {@code office:text} holds this, with these paragraph styles ({@code office:styles}). */
    public static OfficeFiles odt(String text, String styles) {
        return new OfficeFiles("application/vnd.oasis.opendocument.text")
                .add("content.xml", openDocumentContent(text))
                .add("styles.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <office:document-styles %s><office:styles>%s</office:styles></office:document-styles>
                        """.formatted(ODF_NAMESPACES, styles));
    }

    /** The {@code content.xml} whose {@code office:text} holds this. */
    public static String openDocumentContent(String text) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content %s office:version="1.3">
                <office:automatic-styles>
                  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>
                </office:automatic-styles>
                <office:body>
                <office:text>
                %s
                </office:text>
                </office:body>
                </office:document-content>
                """.formatted(ODF_NAMESPACES, text);
    }

    /** An .odt's {@code meta.xml}. */
    public OfficeFiles meta(String title, String initialCreator, String language) {
        return add("meta.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-meta %s><office:meta><dc:title>%s</dc:title>
                <meta:initial-creator>%s</meta:initial-creator><dc:creator>Last Editor</dc:creator>
                <dc:language>%s</dc:language></office:meta></office:document-meta>
                """.formatted(ODF_NAMESPACES, title, initialCreator, language));
    }

    public OfficeFiles add(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public OfficeFiles add(String name, byte[] bytes) {
        entries.put(name, bytes);
        return this;
    }

    /** An entry's text, to add back changed. */
    public String text(String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    public OfficeFiles remove(String name) {
        entries.remove(name);
        return this;
    }

    public Path write(Path target) throws IOException {
        Files.write(target, bytes());
        return target;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            if (!mimetype.isEmpty()) {
                byte[] bytes = mimetype.getBytes(StandardCharsets.US_ASCII);
                ZipEntry first = new ZipEntry("mimetype");
                first.setMethod(ZipEntry.STORED);
                first.setSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                first.setCrc(crc.getValue());
                zip.putNextEntry(first);
                zip.write(bytes);
                zip.closeEntry();
            }
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
