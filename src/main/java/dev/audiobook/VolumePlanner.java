package dev.audiobook;

import dev.audiobook.book.ChapterDetector;
import dev.audiobook.book.Segment;
import dev.audiobook.output.AudioFileFormat;
import dev.audiobook.output.SortableNumbers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits a book into volumes. A cue sheet holds at most 99 tracks, and a WAV file at most 4 GiB (about 37
 * hours at 16 kHz), so a book with more chapters, or more hours, becomes several volumes of whole
 * chapters, as even as they can be, named so they sort in order: story-vol01.wav, story-vol02.wav.
 */
final class VolumePlanner {
    /** Well under RIFF's 4 GiB at 16 kHz, 16 bits, even if the duration estimate is a third short. */
    static final double MAX_VOLUME_SECONDS = 24 * 3600;

    private VolumePlanner() {}

    static List<Volume> split(String title, List<Segment> segments, Path outputDir, String baseName,
            List<AudioFileFormat> formats) {
        Map<Integer, List<Segment>> chapters = new LinkedHashMap<>();
        for (Segment s : segments) {
            chapters.computeIfAbsent(s.chapterIndex(), c -> new ArrayList<>()).add(s);
        }
        double totalSeconds = segments.stream().mapToDouble(AudiobookPlan::estimatedSeconds).sum();
        int wanted = (int) Math.max(Math.ceil(chapters.size() / (double) ChapterDetector.MAX_TRACKS),
                Math.ceil(totalSeconds / MAX_VOLUME_SECONDS));
        int chaptersPerVolume = (int) Math.ceil(chapters.size() / (double) wanted);

        List<List<Segment>> groups = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        int chaptersInCurrent = 0;
        double secondsInCurrent = 0;
        for (List<Segment> chapter : chapters.values()) {
            double seconds = chapter.stream().mapToDouble(AudiobookPlan::estimatedSeconds).sum();
            boolean full = chaptersInCurrent == chaptersPerVolume || secondsInCurrent + seconds > MAX_VOLUME_SECONDS;
            if (chaptersInCurrent > 0 && full) {
                groups.add(current);
                current = new ArrayList<>();
                chaptersInCurrent = 0;
                secondsInCurrent = 0;
            }
            current.addAll(chapter);
            chaptersInCurrent++;
            secondsInCurrent += seconds;
        }
        groups.add(current);

        List<Volume> volumes = new ArrayList<>();
        int count = groups.size();
        for (int v = 0; v < count; v++) {
            String name = count == 1 ? baseName : baseName + "-vol" + SortableNumbers.padded(v + 1, count);
            String volumeTitle = count == 1 ? title : title + " (Volume " + (v + 1) + " of " + count + ")";
            List<Volume.AudioFile> audioFiles = formats.stream()
                    .map(f -> new Volume.AudioFile(f, outputDir.resolve(name + "." + f.extension())))
                    .toList();
            boolean cueSheet = formats.stream().anyMatch(AudioFileFormat::hasCueSheet);
            volumes.add(new Volume(v + 1, count, volumeTitle, startingInSilence(groups.get(v)), audioFiles,
                    cueSheet ? Optional.of(outputDir.resolve(name + ".cue")) : Optional.empty(),
                    outputDir.resolve(name + ".srt"), outputDir.resolve(name + ".vtt")));
        }
        return volumes;
    }

    /** Each volume starts at its first word, not with the pause that followed the previous volume. */
    private static List<Segment> startingInSilence(List<Segment> group) {
        List<Segment> out = new ArrayList<>(group);
        Segment first = out.get(0);
        out.set(0, first.withPauseBefore(0));
        return out;
    }
}
