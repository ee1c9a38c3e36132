package dev.audiobook.output;

import com.google.gson.stream.JsonWriter;
import dev.audiobook.book.Book;
import dev.audiobook.render.Renderer.Placement;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where each sentence's speech lies in a volume's audio, chapter by chapter, as JSON: what a read-along
 * output is made of. Kept with the records of the finished files, written whole or not at all:
 *
 * <pre>{"audio":"story.wav","chapters":[{"title":"One","sentences":[{"start":0.74,"end":2.318,"text":"..."}]}]}</pre>
 *
 * Times are in seconds from the start of the audio, to the millisecond; the text is the sentence as the
 * book writes it.
 */
public final class SentenceTimings {
    private SentenceTimings() {}

    public static void write(Path file, String audioName, Book book, List<Placement> placements, int sampleRate)
            throws IOException {
        Files.createDirectories(file.getParent());
        try (AtomicFile json = AtomicFile.create(file)) {
            try (Writer out = Files.newBufferedWriter(json.path(), StandardCharsets.UTF_8);
                    JsonWriter writer = new JsonWriter(out)) {
                writer.beginObject().name("audio").value(audioName).name("chapters").beginArray();
                int chapter = -1;
                for (Subtitles.Cue cue : Subtitles.cues(placements, SubtitleCues.SENTENCES)) {
                    if (cue.chapterIndex() != chapter) {
                        if (chapter >= 0) {
                            writer.endArray().endObject();
                        }
                        chapter = cue.chapterIndex();
                        writer.beginObject().name("title").value(book.chapters().get(chapter).title())
                                .name("sentences").beginArray();
                    }
                    writer.beginObject().name("start").value(seconds(cue.startFrame(), sampleRate))
                            .name("end").value(seconds(cue.endFrame(), sampleRate))
                            .name("text").value(cue.text()).endObject();
                }
                if (chapter >= 0) {
                    writer.endArray().endObject();
                }
                writer.endArray().endObject();
            }
            json.commit();
        }
    }

    private static double seconds(long frame, int sampleRate) {
        return Math.round(frame * 1000.0 / sampleRate) / 1000.0;
    }
}
