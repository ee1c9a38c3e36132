package dev.audiobook.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * EPUB books made in the tests, entry by entry, the way a producer lays them out: the {@code mimetype}
 * first and stored, then the container, the package and the content documents.
 */
public final class EpubFiles {
    /** A 16x16 JPEG picture, as ffmpeg draws it. */
    public static final byte[] JPEG = java.util.Base64.getDecoder().decode(
            "/9j/4AAQSkZJRgABAgAAAQABAAD//gAQTGF2YzU5LjM3LjEwMAD/2wBDAAgUFBcUFxsbGxsbGyAeICEhISAgICAhISEkJCQqKiok"
            + "JCQhISQkKCgqKi4vLisrKisvLzIyMjw8OTlGRkhWVmf/xABMAAEBAAAAAAAAAAAAAAAAAAAABgEBAQAAAAAAAAAAAAAAAAAABQYQ"
            + "AQAAAAAAAAAAAAAAAAAAAAARAQAAAAAAAAAAAAAAAAAAAAD/wAARCAAQABADASIAAhEAAxEA/9oADAMBAAIRAxEAPwCbAUQF/9k=");
    /** A 16x16 PNG picture. */
    public static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAACXBIWXMAAAABAAAAAQBPJcTWAAAAFklEQVR4nGOYYWhEEmIY1TCqYfhqAADXkPsB8hnZQAAAAABJRU5ErkJggg==");

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    public EpubFiles() {
        add("META-INF/container.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                </container>
                """);
    }

    public EpubFiles add(String name, String text) {
        return add(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public EpubFiles add(String name, byte[] bytes) {
        entries.put(name, bytes);
        return this;
    }

    /** An entry's text, to add back changed. */
    public String text(String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    public EpubFiles remove(String name) {
        entries.remove(name);
        return this;
    }

    /** An XHTML content document with this body. */
    public static String xhtml(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en">
                <head><title>Page</title></head>
                <body>
                """ + body + "\n</body>\n</html>\n";
    }

    public Path write(Path target) throws IOException {
        Files.write(target, bytes());
        return target;
    }

    public byte[] bytes() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        writeTo(out);
        return out.toByteArray();
    }

    private void writeTo(OutputStream target) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
            byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }
}
