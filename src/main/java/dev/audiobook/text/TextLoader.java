package dev.audiobook.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import dev.audiobook.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reads a text file into a string. The encoding is the one given, else the byte-order mark's, else UTF-8
 * when the bytes are valid UTF-8, else UTF-16 when ICU's detector is sure of it, else Windows-1252 (which
 * reads ISO-8859-1 text the same, and the "ANSI" text of Windows word processors right).
 */
public final class TextLoader {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int UTF16_CONFIDENCE = 60;
    private static final int MIN_WELL_FORMED_PER_BROKEN = 4;

    /** Nearly four times the longest books (the King James Bible is 4.3 MB), and what the launcher's heap can plan. */
    public static final long MAX_TEXT_BYTES = 16 << 20;

    private TextLoader() {}

    public static LoadedText load(Path path) throws UserError {
        return load(path, Optional.empty());
    }

    public static LoadedText load(Path path, Optional<Charset> encoding) throws UserError {
        if (Files.isDirectory(path)) {
            throw new UserError(path + ": is a folder, not a text file");
        }
        if (!Files.exists(path)) {
            throw new UserError(path + ": no such file");
        }
        LoadedText loaded;
        try {
            long size = Files.size(path);
            if (size > MAX_TEXT_BYTES) {
                throw new UserError(path + ": the file is " + (size >> 20) + " MB, more text than any book holds (the "
                        + "longest novels are under 5 MB); refusing it");
            }
            byte[] raw = Files.readAllBytes(path);
            try (BOMInputStream in = BOMInputStream.builder()
                    .setByteArray(raw)
                    .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE)
                    .get()) {
                ByteOrderMark bom = in.getBOM();
                byte[] bytes = in.readAllBytes();
                Charset charset;
                String text;
                if (encoding.isPresent()) {
                    charset = encoding.get();
                    text = new String(bytes, charset);
                } else if (bom != null) {
                    charset = Charset.forName(bom.getCharsetName());
                    text = new String(bytes, charset);
                } else {
                    Decoded decoded = decodeWithoutBom(path, bytes);
                    charset = decoded.charset();
                    text = decoded.text();
                }
                loaded = new LoadedText(text, charset, digest(raw));
            }
        } catch (IOException e) {
            throw UserError.cannotRead(path, e);
        }
        if (loaded.text().isBlank()) {
            throw new UserError(path + ": the file is empty; there is nothing to read aloud");
        }
        return loaded;
    }

    /** The SHA-256 of a file's bytes as {@link LoadedText#digest} gives it, to tell whether it changed since. */
    public static String digestOf(Path path) throws IOException {
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static String digest(byte[] raw) {
        return HexFormat.of().formatHex(sha256().digest(raw));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private record Decoded(String text, Charset charset) {}

    private static Decoded decodeWithoutBom(Path path, byte[] bytes) throws UserError {
        Optional<String> utf8 = strictUtf8(bytes);
        if (utf8.isPresent() && !looksBinary(bytes)) {
            return new Decoded(utf8.get(), StandardCharsets.UTF_8);
        }
        if (isDamagedUtf8(bytes) && !looksBinary(bytes)) {
            return new Decoded(lenientUtf8(bytes), StandardCharsets.UTF_8);
        }
        Optional<Charset> utf16 = utf16WithoutBom(bytes);
        if (utf16.isPresent()) {
            return new Decoded(new String(bytes, utf16.get()), utf16.get());
        }
        if (looksBinary(bytes)) {
            throw new UserError(path + ": not a text file (it holds binary data); give the book as .epub, .pdf, .docx, .odt, .fb2, .rtf, .html, .txt or .md");
        }
        return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    /**
     * UTF-8 with a few broken sequences, as a file cut short in its last character or a copy with a
     * damaged stretch: its well-formed sequences of two or more bytes far outnumber the broken ones.
     * Windows-1252 text almost never forms one, as its accented letters are single bytes among ASCII.
     */
    static boolean isDamagedUtf8(byte[] bytes) {
        int wellFormed = 0;
        int broken = 0;
        for (int i = 0; i < bytes.length; ) {
            int b = bytes[i] & 0xff;
            int length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3
                    : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
            int continued = 1;
            while (length > 1 && continued < length && i + continued < bytes.length
                    && (bytes[i + continued] & 0xc0) == 0x80) {
                continued++;
            }
            if (length == 1) {
                i++;
            } else if (length > 1 && continued == length) {
                wellFormed++;
                i += length;
            } else {
                broken++;
                i += Math.max(1, continued);
            }
        }
        return broken > 0 && wellFormed >= MIN_WELL_FORMED_PER_BROKEN * broken;
    }

    /** The text without its broken sequences. */
    private static String lenientUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.IGNORE)
                    .onUnmappableCharacter(CodingErrorAction.IGNORE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException cannotHappen) {
            throw new IllegalStateException("a decoder that ignores errors reported one", cannotHappen);
        }
    }

    private static Optional<Charset> utf16WithoutBom(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch best = detector.detect();
        if (best != null && best.getName().startsWith("UTF-16") && best.getConfidence() >= UTF16_CONFIDENCE) {
            return Optional.of(Charset.forName(best.getName()));
        }
        return Optional.empty();
    }

    /** Text has no NUL bytes and almost no control characters other than tab, line feed and carriage return. */
    static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return sample > 0 && control * 100 > sample;
    }
}
