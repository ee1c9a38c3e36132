package dev.audiobook;

import dev.audiobook.book.Segment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One audio file with its cue sheet and subtitles: the whole book, or one volume of a book too long for one.
 *
 * @param number from 1
 * @param count how many volumes the book has
 * @param title the book's title, with "Volume n of m" when there are several
 * @param audioFile the WAV, m4b, mp3 or flac file
 * @param cueFile the cue sheet, for formats that take one
 * @param subtitleFile the SubRip subtitles beside the audio
 */
public record Volume(int number, int count, String title, List<Segment> segments, Path audioFile,
        Optional<Path> cueFile, Path subtitleFile) {
    public Volume {
        segments = List.copyOf(segments);
    }

    /** The files this volume is made of. */
    public List<Path> files() {
        List<Path> files = new ArrayList<>(List.of(audioFile));
        cueFile.ifPresent(files::add);
        files.add(subtitleFile);
        return files;
    }
}
