package dev.audiobook.book;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.AudiobookBuilder;
import dev.audiobook.AudiobookPlan;
import dev.audiobook.BookOptions;
import dev.audiobook.UserError;
import dev.audiobook.tts.VoiceProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@code chapters/NAME.txt} (or {@code NAME.html}) fixture is read and laid out as the command does it, and compared with
 * {@code NAME.expected}: title, author, encoding, and every track with the input line where it starts and
 * its spoken segments and pauses.
 * Adding a case is adding two files. Run with {@code -Dgolden.update=true} to rewrite the expectations
 * (then read the diff).
 */
class ChapterGoldenTest {
    private static final Path FIXTURES = Path.of("src/test/resources/chapters");

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") || n.endsWith(".html"))
                    .sorted()
                    .toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void layoutMatchesExpected(String fileName) throws Exception {
        String actual = layout(FIXTURES.resolve(fileName));
        Path expectedFile = FIXTURES.resolve(fileName.substring(0, fileName.lastIndexOf('.')) + ".expected");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }

    static String layout(Path fixture) throws UserError {
        BookOptions options = new BookOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                VoiceProfile.DEFAULT.voice(), 1, VoiceProfile.DEFAULT.pauses(),
                dev.audiobook.audio.Loudness.Target.ACX, false,
                dev.audiobook.output.Delivery.WAV, false, Optional.empty(), Optional.empty());
        AudiobookPlan plan = new AudiobookBuilder(options).plan(fixture, Path.of("out"));
        Book book = plan.book();
        StringBuilder out = new StringBuilder();
        out.append("title: ").append(book.title()).append('\n');
        out.append("author: ").append(book.author()).append('\n');
        out.append("encoding: ").append(plan.charset().name()).append('\n');
        for (Segment s : plan.segments()) {
            if (s.opensChapter()) {
                Chapter chapter = book.chapters().get(s.chapterIndex());
                out.append("track: ").append(chapter.title()).append("  @ line ").append(chapter.line()).append('\n');
            }
            out.append("  ").append(s.pauseBeforeMillis()).append(" ms | ").append(s.text()).append('\n');
        }
        return out.toString();
    }
}
