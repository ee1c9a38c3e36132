package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.testing.CommandRun;
import dev.audiobook.testing.WavFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input ends with a non-zero exit code and one line on stderr naming the path and the problem:
 * no stack trace, no partial file, and the earlier output of the same name untouched.
 */
class BadInputTest {
    private static final byte[] EARLIER_WAV = "an earlier, good audiobook".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private Path out;

    @BeforeEach
    void earlierOutput() throws Exception {
        out = Files.createDirectories(dir.resolve("out"));
        Files.write(out.resolve("story.wav"), EARLIER_WAV);
        Files.writeString(out.resolve("story.cue"), "FILE \"story.wav\" WAVE\n");
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("story.txt");
        assertRefused(run(missing), missing + ": no such file or folder");
    }

    @Test
    void folderWithoutTextFiles() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("empty-folder"));
        Files.writeString(folder.resolve("notes.ods"), "not a book this tool reads");
        assertRefused(run(folder), folder + ": no books in this folder (.epub, .pdf, .docx, .odt, .fb2, .rtf, .html, .htm, .xhtml, .txt, .md); put a story there");
    }

    @Test
    void emptyFile() throws Exception {
        Path story = Files.write(dir.resolve("story.txt"), new byte[0]);
        assertRefused(run(story), story + ": the file is empty; there is nothing to read aloud");
    }

    @Test
    void whitespaceOnlyFile() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), "\r\n   \n\t\n");
        assertRefused(run(story), story + ": the file is empty; there is nothing to read aloud");
    }

    @Test
    void fileWithNoWordsToSpeak() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), "* * *\n\n---\n");
        assertRefused(run(story), story + ": there are no words to read aloud in this file");
    }

    @Test
    void aTextInOtherScriptsOnlyIsRefusedAndAMixedOneSaysWhatWasSkipped() throws Exception {
        Path chinese = Files.writeString(dir.resolve("chinese.txt"),
                "\u7b2c\u4e00\u7ae0\n\n\u6211\u4eec\u4eca\u5929\u53bb\u516c\u56ed\u3002\ud83d\ude00\n");
        assertRefused(run(chinese), chinese + ": there are no words the voice can read in this file: its 11 letters "
                + "and signs are in other scripts or emoji, and the voice speaks English");

        Path mixed = Files.writeString(dir.resolve("mixed.txt"),
                "The walk to the harbour took an hour. \u4f60\u597d!\n\nThey came back before dark.\n");
        CommandRun run = CommandRun.of(mixed.toString(), "--dry-run");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).isEqualTo("audiobook: warning: " + mixed
                + ": 2 characters in other scripts or emoji were skipped; the voice speaks English\n");
    }

    @Test
    void aThreeMillionLetterWordIsSkippedWithOneLineAndTheRunStaysShort() throws Exception {
        Path story = Files.writeString(dir.resolve("held.txt"), "The road was quiet.\n\n" + "a".repeat(3_000_000)
                + "\n\nThey came back before dark.\n");
        Path out = dir.resolve("held-out");

        long start = System.nanoTime();
        CommandRun run = CommandRun.of(story.toString(), "-o", out.toString(), "-q");
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).isEqualTo("audiobook: warning: " + story + ": 1 \"word\" that no language has was "
                + "skipped, the first in the chapter from line 3: aaaaaaaaaaaaaaaaaaaaaaaa\u2026 (3000000 characters)\n");
        assertThat(WavFile.read(out.resolve("held.wav")).durationSeconds()).isLessThan(15);
        System.out.printf("3,000,000-letter word: %.1f s%n", seconds);
    }

    @Test
    void binaryFile() throws Exception {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0};
        Path story = Files.write(dir.resolve("story.txt"), zip);
        assertRefused(run(story), story + ": this looks like a zip archive, which this tool does not read; give the "
                + "book as .epub, .pdf, .docx, .odt, .fb2, .rtf, .html, .txt or .md");
        Path noise = Files.write(dir.resolve("noise.txt"), new byte[] {1, 2, 0, 4, 5, 0, 7, 8});
        assertRefused(run(noise),
                noise + ": not a text file (it holds binary data); give the book as .epub, .pdf, .docx, .odt, .fb2, .rtf, .html, .txt or .md");
    }

    @Test
    void unreadableFile() throws Exception {
        // Reading this file fails with an I/O error even for root, for whom permissions do not apply.
        Path unreadable = Path.of("/proc/self/mem");
        CommandRun run = CommandRun.of(unreadable.toString(), "-o", out.toString());
        assertRefused(run, unreadable + ": cannot read the file: ");
    }

    @Test
    void outputPathIsAFile() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), "A short story.");
        Path file = Files.writeString(dir.resolve("output-file"), "I am a file");
        CommandRun run = CommandRun.of(story.toString(), "-o", file.toString());
        assertRefused(run, file.toAbsolutePath() + ": the output path is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("I am a file");
    }

    @Test
    void outputPathInsideAFile() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), "A short story.");
        Path file = Files.writeString(dir.resolve("output-file"), "I am a file");
        CommandRun run = CommandRun.of(story.toString(), "-o", file.resolve("sub").toString());
        assertRefused(run, file + ": the output path is a file, not a folder");
    }

    @Test
    void outputPathNotWritable() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), "A short story.");
        // /proc refuses new folders to everyone, root included.
        CommandRun run = CommandRun.of(story.toString(), "-o", "/proc/audiobook-output");
        assertRefused(run, "/proc/audiobook-output: cannot create the output folder: ");
    }

    @Test
    void aRunThatMadeNothingRemovesTheOutputFoldersItMadeAndNoOther() throws Exception {
        Path empty = Files.write(dir.resolve("story.txt"), new byte[0]);
        Path notZip = Files.writeString(dir.resolve("book.epub"), "plain words\n");
        Path newFolders = dir.resolve("new");
        Path existing = Files.createDirectories(dir.resolve("existing"));

        CommandRun run = CommandRun.of(empty.toString(), notZip.toString(), "-o", newFolders.resolve("out").toString());
        CommandRun intoExisting = CommandRun.of(empty.toString(), "-o", existing.toString());

        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1);
        assertThat(run.stderr().lines()).hasSize(2);
        assertThat(newFolders).doesNotExist();
        assertThat(intoExisting.exitCode()).isEqualTo(1);
        assertThat(existing).isEmptyDirectory();
    }

    @Test
    void badOptionIsAUsageError() {
        CommandRun run = CommandRun.of("--jobs", "0", "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("--jobs must be at least 1, not 0").doesNotContain("Exception");
    }

    private CommandRun run(Path input) {
        return CommandRun.of(input.toString(), "-o", out.toString());
    }

    private void assertRefused(CommandRun run, String expectedMessageStart) {
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr().lines()).singleElement().satisfies(line -> {
            assertThat(line).startsWith("audiobook: " + expectedMessageStart);
            assertThat(line).doesNotContain("Exception");
        });
        assertThat(run.stdout()).isEmpty();
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted()).containsExactly("story.cue", "story.wav");
            assertThat(Files.readAllBytes(out.resolve("story.wav"))).isEqualTo(EARLIER_WAV);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
