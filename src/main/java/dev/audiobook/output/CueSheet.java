package dev.audiobook.output;

import dev.audiobook.audio.PcmFormat;
import dev.audiobook.audio.WavChapter;
import java.util.List;
import java.util.regex.Pattern;

/** A cue sheet naming each chapter of one WAV file and where it starts, in CD frames (75 a second). */
public final class CueSheet {
    public static final int FRAMES_PER_SECOND = 75;
    private static final Pattern LINE_BREAKS_AND_CONTROLS = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]+");

    private CueSheet() {}

    public static String render(String title, String performer, String audioFileName, PcmFormat format,
            List<WavChapter> chapters) {
        return render(title, performer, audioFileName, "WAVE", format, chapters);
    }

    /** @param fileType the cue sheet's type for the audio file: WAVE (also for flac) or MP3 */
    public static String render(String title, String performer, String audioFileName, String fileType,
            PcmFormat format, List<WavChapter> chapters) {
        if (chapters.size() > 99) {
            throw new IllegalArgumentException("a cue sheet holds at most 99 tracks, not " + chapters.size());
        }
        StringBuilder cue = new StringBuilder();
        cue.append("REM COMMENT \"audiobook\"\n");
        cue.append("PERFORMER ").append(quoted(performer)).append('\n');
        cue.append("TITLE ").append(quoted(title)).append('\n');
        if (audioFileName.contains("\"") || LINE_BREAKS_AND_CONTROLS.matcher(audioFileName).find()) {
            // A FILE line must name the file exactly, and a cue sheet has no escape for a quote or line break.
            throw new IllegalArgumentException("a cue sheet cannot name the file " + audioFileName);
        }
        cue.append("FILE \"").append(audioFileName).append("\" ").append(fileType).append('\n');
        for (int i = 0; i < chapters.size(); i++) {
            WavChapter chapter = chapters.get(i);
            cue.append(String.format("  TRACK %02d AUDIO\n", i + 1));
            cue.append("    TITLE ").append(quoted(chapter.title())).append('\n');
            cue.append("    PERFORMER ").append(quoted(performer)).append('\n');
            cue.append("    INDEX 01 ").append(timestamp(chapter.frame(), format.sampleRate())).append('\n');
        }
        return cue.toString();
    }

    /** mm:ss:ff, rounded down so the index never points past the chapter's first sample. */
    static String timestamp(long sampleFrame, int sampleRate) {
        long cdFrames = sampleFrame * FRAMES_PER_SECOND / sampleRate;
        long seconds = cdFrames / FRAMES_PER_SECOND;
        return String.format("%02d:%02d:%02d", seconds / 60, seconds % 60, cdFrames % FRAMES_PER_SECOND);
    }

    /**
     * Cue sheets have no escape for a double quote inside a string, so it becomes a typographic one, opening
     * at the start of a word and closing elsewhere; line breaks and other control characters become spaces.
     */
    static String quoted(String s) {
        String typographic = s.replaceAll("(^|[\\s(\\[{])\"", "$1\u201C").replace('"', '\u201D');
        String safe = LINE_BREAKS_AND_CONTROLS.matcher(typographic).replaceAll(" ").strip();
        return "\"" + safe + "\"";
    }
}
