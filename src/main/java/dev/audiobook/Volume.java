package dev.audiobook;

import dev.audiobook.book.Segment;
import java.nio.file.Path;
import java.util.List;

/**
 * One WAV file and its cue sheet: the whole book, or one volume of a book too long for one.
 *
 * @param number from 1
 * @param count how many volumes the book has
 * @param title the book's title, with "Volume n of m" when there are several
 * @param subtitleFile the SubRip subtitles beside the WAV
 */
public record Volume(int number, int count, String title, List<Segment> segments, Path wavFile, Path cueFile,
        Path subtitleFile) {
    public Volume {
        segments = List.copyOf(segments);
    }

    /** The files this volume is made of. */
    public List<Path> files() {
        return List.of(wavFile, cueFile, subtitleFile);
    }
}
