package dev.audiobook.book;

import dev.audiobook.text.SpeechText;
import java.util.ArrayList;
import java.util.List;

/** Lays a book out as the segments to speak, with the silence before each. */
public final class SegmentPlanner {
    private final Pauses pauses;
    private final List<Segment> segments = new ArrayList<>();
    private int openedChapter = -1;
    private boolean previousWasHeading;
    private boolean afterSceneBreak;

    private SegmentPlanner(Pauses pauses) {
        this.pauses = pauses;
    }

    /** A piece of the book before it is prepared for speech. */
    private record Piece(int chapterIndex, String displayed, boolean heading) {}

    public static List<Segment> plan(Book book, Pauses pauses) {
        List<Piece> pieces = new ArrayList<>();
        for (String paragraph : book.opening()) {
            pieces.add(new Piece(0, paragraph, false));
        }
        for (int c = 0; c < book.chapters().size(); c++) {
            Chapter chapter = book.chapters().get(c);
            int chapterIndex = c;
            chapter.heading().ifPresent(heading -> pieces.add(new Piece(chapterIndex, heading, true)));
            for (String paragraph : chapter.paragraphs()) {
                pieces.add(new Piece(c, paragraph, false));
            }
        }
        // Preparing the spoken text is the costly part of planning a long book; pieces are independent.
        List<String> spoken = pieces.parallelStream().map(p -> SpeechText.spoken(p.displayed())).toList();
        SegmentPlanner planner = new SegmentPlanner(pauses);
        for (int i = 0; i < pieces.size(); i++) {
            planner.add(pieces.get(i).chapterIndex(), spoken.get(i), pieces.get(i).heading());
        }
        return List.copyOf(planner.segments);
    }

    private void add(int chapterIndex, String spoken, boolean heading) {
        if (spoken.isEmpty()) {
            // Nothing to say, as in a scene break ("* * *"): the listener hears a longer pause instead.
            afterSceneBreak = true;
            return;
        }
        int pause;
        if (segments.isEmpty()) {
            pause = 0;
        } else if (heading || previousWasHeading || afterSceneBreak) {
            pause = pauses.chapterMillis();
        } else {
            pause = pauses.paragraphMillis();
        }
        boolean opens = chapterIndex != openedChapter;
        segments.add(new Segment(chapterIndex, opens, spoken, pause));
        openedChapter = chapterIndex;
        previousWasHeading = heading;
        afterSceneBreak = false;
    }
}
