package dev.audiobook.output;

import dev.audiobook.book.Sentence;
import dev.audiobook.render.Renderer.Placement;
import dev.audiobook.render.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Subtitles for the audiobook, SubRip (.srt) and WebVTT (.vtt) with the same cues: one per sentence, or one
 * per paragraph or heading, showing the text as the book writes it, from the start of its first words to
 * the end of its last (see {@link dev.audiobook.audio.Loudness#words}).
 */
public final class Subtitles {
    /** Two lines of subtitles hold about this much; a longer sentence's cue is shown on two lines. */
    static final int LINE_CHARS = 42;

    private Subtitles() {}

    /** One cue: its chapter, its text on one line, from its first sample frame to the frame after its last. */
    record Cue(int chapterIndex, long startFrame, long endFrame, String text) {}

    public static String srt(List<Placement> placements, int sampleRate, SubtitleCues by) {
        StringBuilder srt = new StringBuilder();
        int number = 0;
        for (Cue cue : cues(placements, by)) {
            srt.append(++number).append('\n')
                    .append(timestamp(cue.startFrame(), sampleRate, ',')).append(" --> ")
                    .append(timestamp(cue.endFrame(), sampleRate, ',')).append('\n')
                    .append(shown(cue, by)).append("\n\n");
        }
        return srt.toString();
    }

    public static String webVtt(List<Placement> placements, int sampleRate, SubtitleCues by) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        for (Cue cue : cues(placements, by)) {
            // "-->" may not stand in a WebVTT cue's text, and "&" and "<" start markup there.
            String text = shown(cue, by).replace("&", "&amp;").replace("<", "&lt;").replace("-->", "--&gt;");
            vtt.append(timestamp(cue.startFrame(), sampleRate, '.')).append(" --> ")
                    .append(timestamp(cue.endFrame(), sampleRate, '.')).append('\n')
                    .append(text).append("\n\n");
        }
        return vtt.toString();
    }

    /** A sentence longer than a line shows on two; a paragraph, as long as any, on one as before. */
    private static String shown(Cue cue, SubtitleCues by) {
        return by == SubtitleCues.SENTENCES ? twoLines(cue.text()) : cue.text();
    }

    static List<Cue> cues(List<Placement> placements, SubtitleCues by) {
        return by == SubtitleCues.SENTENCES ? sentenceCues(placements) : paragraphCues(placements);
    }

    /**
     * From the first sentence's words to the last one's; the pieces of a long paragraph share its one cue, on
     * one line as the book writes it.
     */
    private static List<Cue> paragraphCues(List<Placement> placements) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < placements.size(); i++) {
            Placement first = placements.get(i);
            Placement last = first;
            while (i + 1 < placements.size() && placements.get(i + 1).segment().continuesParagraph()) {
                last = placements.get(++i);
            }
            cues.add(new Cue(first.segment().chapterIndex(), first.sentences().get(0).startFrame(),
                    last.sentences().get(last.sentences().size() - 1).endFrame(),
                    oneLine(first.segment().displayed())));
        }
        return cues;
    }

    /**
     * A cue per sentence, from its words' first sample to their last; the pieces of a run-on sentence cut to
     * fit a segment share its cue. A sentence the voice made no sound for has none.
     */
    private static List<Cue> sentenceCues(List<Placement> placements) {
        List<Cue> cues = new ArrayList<>();
        for (Placement placement : placements) {
            List<Sentence> sentences = placement.segment().sentences();
            for (int s = 0; s < sentences.size(); s++) {
                Span span = placement.sentences().get(s);
                Sentence sentence = sentences.get(s);
                if (sentence.continuesSentence() && !cues.isEmpty()) {
                    Cue last = cues.remove(cues.size() - 1);
                    cues.add(new Cue(last.chapterIndex(), last.startFrame(), Math.max(last.endFrame(), span.endFrame()),
                            last.text()));
                } else if (span.endFrame() > span.startFrame()) {
                    cues.add(new Cue(placement.segment().chapterIndex(), span.startFrame(), span.endFrame(),
                            oneLine(sentence.displayed())));
                }
            }
        }
        return cues;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    /** Longer than a line, broken at the space nearest its middle; the sentence is never cut. */
    static String twoLines(String text) {
        if (text.length() <= LINE_CHARS) {
            return text;
        }
        int middle = text.length() / 2;
        for (int d = 0; d <= middle; d++) {
            for (int at : new int[] {middle - d, middle + d}) {
                if (at > 0 && at < text.length() && text.charAt(at) == ' ') {
                    return text.substring(0, at) + "\n" + text.substring(at + 1);
                }
            }
        }
        return text;
    }

    /** HH:MM:SS,mmm (SubRip) or HH:MM:SS.mmm (WebVTT), rounded to the nearest millisecond. */
    static String timestamp(long frame, int sampleRate, char decimalMark) {
        long millis = Math.round(frame * 1000.0 / sampleRate);
        return String.format("%02d:%02d:%02d%c%03d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60,
                decimalMark, millis % 1000);
    }
}
