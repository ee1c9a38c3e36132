package dev.audiobook.output;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** The file the audiobook is delivered in. WAV is written directly; the others are made from it by ffmpeg. */
public enum AudioFileFormat {
    WAV("wav", "WAVE", List.of(), List.of(), 0),
    // ffmpeg's AAC encoder searches hard for its best quantisation by default ("twoloop"), which runs at
    // about 70 times real time here; "fast" runs six times faster and speech is as intelligible. 42 kb/s is
    // the lowest rate at which pocketsphinx understands the 16 kHz voice within 0.01 of the WAV
    // (bench/intelligibility; README, "Bitrates"), at 19 MB an hour; mp3 needs 48 kb/s.
    // An m4b's tags have no language; its audio track does (FfmpegExport), and players show it.
    M4B("m4b", null, List.of("-c:a", "aac", "-aac_coder", "fast"), List.of("-f", "ipod"), 42),
    MP3("mp3", "MP3", List.of("-c:a", "libmp3lame"), List.of("-id3v2_version", "3", "-f", "mp3"), 48),
    FLAC("flac", "WAVE", List.of("-c:a", "flac"), List.of("-f", "flac"), 0);

    private final String extension;
    private final String cueFileType;
    private final List<String> codecArguments;
    private final List<String> containerArguments;
    private final int defaultKbps;

    AudioFileFormat(String extension, String cueFileType, List<String> codecArguments, List<String> containerArguments,
            int defaultKbps) {
        this.extension = extension;
        this.cueFileType = cueFileType;
        this.codecArguments = codecArguments;
        this.containerArguments = containerArguments;
        this.defaultKbps = defaultKbps;
    }

    public String extension() {
        return extension;
    }

    /** The FILE type a cue sheet gives this format, or null where players read the file's own chapters. */
    public String cueFileType() {
        return cueFileType;
    }

    public boolean hasCueSheet() {
        return cueFileType != null;
    }

    /** Whether it is encoded at a bitrate (lossy), not stored whole. */
    public boolean hasBitrate() {
        return defaultKbps > 0;
    }

    /** How the file is encoded, for telling whether a file made before is still what would be made. */
    public String encoding(OptionalInt kbps) {
        return String.join(" ", ffmpegArguments(kbps));
    }

    /** @param kbps the bitrate asked for, else the format's own */
    List<String> ffmpegArguments(OptionalInt kbps) {
        List<String> arguments = new ArrayList<>(codecArguments(kbps));
        arguments.addAll(containerArguments);
        return arguments;
    }

    /** ffmpeg's arguments for the encoder, with the bitrate. */
    List<String> codecArguments(OptionalInt kbps) {
        List<String> arguments = new ArrayList<>(codecArguments);
        if (hasBitrate()) {
            arguments.addAll(List.of("-b:a", kbps.orElse(defaultKbps) + "k"));
        }
        return arguments;
    }

    /** ffmpeg's arguments for the file around the audio. */
    List<String> containerArguments() {
        return containerArguments;
    }
}
