package dev.audiobook.cli;

import dev.audiobook.AudiobookPlan;
import dev.audiobook.UserError;
import dev.audiobook.Volume;
import dev.audiobook.book.Chapter;
import dev.audiobook.book.Segment;
import dev.audiobook.tts.Engine;
import dev.audiobook.tts.EngineVoice;
import dev.audiobook.tts.VoiceCatalog;
import dev.audiobook.tts.VoiceProfile;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the command prints for --dry-run (as text or JSON) and --list-voices. */
final class Reports {
    private Reports() {}

    /** "1 chapter", "12 chapters". */
    static String quantity(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** The plan of a book, and with showText every segment as it will be spoken. */
    static void plan(PrintWriter out, AudiobookPlan plan, boolean showText) {
        List<Chapter> chapters = plan.book().chapters();
        out.printf("%s%n", plan.source());
        out.printf("Title: %s%n", plan.book().title());
        out.printf("Author: %s%n", plan.book().author().isBlank() ? "(unknown)" : plan.book().author());
        out.printf("Encoding: %s%n", plan.charset().name());
        out.printf("Voice: %s (%s)%n", plan.voices().narratorName(), plan.voices().language());
        long tracks = plan.volumes().stream()
                .mapToLong(v -> v.segments().stream().filter(Segment::opensChapter).count()).sum();
        out.printf("%s, %s, about %s of audio%n", quantity(tracks, "chapter"),
                quantity(plan.segments().size(), "segment"), Durations.format(plan.estimatedSeconds()));
        for (Volume volume : plan.volumes()) {
            out.printf("%s -> %s, %s%n", volume.count() == 1 ? "Book" : "Volume " + volume.number() + " of "
                    + volume.count(), String.join(", ", volume.audioFiles().stream().map(a -> a.path().toString()).toList()),
                    volume.cueFile().map(Path::toString).orElse("no cue sheet"));
            List<Integer> chapterIndexes = chapterIndexes(volume);
            for (int track = 0; track < chapterIndexes.size(); track++) {
                int c = chapterIndexes.get(track);
                out.printf("  %02d  %s  (%s, about %s)%n", track + 1, chapters.get(c).title(),
                        quantity(plan.segmentCount(c), "segment"), Durations.format(plan.estimatedSeconds(c)));
                if (showText) {
                    volume.segments().stream()
                            .filter(s -> s.chapterIndex() == c)
                            .forEach(s -> out.printf("        | %s%n", s.text()));
                }
            }
        }
    }

    /**
     * The plan as one line of JSON, for scripts: the book, its volumes with their files, and each volume's
     * tracks with the line of the input where each starts; with showText each track's spoken segments too.
     */
    static void planJson(PrintWriter out, AudiobookPlan plan, boolean showText) {
        List<Chapter> chapters = plan.book().chapters();
        try {
            JsonWriter json = new JsonWriter(out);
            json.beginObject();
            json.name("source").value(plan.source().toString());
            json.name("title").value(plan.book().title());
            json.name("author").value(plan.book().author());
            json.name("encoding").value(plan.charset().name());
            json.name("voice").value(plan.voices().narratorName());
            json.name("language").value(plan.voices().language());
            json.name("segments").value(plan.segments().size());
            json.name("estimatedSeconds").value(Math.round(plan.estimatedSeconds() * 10) / 10.0);
            json.name("volumes").beginArray();
            for (Volume volume : plan.volumes()) {
                json.beginObject();
                json.name("number").value(volume.number());
                json.name("title").value(volume.title());
                json.name("files").beginArray();
                for (Path file : volume.files()) {
                    json.value(file.toString());
                }
                json.endArray();
                json.name("tracks").beginArray();
                for (int c : chapterIndexes(volume)) {
                    Chapter chapter = chapters.get(c);
                    json.beginObject();
                    json.name("title").value(chapter.title());
                    json.name("segments").value(plan.segmentCount(c));
                    json.name("estimatedSeconds").value(Math.round(plan.estimatedSeconds(c) * 10) / 10.0);
                    json.name("line").value(chapter.line());
                    if (showText) {
                        json.name("spoken").beginArray();
                        for (Segment s : volume.segments()) {
                            if (s.chapterIndex() == c) {
                                json.value(s.text());
                            }
                        }
                        json.endArray();
                    }
                    json.endObject();
                }
                json.endArray();
                json.endObject();
            }
            json.endArray();
            json.endObject();
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private static List<Integer> chapterIndexes(Volume volume) {
        return volume.segments().stream().filter(Segment::opensChapter).map(Segment::chapterIndex).toList();
    }

    /** Every engine's voices, whether they can run here, and the profiles in voices/. */
    static void voices(PrintWriter out) throws UserError {
        for (Engine engine : Engine.values()) {
            List<EngineVoice> voices = engine == Engine.ESPEAK_NG
                    ? VoiceCatalog.of(engine).stream().sorted(java.util.Comparator.comparing(EngineVoice::name)).toList()
                    : VoiceCatalog.of(engine);
            out.printf("%s voices (engine = %s)%s:%n", engine.displayName(), engine.key(),
                    engine.installed() ? "" : ", not installed: " + engine.installHint());
            if (engine == Engine.ESPEAK_NG && voices.isEmpty()) {
                out.println("  over a hundred languages, listed here once it is installed");
            }
            for (EngineVoice voice : voices) {
                out.printf("  %-16s %-10s %5d Hz  %s%s%n", voice.name(), voice.language(), voice.sampleRate(),
                        voice.description(), engine.installed() ? "" : " (not installed)");
            }
        }
        out.println("Profiles in " + VoiceProfile.FOLDER + "/ (use with --voice NAME):");
        List<Path> profiles = new ArrayList<>();
        if (java.nio.file.Files.isDirectory(VoiceProfile.FOLDER)) {
            try (var files = java.nio.file.Files.list(VoiceProfile.FOLDER)) {
                files.filter(f -> f.toString().endsWith(".properties")).sorted().forEach(profiles::add);
            } catch (java.io.IOException e) {
                throw new UserError(VoiceProfile.FOLDER + ": cannot list the voice profiles: " + e.getMessage(), e);
            }
        }
        for (Path file : profiles) {
            VoiceProfile p = VoiceProfile.load(file);
            String name = file.getFileName().toString().replaceFirst("\\.properties$", "");
            out.printf("  %-12s %s %s, %.0f words a minute, pitch %.0f Hz (range %.0f), pauses %d / %d ms%s%n", name,
                    p.voice().engine().displayName(), p.voice().name(), p.voice().rate(), p.voice().pitch(), p.voice().pitchRange(),
                    p.pauses().paragraphMillis(), p.pauses().chapterMillis(),
                    p.dialogue().isPresent() ? ", a second voice for dialogue" : "");
        }
    }
}
