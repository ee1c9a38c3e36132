package dev.audiobook.text;

import dev.audiobook.UserError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/** Reads a text file into a string: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252. */
public final class TextLoader {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextLoader() {}

    public static String load(Path path) throws UserError {
        if (Files.isDirectory(path)) {
            throw new UserError(path + ": is a folder, not a text file");
        }
        if (!Files.exists(path)) {
            throw new UserError(path + ": no such file");
        }
        String text;
        try (BOMInputStream in = BOMInputStream.builder()
                .setPath(path)
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE)
                .get()) {
            ByteOrderMark bom = in.getBOM();
            byte[] bytes = in.readAllBytes();
            if (bom != null) {
                text = new String(bytes, bom.getCharsetName());
            } else {
                if (looksBinary(bytes)) {
                    throw new UserError(path + ": not a text file (it holds binary data); give a plain-text .txt file");
                }
                text = decodeWithoutBom(bytes);
            }
        } catch (AccessDeniedException e) {
            throw new UserError(path + ": cannot read the file: permission denied", e);
        } catch (NoSuchFileException e) {
            throw new UserError(path + ": no such file", e);
        } catch (IOException e) {
            throw new UserError(path + ": cannot read the file: " + e.getMessage(), e);
        }
        if (text.isBlank()) {
            throw new UserError(path + ": the file is empty; there is nothing to read aloud");
        }
        return text;
    }

    private static String decodeWithoutBom(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            // Word processors on Windows still save "ANSI" text; Windows-1252 is a superset of Latin-1.
            return new String(bytes, WINDOWS_1252);
        }
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
