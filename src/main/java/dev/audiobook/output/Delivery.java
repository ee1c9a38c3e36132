package dev.audiobook.output;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The files a book is delivered as, and what goes into them besides the audio.
 *
 * @param formats every format to write, in the order asked for, each once
 * @param bitrateKbps the m4b's and mp3's bitrate, when the user overrides each format's own
 * @param cover the picture for the players' library, when the user names one
 * @param year the year to tag, when the user gives one
 * @param subtitles what each subtitle cue shows
 */
public record Delivery(List<AudioFileFormat> formats, OptionalInt bitrateKbps, Optional<Path> cover,
        Optional<String> year, SubtitleCues subtitles) {
    public static final Delivery WAV = of(AudioFileFormat.WAV);

    public Delivery {
        formats = List.copyOf(new LinkedHashSet<>(formats));
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("at least one format");
        }
    }

    public static Delivery of(AudioFileFormat... formats) {
        return new Delivery(List.of(formats), OptionalInt.empty(), Optional.empty(), Optional.empty(),
                SubtitleCues.SENTENCES);
    }

    public boolean includes(AudioFileFormat format) {
        return formats.contains(format);
    }

    /** Whether any format is made by ffmpeg. */
    public boolean needsFfmpeg() {
        return formats.stream().anyMatch(f -> f != AudioFileFormat.WAV);
    }
}
