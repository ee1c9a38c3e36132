package dev.audiobook.read;

import dev.audiobook.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/** What kind of book a file is: by its first bytes where they say, else by its name. */
public enum InputFormat {
    TEXT, HTML, EPUB, PDF, DOCX, ODT, FB2, RTF;

    private static final int HEAD_BYTES = 4096;
    private static final Pattern HTML_START = Pattern.compile("(?is)\\A\\s*(?:<!--.*?-->\\s*)*(?:<!DOCTYPE\\s+html|<html)\\b");
    private static final Pattern FICTION_BOOK = Pattern.compile("(?s)\\A\\s*(?:<\\?xml[^>]*>\\s*)?<FictionBook\\b");
    private static final String READ_AS = "give the book as .epub, .pdf, .docx, .odt, .fb2, .rtf, .html, .txt or .md";

    /** A kind of file that is not a book this tool reads, known by the bytes it starts with. */
    private record Signature(int offset, byte[] bytes, String kind) {
        Signature(int offset, String ascii, String kind) {
            this(offset, ascii.getBytes(StandardCharsets.ISO_8859_1), kind);
        }

        boolean matches(byte[] head) {
            if (head.length < offset + bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if (head[offset + i] != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Signature> NOT_BOOKS = List.of(
            new Signature(0, "\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1", "an old-style Word or Office document (.doc)"),
            new Signature(60, "BOOKMOBI", "a Kindle (MOBI or AZW) e-book"),
            new Signature(0, "AT&TFORM", "a DjVu document"),
            new Signature(0, "\u0089PNG", "a PNG picture"),
            new Signature(0, "\u00ff\u00d8\u00ff", "a JPEG picture"),
            new Signature(0, "GIF8", "a GIF picture"),
            new Signature(8, "WAVE", "a WAV sound file"),
            new Signature(0, "ID3", "an MP3 sound file"),
            new Signature(0, "fLaC", "a FLAC sound file"),
            new Signature(0, "OggS", "an Ogg sound file"),
            new Signature(4, "ftyp", "an MP4 or M4B sound or video file"),
            new Signature(0, "\u001f\u008b", "a gzip archive"),
            new Signature(0, "7z\u00bc\u00af", "a 7-Zip archive"),
            new Signature(0, "Rar!", "a RAR archive"),
            new Signature(0, "\u007fELF", "a program"));

    /**
     * The format the file is read as. A file whose bytes show it is something else (a PDF, a Word
     * document, a picture) is refused in one line that says what it looks like, whatever its name.
     */
    public static InputFormat of(Path path) throws UserError {
        byte[] head = head(path);
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        if (ascii.startsWith("%PDF-")) {
            return PDF;
        }
        if (ascii.startsWith("{\\rtf")) {
            return RTF;
        }
        for (Signature signature : NOT_BOOKS) {
            if (signature.matches(head)) {
                throw notABook(path, signature.kind());
            }
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return zipped(path);
        }
        String text = ascii.replaceFirst("\\A\u00ef\u00bb\u00bf", "");
        if (FICTION_BOOK.matcher(text).find()) {
            return FB2;
        }
        if (HTML_START.matcher(text).find()) {
            return HTML;
        }
        return byName(path).orElse(TEXT);
    }

    /** The format a folder's file is converted as, or empty for a file that is not a book. */
    public static Optional<InputFormat> byName(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".md")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".epub")) {
            return Optional.of(EPUB);
        }
        for (InputFormat document : List.of(PDF, DOCX, ODT, FB2, RTF)) {
            if (name.endsWith("." + document.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(document);
            }
        }
        return Optional.empty();
    }

    /** An EPUB, Word or OpenDocument text by what its zip holds, else what else a zip of documents is. */
    private static InputFormat zipped(Path path) throws UserError {
        try (ZipFile zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8)) {
            String mimetype = zip.getEntry("mimetype") == null ? ""
                    : new String(zip.getInputStream(zip.getEntry("mimetype")).readNBytes(100), StandardCharsets.US_ASCII)
                            .strip();
            if (zip.getEntry("META-INF/container.xml") != null && !mimetype.startsWith("application/vnd.oasis")
                    || mimetype.equals("application/epub+zip")) {
                return EPUB;
            }
            if (zip.getEntry("word/document.xml") != null) {
                return DOCX;
            }
            if (mimetype.startsWith("application/vnd.oasis.opendocument.text")
                    || mimetype.isEmpty() && zip.getEntry("content.xml") != null) {
                return ODT;
            }
            if (mimetype.startsWith("application/vnd.oasis.opendocument")) {
                throw notABook(path, "an OpenDocument spreadsheet, presentation or drawing");
            }
            if (zip.getEntry("xl/workbook.xml") != null || zip.getEntry("ppt/presentation.xml") != null) {
                throw notABook(path, "an Excel or PowerPoint file");
            }
            throw notABook(path, "a zip archive");
        } catch (IOException | IllegalArgumentException damaged) {
            // The reader of the format the name says tells what is wrong with a damaged file.
            Optional<InputFormat> named = byName(path).filter(f -> f == EPUB || f == DOCX || f == ODT);
            if (named.isPresent()) {
                return named.get();
            }
            throw notABook(path, "a zip archive");
        }
    }

    private static UserError notABook(Path path, String kind) {
        return new UserError(path + ": this looks like " + kind + ", which this tool does not read; " + READ_AS);
    }

    private static byte[] head(Path path) throws UserError {
        if (Files.isDirectory(path)) {
            throw new UserError(path + ": is a folder, not a book");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw UserError.cannotRead(path, e);
        }
    }
}
