package dev.audiobook.output;

import java.util.List;

/** The file the audiobook is delivered in. WAV is written directly; the others are made from it by ffmpeg. */
public enum AudioFileFormat {
    WAV("wav", "WAVE", List.of()),
    // ffmpeg's AAC encoder searches hard for its best quantisation by default ("twoloop"), which runs at
    // about 70 times real time here; "fast" runs six times faster and speech is as intelligible.
    M4B("m4b", null, List.of("-c:a", "aac", "-b:a", "64k", "-aac_coder", "fast", "-f", "ipod")),
    MP3("mp3", "MP3", List.of("-c:a", "libmp3lame", "-b:a", "64k", "-id3v2_version", "3", "-f", "mp3")),
    FLAC("flac", "WAVE", List.of("-c:a", "flac", "-f", "flac"));

    private final String extension;
    private final String cueFileType;
    private final List<String> ffmpegArguments;

    AudioFileFormat(String extension, String cueFileType, List<String> ffmpegArguments) {
        this.extension = extension;
        this.cueFileType = cueFileType;
        this.ffmpegArguments = ffmpegArguments;
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

    List<String> ffmpegArguments() {
        return ffmpegArguments;
    }
}
