package dev.audiobook.output;

import dev.audiobook.render.Renderer.Placement;
import java.util.List;

/**
 * SubRip subtitles for the audiobook: one cue per paragraph or heading, showing the text as the book
 * writes it, from the first to the last sample of its speech.
 */
public final class Subtitles {
    private Subtitles() {}

    public static String render(List<Placement> placements, int sampleRate) {
        StringBuilder srt = new StringBuilder();
        int cue = 0;
        for (int i = 0; i < placements.size(); i++) {
            Placement first = placements.get(i);
            long end = first.endFrame();
            // The pieces of a long paragraph share its one cue.
            while (i + 1 < placements.size() && placements.get(i + 1).segment().continuesParagraph()) {
                end = placements.get(++i).endFrame();
            }
            srt.append(++cue).append('\n')
                    .append(timestamp(first.startFrame(), sampleRate)).append(" --> ")
                    .append(timestamp(end, sampleRate)).append('\n')
                    .append(first.segment().displayed().replaceAll("\\s*\\R\\s*", " ")).append("\n\n");
        }
        return srt.toString();
    }

    /** HH:MM:SS,mmm, rounded to the nearest millisecond. */
    static String timestamp(long frame, int sampleRate) {
        long millis = Math.round(frame * 1000.0 / sampleRate);
        return String.format("%02d:%02d:%02d,%03d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60,
                millis % 1000);
    }
}
