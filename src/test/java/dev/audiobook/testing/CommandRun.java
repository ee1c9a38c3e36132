package dev.audiobook.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.audiobook.cli.AudiobookCommand;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command run in-process, as a user runs it, with what it printed. */
public record CommandRun(int exitCode, String stdout, String stderr) {
    public static CommandRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = AudiobookCommand.run(args, out, err);
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The track titles of a {@code --json} plan, every volume's, in order. */
    public static List<String> trackTitles(String json) {
        List<String> titles = new ArrayList<>();
        for (JsonElement volume : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("volumes")) {
            for (JsonElement track : volume.getAsJsonObject().getAsJsonArray("tracks")) {
                titles.add(track.getAsJsonObject().get("title").getAsString());
            }
        }
        return titles;
    }

    /** The track titles of the book's plan ({@code --dry-run --json}), which must succeed. */
    public static List<String> plannedTrackTitles(Path book, Path outputDir) {
        CommandRun plan = of(book.toString(), "--dry-run", "--json", "-o", outputDir.toString());
        assertThat(plan.exitCode()).as(plan.stderr()).isZero();
        return trackTitles(plan.stdout());
    }
}
