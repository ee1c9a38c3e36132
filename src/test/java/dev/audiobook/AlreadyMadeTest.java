package dev.audiobook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.book.Pauses;
import dev.audiobook.render.SynthesisProgress;
import dev.audiobook.tts.VoiceSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run can tell, without reading the book, that the same bytes were made the same way into the same folder
 * and are still there; anything else that could change what is made means the book is planned again.
 */
class AlreadyMadeTest {
    private static final Optional<String> BUILD = Optional.of("audiobook.jar 123 456 java 17 en_US");

    @TempDir
    Path dir;

    @Test
    void theSameBytesOptionsAndBuildWithTheFilesAsTheyWereAreAlreadyMade() throws Exception {
        Path story = story();
        Path out = dir.resolve("out");
        AudiobookBuilder.BuildResult made = build(builder(Pauses.DEFAULT, BUILD), story, out);

        Optional<Double> seconds = builder(Pauses.DEFAULT, BUILD).alreadyMade(story, out);

        assertThat(seconds).contains(made.audioSeconds());
    }

    @Test
    void anEditOtherOptionsAnotherBuildOrAChangedFileAreNotAlreadyMade() throws Exception {
        Path story = story();
        Path out = dir.resolve("out");
        build(builder(Pauses.DEFAULT, BUILD), story, out);

        assertThat(builder(new Pauses(900, 2000), BUILD).alreadyMade(story, out)).isEmpty();
        assertThat(builder(Pauses.DEFAULT, Optional.of("audiobook.jar 124 456 java 17 en_US")).alreadyMade(story, out))
                .isEmpty();
        assertThat(builder(Pauses.DEFAULT, Optional.empty()).alreadyMade(story, out)).isEmpty();

        Files.writeString(out.resolve("story.cue"), "edited by hand");
        assertThat(builder(Pauses.DEFAULT, BUILD).alreadyMade(story, out)).isEmpty();
        build(builder(Pauses.DEFAULT, BUILD), story, out);
        assertThat(builder(Pauses.DEFAULT, BUILD).alreadyMade(story, out)).isPresent();

        // Edited, and given back its old time as some copy tools do: the bytes still tell.
        FileTime before = Files.getLastModifiedTime(story);
        Files.writeString(story, Files.readString(story).replace("river", "sea"));
        Files.setLastModifiedTime(story, before);
        assertThat(builder(Pauses.DEFAULT, BUILD).alreadyMade(story, out)).isEmpty();
    }

    @Test
    void aBookSplitIntoChapterFilesIsAlreadyMadeUntilOneOfThemChanges() throws Exception {
        Path story = story();
        Path out = dir.resolve("out");
        AudiobookBuilder.BuildResult made = build(builder(Pauses.DEFAULT, BUILD, true), story, out);

        assertThat(builder(Pauses.DEFAULT, BUILD, true).alreadyMade(story, out)).contains(made.audioSeconds());
        assertThat(builder(Pauses.DEFAULT, BUILD).alreadyMade(story, out)).isEmpty();

        Files.writeString(out.resolve("story - 02 - Chapter 2.wav"), "edited by hand");
        assertThat(builder(Pauses.DEFAULT, BUILD, true).alreadyMade(story, out)).isEmpty();
    }

    @Test
    void booksOfOneFileNameInTwoFoldersAreEachAlreadyMadeUnderTheirOwnName() throws Exception {
        Path a = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("story.txt"), "The road was quiet.");
        Path b = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("story.txt"), "Nobody slept.");
        Path out = dir.resolve("out");
        AudiobookBuilder.BuildResult madeA = build(builder(Pauses.DEFAULT, BUILD), a, "story", out);
        AudiobookBuilder.BuildResult madeB = build(builder(Pauses.DEFAULT, BUILD), b, "story (b)", out);

        assertThat(builder(Pauses.DEFAULT, BUILD).alreadyMade(a, "story", out)).contains(madeA.audioSeconds());
        assertThat(builder(Pauses.DEFAULT, BUILD).alreadyMade(b, "story (b)", out)).contains(madeB.audioSeconds());
        assertThat(builder(Pauses.DEFAULT, BUILD).alreadyMade(b, "story", out)).isEmpty();
    }

    @Test
    void aBookWhoseFilesAnotherInputWroteOverSinceIsNotAlreadyMade() throws Exception {
        Path markdown = Files.writeString(dir.resolve("story.md"), "The road was quiet.");
        Path text = Files.writeString(dir.resolve("story.txt"), "They came back before dark, and the house was warm.");
        Path out = dir.resolve("out");
        build(builder(Pauses.DEFAULT, BUILD), markdown, "story", out);
        // A later run given only the text names its book after it, as the markdown's was.
        build(builder(Pauses.DEFAULT, BUILD), text, "story", out);

        assertThat(builder(Pauses.DEFAULT, BUILD).alreadyMade(markdown, "story", out)).isEmpty();
    }

    private Path story() throws Exception {
        return Files.writeString(dir.resolve("story.txt"),
                "Chapter 1\n\nThe river ran past the mill.\n\nChapter 2\n\nThe road went up the hill.\n");
    }

    private static AudiobookBuilder builder(Pauses pauses, Optional<String> build) {
        return builder(pauses, build, false);
    }

    private static AudiobookBuilder builder(Pauses pauses, Optional<String> build, boolean split) {
        return new AudiobookBuilder(new BookOptions(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), VoiceSettings.DEFAULT, 2, pauses, dev.audiobook.audio.Loudness.Target.ACX, true, dev.audiobook.output.Delivery.WAV, split,
                Optional.empty(), Optional.empty()), build, warning -> {});
    }

    private static AudiobookBuilder.BuildResult build(AudiobookBuilder builder, Path story, Path out) throws Exception {
        return build(builder, story, "story", out);
    }

    private static AudiobookBuilder.BuildResult build(AudiobookBuilder builder, Path story, String baseName, Path out)
            throws Exception {
        try (builder) {
            return builder.build(builder.plan(story, baseName, out), SynthesisProgress.NONE);
        }
    }
}
