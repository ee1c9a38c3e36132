package dev.audiobook.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs the commonest mojibake: UTF-8 that was once read as Windows-1252, so that "â€™" is "’" again
 * and "Ã©" is "é". Only byte sequences that form valid UTF-8 are repaired; everything else is kept.
 * Replacement characters (U+FFFD), debris of an earlier failed decoding, are removed.
 */
public final class Mojibake {
    private Mojibake() {}

    public static String repair(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int lead = windows1252Byte(c);
            int length = utf8SequenceLength(lead);
            if (length > 1 && i + length <= text.length()) {
                byte[] bytes = new byte[length];
                bytes[0] = (byte) lead;
                boolean continuation = true;
                for (int k = 1; k < length && continuation; k++) {
                    int b = windows1252Byte(text.charAt(i + k));
                    continuation = b >= 0x80 && b <= 0xBF;
                    bytes[k] = (byte) b;
                }
                if (continuation) {
                    String decoded = decodeUtf8(bytes);
                    if (decoded != null) {
                        out.append(decoded);
                        i += length;
                        continue;
                    }
                }
            }
            if (c != '\uFFFD') {
                out.append(c);
            }
            i++;
        }
        return out.toString().replace("\uFFFD", "");
    }

    /** The byte Windows-1252 gives this character, or -1; C1 controls stand for the bytes 1252 leaves undefined. */
    private static int windows1252Byte(char c) {
        if (c < 0x80) {
            return -1;
        }
        if (c <= 0xFF) {
            return c;
        }
        CharsetEncoder encoder = TextLoader.WINDOWS_1252.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer b = encoder.encode(CharBuffer.wrap(new char[] {c}));
            return b.remaining() == 1 ? b.get() & 0xFF : -1;
        } catch (CharacterCodingException e) {
            return -1;
        }
    }

    private static int utf8SequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0;
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
