package dev.audiobook.output;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * The small text files the cache keeps its records in, each written whole or not at all, its last line a
 * CRC-32C of all the bytes before it. A record whose checksum does not hold is thrown away, with a warning,
 * and whatever it vouched for is made again; one without a checksum line was written by an earlier version
 * and is not used either.
 */
final class RecordFiles {
    private static final String CHECKSUM = "# crc32c ";

    private RecordFiles() {}

    /**
     * The record's lines without its checksum line, or none when it is missing, unreadable or damaged.
     *
     * @param warnings told of a damaged record, in one line ending with {@code consequence}
     */
    static Optional<List<String>> readLines(Path file, Consumer<String> warnings, String consequence) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException notThere) {
            return Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty(); // writing it again will say what is wrong
        }
        if (!new String(bytes, StandardCharsets.ISO_8859_1).contains(CHECKSUM)) {
            return Optional.empty();
        }
        int lastLine = lastLineStart(bytes);
        String last = new String(bytes, lastLine, bytes.length - lastLine, StandardCharsets.ISO_8859_1);
        try {
            if (last.equals(checksumLine(bytes, lastLine))) {
                String content = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, lastLine)).toString();
                return Optional.of(content.lines().toList());
            }
        } catch (CharacterCodingException damaged) {
            // as damaged as a wrong checksum
        }
        warnings.accept(file + " was damaged; " + consequence);
        try {
            Files.deleteIfExists(file);
        } catch (IOException leftInPlace) {
            // it is checked, and found damaged, again next time
        }
        return Optional.empty();
    }

    static void writeLines(Path file, List<String> lines) throws IOException {
        StringBuilder content = new StringBuilder();
        lines.forEach(line -> content.append(line).append('\n'));
        byte[] bytes = content.toString().getBytes(StandardCharsets.UTF_8);
        content.append(checksumLine(bytes, bytes.length));
        Files.createDirectories(file.getParent());
        try (AtomicFile atomic = AtomicFile.create(file)) {
            Files.writeString(atomic.path(), content, StandardCharsets.UTF_8);
            atomic.commit();
        }
    }

    /** A record of properties, or none when it is missing, unreadable or damaged. */
    static Optional<Properties> read(Path file, Consumer<String> warnings, String consequence) {
        return readLines(file, warnings, consequence).flatMap(lines -> {
            Properties p = new Properties();
            try {
                p.load(new StringReader(String.join("\n", lines)));
                return Optional.of(p);
            } catch (IOException | RuntimeException unreadable) {
                return Optional.empty();
            }
        });
    }

    static void write(Path file, Properties record, String comment) throws IOException {
        StringWriter text = new StringWriter();
        record.store(text, comment);
        writeLines(file, text.toString().lines().toList());
    }

    private static int lastLineStart(byte[] bytes) {
        int end = bytes.length > 0 && bytes[bytes.length - 1] == '\n' ? bytes.length - 1 : bytes.length;
        for (int i = end - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    private static String checksumLine(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return CHECKSUM + HexFormat.of().toHexDigits((int) crc.getValue()) + "\n";
    }
}
