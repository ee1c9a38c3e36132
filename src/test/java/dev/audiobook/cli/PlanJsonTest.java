package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.audiobook.testing.CommandRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --dry-run --json} parses, says what the text plan says, and points each track at its input line. */
class PlanJsonTest {
    private static final Path FIXTURES = Path.of("src/test/resources/chapters");
    private static final Pattern TRACK_LINE =
            Pattern.compile("^ {2}(\\d{2,3}) {2}(.*?) {2}\\((\\d+) segments?, about (.*)\\)$", Pattern.MULTILINE);

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theJsonPlanAgreesWithTheTextPlan(Path fixture) throws IOException {
        CommandRun text = CommandRun.of(fixture.toString(), "--dry-run", "-o", "out");
        CommandRun json = CommandRun.of(fixture.toString(), "--dry-run", "--json", "-o", "out");
        assertThat(text.exitCode()).as(text.stderr()).isZero();
        assertThat(json.exitCode()).as(json.stderr()).isZero();
        assertThat(json.stdout().strip().lines()).as("one line per book").hasSize(1);
        JsonObject plan = JsonParser.parseString(json.stdout()).getAsJsonObject();

        assertThat(text.stdout()).contains("Title: " + plan.get("title").getAsString() + "\n");
        assertThat(text.stdout()).contains("Encoding: " + plan.get("encoding").getAsString() + "\n");
        String author = plan.get("author").getAsString();
        assertThat(text.stdout()).contains("Author: " + (author.isEmpty() ? "(unknown)" : author) + "\n");

        List<String> textTracks = new ArrayList<>();
        Matcher m = TRACK_LINE.matcher(text.stdout());
        while (m.find()) {
            textTracks.add(m.group(2) + " / " + m.group(3));
        }
        List<String> jsonTracks = new ArrayList<>();
        List<String> input = Files.readAllLines(fixture, StandardCharsets.ISO_8859_1);
        double seconds = 0;
        int segments = 0;
        for (JsonElement volume : plan.getAsJsonArray("volumes")) {
            JsonArray files = volume.getAsJsonObject().getAsJsonArray("files");
            assertThat(text.stdout()).contains(files.get(0).getAsString());
            for (JsonElement t : volume.getAsJsonObject().getAsJsonArray("tracks")) {
                JsonObject track = t.getAsJsonObject();
                jsonTracks.add(track.get("title").getAsString() + " / " + track.get("segments").getAsInt());
                seconds += track.get("estimatedSeconds").getAsDouble();
                segments += track.get("segments").getAsInt();
                int line = track.get("line").getAsInt();
                assertThat(line).as("line of %s", track).isBetween(1, input.size());
                assertThat(input.get(line - 1)).as("line %d, where %s starts", line, track).isNotBlank();
                if (fixture.toString().endsWith(".html")) {
                    // The line of the HTML file, not of the text read from it: the heading's own line.
                    String firstWord = track.get("title").getAsString().split("[^\\p{L}\\p{N}]+")[0];
                    assertThat(input.get(line - 1).toLowerCase(Locale.ROOT))
                            .as("line %d, where %s starts", line, track)
                            .contains("<h", firstWord.toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(jsonTracks).isEqualTo(textTracks).isNotEmpty();
        assertThat(segments).isEqualTo(plan.get("segments").getAsInt());
        assertThat(seconds).isCloseTo(plan.get("estimatedSeconds").getAsDouble(), within(0.1 * jsonTracks.size() + 0.1));
    }

    @Test
    void tracksStartAtTheirHeadingsLineInTheFileEvenPastGutenbergsHeaderAndRemovedPictures(
            @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String book = String.join("\n",
                "The Project Gutenberg eBook of A Test",
                "",
                "Title: A Test",
                "",
                "*** START OF THE PROJECT GUTENBERG EBOOK A TEST ***",
                "",
                "Produced by Someone",
                "and Someone Else",
                "",
                "CHAPTER I.",
                "",
                "[Illustration: a picture",
                "over three",
                "lines]",
                "",
                "The first chapter has a sentence or two of running text in it, enough to be a chapter.[1]",
                "",
                "[1] A footnote that",
                "runs over two lines.",
                "",
                "[Illustration: A Ball",
                "",
                "Chapter II.]",
                "",
                "The second chapter's heading is printed only in its picture, and it has text too.",
                "",
                "*** END OF THE PROJECT GUTENBERG EBOOK A TEST ***",
                "");
        Path file = dir.resolve("a-test.txt");
        Files.writeString(file, book.replace("\n", "\r\n"), StandardCharsets.UTF_8);
        CommandRun json = CommandRun.of(file.toString(), "--dry-run", "--json", "-o", dir.resolve("out").toString());
        assertThat(json.exitCode()).as(json.stderr()).isZero();
        JsonArray tracks = JsonParser.parseString(json.stdout()).getAsJsonObject().getAsJsonArray("volumes")
                .get(0).getAsJsonObject().getAsJsonArray("tracks");
        assertThat(tracks).hasSize(2);
        assertThat(tracks.get(0).getAsJsonObject().get("line").getAsInt()).isEqualTo(10);
        assertThat(tracks.get(1).getAsJsonObject().get("line").getAsInt()).isEqualTo(23);
    }

    @Test
    void jsonWithoutDryRunIsACommandLineError() {
        CommandRun run = CommandRun.of("--json", "input");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("--json prints the plan");
    }
}
