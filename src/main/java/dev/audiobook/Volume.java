package dev.audiobook;

import dev.audiobook.book.Segment;
import dev.audiobook.output.AudioFileFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One book's worth of audio files with their cue sheet and subtitles: the whole book, or one volume of a book
 * too long for one, in every format the run was asked for.
 *
 * @param number from 1
 * @param count how many volumes the book has
 * @param title the book's title, with "Volume n of m" when there are several
 * @param audioFiles one per format, in the order they were asked for (with --split, the playlist)
 * @param cueFile the cue sheet, when a format takes one
 * @param subtitleFile the SubRip subtitles beside the audio
 * @param webVttFile the WebVTT subtitles beside them, with the same cues
 */
public record Volume(int number, int count, String title, List<Segment> segments, List<AudioFile> audioFiles,
        Optional<Path> cueFile, Path subtitleFile, Path webVttFile) {
    public record AudioFile(AudioFileFormat format, Path path) {}

    public Volume {
        segments = List.copyOf(segments);
        audioFiles = List.copyOf(audioFiles);
        if (audioFiles.isEmpty()) {
            throw new IllegalArgumentException("a volume needs an audio file");
        }
    }

    /** The first format's file, which names the volume in reports. */
    public Path audioFile() {
        return audioFiles.get(0).path();
    }

    /** The file the cue sheet names: the WAV when there is one, else the first format that takes a cue sheet. */
    public Optional<AudioFile> cueTarget() {
        if (cueFile.isEmpty()) {
            return Optional.empty();
        }
        return audioFiles.stream().filter(a -> a.format() == AudioFileFormat.WAV).findFirst()
                .or(() -> audioFiles.stream().filter(a -> a.format().hasCueSheet()).findFirst());
    }

    /** The files this volume is made of. */
    public List<Path> files() {
        List<Path> files = new ArrayList<>();
        audioFiles.forEach(a -> files.add(a.path()));
        cueFile.ifPresent(files::add);
        files.add(subtitleFile);
        files.add(webVttFile);
        return files;
    }
}
