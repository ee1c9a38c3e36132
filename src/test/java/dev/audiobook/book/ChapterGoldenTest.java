package dev.audiobook.book;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.text.TextBlocks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@code chapters/NAME.txt} fixture is laid out as a book and compared with {@code NAME.expected}:
 * the title, what is spoken before the first chapter, and every track with its spoken segments.
 * Adding a case is adding two files.
 */
class ChapterGoldenTest {
    private static final Path FIXTURES = Path.of("src/test/resources/chapters");

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .sorted()
                    .toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void layoutMatchesExpected(String name) throws IOException {
        String text = Files.readString(FIXTURES.resolve(name + ".txt"), StandardCharsets.UTF_8);
        String expected = Files.readString(FIXTURES.resolve(name + ".expected"), StandardCharsets.UTF_8);

        assertThat(layout(text)).isEqualTo(expected);
    }

    static String layout(String text) {
        ChapterDetector.Detected detected = ChapterDetector.detect(TextBlocks.split(text), "Fallback Title");
        Book book = new Book(detected.title().orElse("Fallback Title"), "", detected.opening(), detected.chapters());
        List<Segment> segments = SegmentPlanner.plan(book, Pauses.DEFAULT);
        StringBuilder out = new StringBuilder("title: " + book.title() + "\n");
        detected.author().ifPresent(author -> out.append("author: ").append(author).append('\n'));
        for (Segment s : segments) {
            if (s.opensChapter()) {
                out.append("track: ").append(book.chapters().get(s.chapterIndex()).title()).append('\n');
            }
            out.append("  ").append(s.pauseBeforeMillis()).append(" ms | ").append(s.text()).append('\n');
        }
        return out.toString();
    }
}
