package dev.audiobook.read;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A FictionBook's embedded pictures ({@code <binary>} elements, base64), taken out of its bytes before
 * the XML is parsed: they are most of a book's size, and none of its words, so the parsed document stays
 * the size of the text. Base64 is ASCII in every encoding an FB2 is written in but UTF-16, whose bytes are
 * left whole.
 *
 * @param xml the document's bytes without its binaries
 */
record FictionBookBinaries(byte[] xml, byte[] source, Map<String, int[]> ranges) {
    private static final byte[] ROOT = "<FictionBook".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] START = "<binary".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "</binary>".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern ID = Pattern.compile("\\sid\\s*=\\s*[\"']([^\"']*)[\"']");

    static FictionBookBinaries of(byte[] bytes) {
        Map<String, int[]> ranges = new HashMap<>();
        int from = indexOf(bytes, ROOT, 0);
        if (from < 0 || bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0 || (bytes[0] & 0xff) == 0xfe
                || (bytes[0] & 0xff) == 0xff)) {
            return new FictionBookBinaries(bytes, bytes, ranges);
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream(Math.min(bytes.length, 1 << 20));
        int copied = 0;
        for (int start = indexOf(bytes, START, from); start >= 0; start = indexOf(bytes, START, from)) {
            int after = start + START.length;
            int tagEnd = after < bytes.length && (bytes[after] == '>' || (bytes[after] & 0xff) <= ' ') ? indexOf(bytes, ">", after) : -1;
            int end = tagEnd < 0 ? -1 : indexOf(bytes, END, tagEnd);
            if (end < 0) {
                from = after;
                if (tagEnd < 0) {
                    continue;
                }
                break;
            }
            Matcher id = ID.matcher(new String(bytes, start, tagEnd - start, StandardCharsets.ISO_8859_1));
            if (id.find()) {
                ranges.putIfAbsent(id.group(1), new int[] {tagEnd + 1, end});
            }
            xml.write(bytes, copied, start - copied);
            copied = end + END.length;
            from = copied;
        }
        if (copied == 0) {
            return new FictionBookBinaries(bytes, bytes, ranges); // no pictures: nothing to copy
        }
        xml.write(bytes, copied, bytes.length - copied);
        return new FictionBookBinaries(xml.toByteArray(), bytes, ranges);
    }

    /** The binary of this id, decoded; empty when there is none, or broken when its base64 is. */
    Optional<byte[]> decoded(String id) throws IllegalArgumentException {
        int[] range = ranges.get(id);
        if (range == null) {
            return Optional.empty();
        }
        byte[] base64 = new byte[range[1] - range[0]];
        System.arraycopy(source, range[0], base64, 0, base64.length);
        return Optional.of(Base64.getMimeDecoder().decode(base64));
    }

    private static int indexOf(byte[] bytes, String ascii, int from) {
        return indexOf(bytes, ascii.getBytes(StandardCharsets.US_ASCII), from);
    }

    private static int indexOf(byte[] bytes, byte[] what, int from) {
        outer:
        for (int i = Math.max(0, from); i <= bytes.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
