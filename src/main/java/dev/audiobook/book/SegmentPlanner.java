package dev.audiobook.book;

import dev.audiobook.text.SpeechText;
import java.util.ArrayList;
import java.util.List;

/** Lays a book out as the segments to speak, with the silence before each. */
public final class SegmentPlanner {
    /** About a minute and a half of speech, three megabytes of audio. */
    static final int MAX_SEGMENT_CHARS = 1500;
    /** The longest text prepared for speech at once: far longer than any segment, so a cut is rarely heard. */
    static final int MAX_PREPARED_CHARS = 64 << 10;
    private static final java.util.regex.Pattern EMPHASIS = java.util.regex.Pattern.compile("(?<=\\s|^)[_*]+|[_*]+(?=[\\s.,;:!?]|$)");
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[.!?])\\s+");

    private final Pauses pauses;
    private final List<Segment> segments = new ArrayList<>();
    private int openedChapter = -1;
    private boolean previousWasHeading;
    private boolean afterSceneBreak;

    private SegmentPlanner(Pauses pauses) {
        this.pauses = pauses;
    }

    /** A piece of the book before it is prepared for speech. */
    private record Piece(int chapterIndex, String text, String displayed, boolean heading) {}

    public static List<Segment> plan(Book book, Pauses pauses) {
        return plan(book, pauses, false);
    }

    /** @param dialogue whether quoted speech becomes segments of its own, for a second voice */
    public static List<Segment> plan(Book book, Pauses pauses, boolean dialogue) {
        return plan(book, pauses, dialogue, true);
    }

    /**
     * @param english whether the voice speaks English, whose numbers, dates and abbreviations are spelled out
     *     here; a voice of another language reads them by its own rules
     */
    public static List<Segment> plan(Book book, Pauses pauses, boolean dialogue, boolean english) {
        List<Piece> pieces = new ArrayList<>();
        for (String paragraph : book.opening()) {
            pieces.add(new Piece(0, paragraph, paragraph, false));
        }
        for (int c = 0; c < book.chapters().size(); c++) {
            Chapter chapter = book.chapters().get(c);
            int chapterIndex = c;
            chapter.partOpening().ifPresent(part -> {
                pieces.add(new Piece(chapterIndex, part.heading(), part.title(), true));
                part.motto().forEach(line -> pieces.add(new Piece(chapterIndex, line, line, false)));
            });
            chapter.heading().ifPresent(heading -> pieces.add(new Piece(chapterIndex, heading, chapter.title(), true)));
            for (String paragraph : chapter.paragraphs()) {
                pieces.add(new Piece(c, paragraph, paragraph, false));
            }
        }
        // Preparing the spoken text is the costly part of planning a long book; pieces are independent.
        List<List<Voiced>> spoken = pieces.parallelStream().map(p -> voiced(p, dialogue, english)).toList();
        SegmentPlanner planner = new SegmentPlanner(pauses);
        for (int i = 0; i < pieces.size(); i++) {
            planner.add(pieces.get(i).chapterIndex(), spoken.get(i), pieces.get(i).heading(),
                    readable(pieces.get(i).displayed()));
        }
        return List.copyOf(planner.segments);
    }

    /** Pieces of at most this many characters, each ending at a sentence's end or else at a space. */
    static List<String> cutAtSentences(String text, int most) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (text.length() - from > most) {
            int cut = from + most;
            int space = -1;
            // Searched back only as far as this part's start: lastIndexOf would go on to the text's start.
            for (int i = from + most - 1; i > from; i--) {
                if (text.charAt(i) == ' ') {
                    space = space < 0 ? i + 1 : space;
                    if (text.charAt(i - 1) == '.') {
                        cut = i + 1;
                        break;
                    }
                }
            }
            cut = cut < from + most || space < 0 ? cut : space;
            parts.add(text.substring(from, cut));
            from = cut;
        }
        parts.add(text.substring(from));
        return parts;
    }

    /** Spoken text and whether a character says it. */
    private record Voiced(String text, boolean dialogue) {}

    private static List<Voiced> voiced(Piece piece, boolean dialogue, boolean english) {
        if (piece.text().length() > MAX_PREPARED_CHARS) {
            // Preparing a whole paragraph of megabytes (a text with no blank lines) at once needs several copies
            // of it in memory; prepared a few thousand sentences at a time, it needs a few of those.
            List<Voiced> parts = new ArrayList<>();
            for (String part : cutAtSentences(piece.text(), MAX_PREPARED_CHARS)) {
                parts.addAll(voiced(new Piece(piece.chapterIndex(), part, part, piece.heading()), dialogue, english));
            }
            return parts;
        }
        if (!dialogue || piece.heading()) {
            return List.of(new Voiced(SpeechText.spoken(piece.text(), english), false));
        }
        List<Voiced> parts = new ArrayList<>();
        for (Dialogue.Part part : Dialogue.split(piece.text())) {
            String said = SpeechText.spoken(part.text(), english);
            if (!said.isEmpty()) {
                parts.add(new Voiced(said, part.spoken()));
            }
        }
        return parts.isEmpty() ? List.of(new Voiced("", false)) : parts;
    }

    /**
     * A very long paragraph (a text with no blank lines is one) is spoken in pieces of whole sentences, so
     * that no segment's audio grows beyond a few megabytes; the pieces follow each other without a pause.
     */
    static List<String> sentencePieces(String spoken) {
        if (spoken.length() <= MAX_SEGMENT_CHARS) {
            return List.of(spoken);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String sentence : SENTENCE_END.split(spoken)) {
            if (piece.length() > 0 && piece.length() + sentence.length() + 1 > MAX_SEGMENT_CHARS) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            // A single sentence longer than a piece is cut at a space, the rare run-on of a badly made text.
            while (sentence.length() > MAX_SEGMENT_CHARS) {
                int cut = sentence.lastIndexOf(' ', MAX_SEGMENT_CHARS);
                cut = cut > 0 ? cut : MAX_SEGMENT_CHARS;
                if (piece.length() > 0) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                }
                pieces.add(sentence.substring(0, cut).strip());
                sentence = sentence.substring(cut).strip();
            }
            if (piece.length() > 0) {
                piece.append(' ');
            }
            piece.append(sentence);
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        // A "sentence" of marks alone, such as the "!" of "Oh! ..." cut before a run-on, has nothing to say.
        pieces.removeIf(p -> p.chars().noneMatch(Character::isLetterOrDigit));
        return pieces;
    }

    /** The text as a reader sees it, without the emphasis marks of plain-text books. */
    private static String readable(String displayed) {
        String s = EMPHASIS.matcher(displayed).replaceAll("").strip();
        return s.isEmpty() ? displayed.strip() : s;
    }

    private void add(int chapterIndex, List<Voiced> parts, boolean heading, String displayed) {
        if (parts.size() == 1 && parts.get(0).text().isEmpty()) {
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
        boolean first = true;
        // The narration and speech of a paragraph, and the pieces of a long one, follow without a pause.
        for (Voiced part : parts) {
            for (String piece : sentencePieces(part.text())) {
                segments.add(new Segment(chapterIndex, first && opens, piece, first ? pause : 0, first ? displayed : "",
                        part.dialogue()));
                first = false;
            }
        }
        openedChapter = chapterIndex;
        previousWasHeading = heading;
        afterSceneBreak = false;
    }
}
