package dev.audiobook.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.AudiobookBuilder;
import dev.audiobook.AudiobookPlan;
import dev.audiobook.BookOptions;
import dev.audiobook.UserError;
import dev.audiobook.audio.Loudness;
import dev.audiobook.book.Segment;
import dev.audiobook.output.Delivery;
import dev.audiobook.tts.VoiceProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs untrusted bytes through the whole of planning, as {@code audiobook --dry-run} does: reading,
 * decoding, repair, Gutenberg stripping, blocks, chapters, segments and spoken text. A refusal
 * ({@link UserError}) is a right answer; any other exception, or a plan that breaks one of
 * {@link #checkSpeakable}'s rules, is a finding.
 */
final class FuzzedInputs {
    private static final Path FOLDER = temporaryFolder();
    private static final AudiobookBuilder BUILDER = new AudiobookBuilder(new BookOptions(Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), VoiceProfile.DEFAULT.voice(), 1,
            VoiceProfile.DEFAULT.pauses(), Loudness.Target.ACX, false, Delivery.WAV, false, Optional.empty(), Optional.empty()));

    private FuzzedInputs() {}

    /** The plan for these bytes as a file of this name, or none when the tool refuses them. */
    static Optional<AudiobookPlan> plan(byte[] bytes, String fileName) {
        Path file = FOLDER.resolve(fileName);
        try {
            Files.write(file, bytes);
            return Optional.of(BUILDER.plan(file, FOLDER.resolve("out")));
        } catch (UserError refused) {
            assertThat(refused.getMessage()).as("a refusal is one line").doesNotContain("\n").isNotBlank();
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the voice is given is words it can say, in pieces it can say in one breath. */
    static void checkSpeakable(AudiobookPlan plan) {
        int chapters = plan.book().chapters().size();
        int lastChapter = 0;
        for (Segment segment : plan.segments()) {
            String text = segment.text();
            assertThat(text).as("segment text").isNotBlank().hasSizeLessThanOrEqualTo(1500);
            assertThat(text.codePoints().anyMatch(Character::isLetterOrDigit)).as("has a word: %s", text).isTrue();
            assertThat(text).as("no marks the voice would spell out").doesNotContainPattern("[_*~`|<>\\\\^{}\\[\\]\"]");
            assertThat(text.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT))
                    .as("no control or invisible characters: %s", text).isTrue();
            assertThat(segment.chapterIndex()).isBetween(lastChapter, chapters - 1);
            assertThat(segment.pauseBeforeMillis()).isNotNegative();
            lastChapter = segment.chapterIndex();
        }
        assertThat(plan.volumes()).isNotEmpty();
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("audiobook-fuzz");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var files = Files.list(folder)) {
                    files.forEach(f -> f.toFile().delete());
                } catch (IOException ignored) {
                    // the system's temporary folder is cleaned in time
                }
                folder.toFile().delete();
            }));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
