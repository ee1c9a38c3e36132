package dev.audiobook.read;

import dev.audiobook.UserError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A book's zip container (an EPUB, a Word or OpenDocument file), read with the JDK's zip. What it
 * inflates is bounded: an entry larger than any real book's part (a zip bomb) is refused, whatever its
 * header claims, before it fills memory.
 */
final class BookArchive implements AutoCloseable {
    /** A whole novel's XHTML is a few megabytes; a cover picture rarely more than a few. */
    static final int MAX_ENTRY_BYTES = 16 << 20;
    /** All that one book may inflate, however it is spread over entries. */
    static final long MAX_TOTAL_BYTES = 256L << 20;
    static final int MAX_ENTRIES = 20_000;
    private static final Pattern XML_ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
    /** A DOCTYPE with an internal subset declares entities: the way to XXE and billion-laughs attacks. */
    private static final Pattern INTERNAL_SUBSET = Pattern.compile("<!DOCTYPE[^>\\[]*\\[", Pattern.CASE_INSENSITIVE);

    private final Path path;
    private final ZipFile zip;
    private final String kind;
    private long inflated;

    private BookArchive(Path path, ZipFile zip, String kind) {
        this.path = path;
        this.zip = zip;
        this.kind = kind;
    }

    /** @param kind what the file is, as messages name it: "EPUB", "Word document" */
    static BookArchive open(Path path, String kind) throws UserError {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new UserError(path + ": not " + article(kind) + " (it is not a zip archive, or it is damaged)", e);
        } catch (IOException e) {
            throw new UserError(path + ": cannot read the file: " + e.getMessage(), e);
        }
        BookArchive archive = new BookArchive(path, zip, kind);
        if (zip.size() > MAX_ENTRIES) {
            archive.close();
            throw new UserError(path + ": this " + kind + " holds " + zip.size() + " files, more than any book; refusing it");
        }
        return archive;
    }

    boolean has(String name) throws UserError {
        return entry(name) != null;
    }

    private ZipEntry entry(String name) throws UserError {
        try {
            return zip.getEntry(name);
        } catch (IllegalArgumentException e) {
            // ZipFile decodes the names of the archive's entries only when asked for one.
            throw new UserError(path + ": the " + kind + " is damaged (the names of its files are not UTF-8)", e);
        }
    }

    /** The entry's bytes, or empty when there is no such entry. */
    Optional<byte[]> bytes(String name) throws UserError {
        ZipEntry entry = entry(name);
        if (entry == null || entry.isDirectory()) {
            return Optional.empty();
        }
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 << 10];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                inflated += n;
                if (out.size() > MAX_ENTRY_BYTES || inflated > MAX_TOTAL_BYTES) {
                    throw new UserError(path + ": " + name + " inflates to more than "
                            + (out.size() > MAX_ENTRY_BYTES ? MAX_ENTRY_BYTES >> 20 : MAX_TOTAL_BYTES >> 20)
                            + " MB, more than any book holds (a zip bomb?); refusing it");
                }
            }
            return Optional.of(out.toByteArray());
        } catch (ZipException e) {
            throw new UserError(path + ": the " + kind + " is damaged (" + name + ": " + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new UserError(path + ": cannot read " + name + " in the " + kind + ": " + e.getMessage(), e);
        }
    }

    /**
     * An XML or XHTML entry as text, in the encoding its byte-order mark or declaration names (UTF-8
     * otherwise). One that declares its own entities is refused: no e-book needs them.
     */
    Optional<String> text(String name) throws UserError {
        Optional<byte[]> bytes = bytes(name);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(xmlText(bytes.get(), path + ": " + name));
    }

    /**
     * An XML document's bytes as text, in the encoding its byte-order mark or declaration names (UTF-8
     * otherwise). One that declares its own entities is refused: no book needs them.
     *
     * @param where the document as messages name it: "book.epub: OEBPS/content.opf"
     */
    static String xmlText(byte[] bytes, String where) throws UserError {
        String text = decode(bytes);
        int prologueEnd = text.indexOf('>', Math.max(0, text.indexOf("<!DOCTYPE")));
        if (INTERNAL_SUBSET.matcher(text.substring(0, Math.min(text.length(), Math.max(prologueEnd, 0) + 1)))
                .find()) {
            throw new UserError(where + " declares XML entities of its own (a DTD), which no book "
                    + "needs and which can be an attack; refusing it");
        }
        return text;
    }

    private static String article(String kind) {
        return ("AEIOU".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    private static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        String head = new String(bytes, start, Math.min(200, bytes.length - start), StandardCharsets.ISO_8859_1);
        Matcher declared = XML_ENCODING.matcher(head);
        Charset charset = StandardCharsets.UTF_8;
        try {
            // A UTF-8 byte-order mark outweighs the declaration, and bytes that spell "<?xml" in ASCII are
            // no UTF-16 or UTF-32, whatever the declaration says.
            if (start == 0 && declared.find() && Charset.isSupported(declared.group(1))
                    && !declared.group(1).toUpperCase(java.util.Locale.ROOT).matches("UTF-?(16|32).*")) {
                charset = Charset.forName(declared.group(1));
            }
        } catch (IllegalArgumentException e) {
            // A name no charset has: read it as UTF-8, as EPUB requires.
        }
        return new String(bytes, start, bytes.length - start, charset);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // Only read from: nothing is lost.
        }
    }
}
