package dev.audiobook.cli;

import dev.audiobook.AudiobookPlan;
import dev.audiobook.UserError;
import dev.audiobook.Volume;
import dev.audiobook.book.Chapter;
import dev.audiobook.book.Segment;
import dev.audiobook.tts.FreeTtsSynthesizer;
import dev.audiobook.tts.VoiceProfile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the command prints for --dry-run and --list-voices. */
final class Reports {
    private Reports() {}

    /** The plan of a book, and with showText every segment as it will be spoken. */
    static void plan(PrintWriter out, AudiobookPlan plan, boolean showText) {
        List<Chapter> chapters = plan.book().chapters();
        out.printf("%s%n", plan.source());
        out.printf("Title: %s%n", plan.book().title());
        out.printf("Author: %s%n", plan.book().author().isBlank() ? "(unknown)" : plan.book().author());
        out.printf("Encoding: %s%n", plan.charset().name());
        out.printf("%d chapters, %d segments, about %s of audio%n", plan.volumes().stream()
                .mapToLong(v -> v.segments().stream().filter(Segment::opensChapter).count()).sum(),
                plan.segments().size(), Durations.format(plan.estimatedSeconds()));
        for (Volume volume : plan.volumes()) {
            out.printf("%s -> %s, %s%n", volume.count() == 1 ? "Book" : "Volume " + volume.number() + " of "
                    + volume.count(), volume.audioFile(), volume.cueFile().map(Path::toString).orElse("no cue sheet"));
            List<Integer> chapterIndexes = volume.segments().stream()
                    .filter(Segment::opensChapter).map(Segment::chapterIndex).toList();
            for (int track = 0; track < chapterIndexes.size(); track++) {
                int c = chapterIndexes.get(track);
                out.printf("  %02d  %s  (%d segments, about %s)%n", track + 1, chapters.get(c).title(),
                        plan.segmentCount(c), Durations.format(plan.estimatedSeconds(c)));
                if (showText) {
                    volume.segments().stream()
                            .filter(s -> s.chapterIndex() == c)
                            .forEach(s -> out.printf("        | %s%n", s.text()));
                }
            }
        }
    }

    /** FreeTTS's voices and the profiles in voices/. */
    static void voices(PrintWriter out) throws UserError {
        out.println("FreeTTS voices:");
        for (com.sun.speech.freetts.Voice voice : FreeTtsSynthesizer.availableVoices()) {
            if (VoiceProfile.VOICES.contains(voice.getName())) {
                out.printf("  %-8s %s%n", voice.getName(), voice.getDescription());
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
            out.printf("  %-12s voice %s, %.0f words a minute, pitch %.0f Hz (range %.0f), pauses %d / %d ms%s%n", name,
                    p.voice().name(), p.voice().rate(), p.voice().pitch(), p.voice().pitchRange(),
                    p.pauses().paragraphMillis(), p.pauses().chapterMillis(),
                    p.dialogue().isPresent() ? ", a second voice for dialogue" : "");
        }
    }
}
