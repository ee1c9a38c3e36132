package dev.audiobook.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FileNamesTest {
    @Test
    void inputsOfOneNameAreToldApartByExtensionElseFolderElseNumberWhateverTheOrder() {
        List<Path> inputs = List.of(Path.of("/books/a/story.txt"), Path.of("/books/a/story.md"),
                Path.of("/books/b/story.txt"), Path.of("/books/c/b/story.txt"), Path.of("/books/a/Story (txt).txt"),
                Path.of("/books/a/other.txt"));
        Map<Path, String> expected = Map.of(Path.of("/books/a/story.md"), "story",
                Path.of("/books/a/story.txt"), "story (2)", // its extension and folder name are taken
                Path.of("/books/b/story.txt"), "story (b)",
                Path.of("/books/c/b/story.txt"), "story (3)",
                Path.of("/books/a/Story (txt).txt"), "Story (txt)",
                Path.of("/books/a/other.txt"), "other");

        for (int shuffle = 0; shuffle < 5; shuffle++) {
            List<Path> given = new ArrayList<>(inputs);
            Collections.shuffle(given, new java.util.Random(shuffle));
            Map<Path, String> names = FileNames.baseNames(given);

            assertThat(names).isEqualTo(expected);
            assertThat(names.keySet()).containsExactlyElementsOf(given);
        }
    }

    @Test
    void aNameIsToldApartByItsExtensionWhenThatDiffersAndTheSameInputTwiceIsOneBook() {
        Map<Path, String> names = FileNames.baseNames(List.of(Path.of("/in/story.txt"), Path.of("/in/story.md"),
                Path.of("/in/./story.md")));

        assertThat(names).containsEntry(Path.of("/in/story.md"), "story")
                .containsEntry(Path.of("/in/./story.md"), "story")
                .containsEntry(Path.of("/in/story.txt"), "story (txt)");
    }
}
