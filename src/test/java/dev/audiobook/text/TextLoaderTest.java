package dev.audiobook.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.audiobook.UserError;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextLoaderTest {
    @TempDir
    Path dir;

    @Test
    void readsUtf8WithAndWithoutBom() throws Exception {
        Path plain = write("plain.txt", "Caf\u00e9 \u2014 na\u00efve".getBytes(StandardCharsets.UTF_8));
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Caf\u00e9 \u2014 na\u00efve".getBytes(StandardCharsets.UTF_8));
        Path bom = write("bom.txt", withBom);

        assertThat(TextLoader.load(plain).text()).isEqualTo("Caf\u00e9 \u2014 na\u00efve");
        assertThat(TextLoader.load(bom).text()).isEqualTo("Caf\u00e9 \u2014 na\u00efve");
    }

    @Test
    void readsUtf16WithBom() throws Exception {
        Path le = write("le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Chapter 1\r\n\r\nIt rained.".getBytes(StandardCharsets.UTF_16LE)));
        Path be = write("be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                "Chapter 1\n\nIt rained.".getBytes(StandardCharsets.UTF_16BE)));

        assertThat(TextLoader.load(le).text()).isEqualTo("Chapter 1\r\n\r\nIt rained.");
        assertThat(TextLoader.load(be).text()).isEqualTo("Chapter 1\n\nIt rained.");
    }

    @Test
    void fallsBackToWindows1252WhenTheBytesAreNotUtf8() throws Exception {
        Path ansi = write("ansi.txt", "\u201CCaf\u00e9,\u201D she said \u2013 twice.".getBytes(Charset.forName("windows-1252")));

        assertThat(TextLoader.load(ansi).text()).isEqualTo("\u201CCaf\u00e9,\u201D she said \u2013 twice.");
    }

    @Test
    void refusesEmptyAndWhitespaceOnlyFiles() throws Exception {
        Path empty = write("empty.txt", new byte[0]);
        Path blank = write("blank.txt", " \r\n\t\n  \n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> TextLoader.load(empty)).isInstanceOf(UserError.class)
                .hasMessage(empty + ": the file is empty; there is nothing to read aloud");
        assertThatThrownBy(() -> TextLoader.load(blank)).isInstanceOf(UserError.class)
                .hasMessageContaining(blank.toString()).hasMessageContaining("empty");
    }

    @Test
    void refusesBinaryFiles() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path image = write("picture.txt", png);

        assertThatThrownBy(() -> TextLoader.load(image)).isInstanceOf(UserError.class)
                .hasMessageStartingWith(image + ": not a text file");
    }

    @Test
    void refusesMissingFilesAndFolders() {
        Path missing = dir.resolve("missing.txt");

        assertThatThrownBy(() -> TextLoader.load(missing)).isInstanceOf(UserError.class)
                .hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> TextLoader.load(dir)).isInstanceOf(UserError.class)
                .hasMessage(dir + ": is a folder, not a text file");
    }

    @Test
    void refusesUnreadableFiles() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            System.err.println("SKIPPED: running as root, who reads files whatever their permissions; "
                    + "BadInputTest.unreadableFile covers an unreadable file instead");
        }
        assumeFalse(root, "root reads files whatever their permissions, so an unreadable file cannot be made here");
        Path secret = write("secret.txt", "words".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));

        assertThatThrownBy(() -> TextLoader.load(secret)).isInstanceOf(UserError.class)
                .hasMessage(secret + ": cannot read the file: permission denied");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
