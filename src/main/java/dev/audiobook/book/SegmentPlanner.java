package dev.audiobook.book;

import com.ibm.icu.util.ULocale;
import dev.audiobook.text.SpeechText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lays a book out as the segments to speak, with the silence before each. */
public final class SegmentPlanner {
    /** About a minute and a half of speech, three megabytes of audio. */
    static final int MAX_SEGMENT_CHARS = 1500;
    /** The longest text prepared for speech at once: far longer than any segment, so a cut is rarely heard. */
    static final int MAX_PREPARED_CHARS = 64 << 10;
    private static final java.util.regex.Pattern EMPHASIS = java.util.regex.Pattern.compile("(?<=\\s|^)[_*]+|[_*]+(?=[\\s.,;:!?]|$)");

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
        return plan(book, pauses, dialogue, book.details().language().orElse("en"));
    }

    /**
     * @param language the language the voice speaks: its sentences are cut by that language's rules, and
     *     English numbers, dates and abbreviations are spelled out here, where a voice of another language
     *     reads them by its own rules
     */
    public static List<Segment> plan(Book book, Pauses pauses, boolean dialogue, String language) {
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
        ULocale locale = Sentences.localeOf(Optional.of(language));
        boolean english = locale.getLanguage().equals("en");
        List<List<Voiced>> spoken = pieces.parallelStream().map(p -> voiced(p, dialogue, locale, english)).toList();
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

    /** Sentences and whether a character says them. */
    private record Voiced(List<Sentence> sentences, boolean dialogue) {}

    private static List<Voiced> voiced(Piece piece, boolean dialogue, ULocale locale, boolean english) {
        if (piece.text().length() > MAX_PREPARED_CHARS) {
            // Preparing a whole paragraph of megabytes (a text with no blank lines) at once needs several copies
            // of it in memory; prepared a few thousand sentences at a time, it needs a few of those.
            List<Voiced> parts = new ArrayList<>();
            for (String part : cutAtSentences(piece.text(), MAX_PREPARED_CHARS)) {
                parts.addAll(voiced(new Piece(piece.chapterIndex(), part, part, piece.heading()), dialogue, locale, english));
            }
            return parts;
        }
        if (piece.heading()) {
            // A heading is read and shown whole: "II. RAIN" is one title, not two sentences.
            String spoken = SpeechText.spoken(piece.text(), english);
            return List.of(new Voiced(spoken.isEmpty() ? List.of()
                    : List.of(new Sentence(readable(piece.displayed()), spoken)), false));
        }
        if (!dialogue) {
            return List.of(new Voiced(sentences(piece.text(), locale, english), false));
        }
        List<Voiced> parts = new ArrayList<>();
        for (Dialogue.Part part : Dialogue.split(piece.text())) {
            List<Sentence> said = sentences(part.text(), locale, english);
            if (!said.isEmpty()) {
                parts.add(new Voiced(said, part.spoken()));
            }
        }
        return parts.isEmpty() ? List.of(new Voiced(List.of(), false)) : parts;
    }

    /** The text's sentences that say something, each as a reader sees it and as the voice reads it. */
    static List<Sentence> sentences(String text, ULocale locale, boolean english) {
        List<Sentence> sentences = new ArrayList<>();
        for (String sentence : Sentences.split(text, locale)) {
            String spoken = SpeechText.spoken(sentence, english);
            if (!spoken.isEmpty()) {
                sentences.add(new Sentence(readable(sentence), spoken));
            }
        }
        return sentences;
    }

    /**
     * A very long paragraph (a text with no blank lines is one) is spoken in pieces of whole sentences, so
     * that no segment's audio grows beyond a few megabytes; the pieces follow each other without a pause.
     */
    static List<List<Sentence>> sentencePieces(List<Sentence> sentences) {
        List<List<Sentence>> pieces = new ArrayList<>();
        List<Sentence> piece = new ArrayList<>();
        int length = 0;
        for (Sentence whole : sentences) {
            for (Sentence sentence : cutRunOn(whole)) {
                int added = (piece.isEmpty() ? 0 : 1) + sentence.spoken().length();
                if (!piece.isEmpty() && length + added > MAX_SEGMENT_CHARS) {
                    pieces.add(piece);
                    piece = new ArrayList<>();
                    length = 0;
                    added = sentence.spoken().length();
                }
                piece.add(sentence);
                length += added;
            }
        }
        if (!piece.isEmpty()) {
            pieces.add(piece);
        }
        return pieces;
    }

    /**
     * A single sentence longer than a piece, the rare run-on of a badly made text, is cut at spaces; the
     * later parts continue the first one's subtitle.
     */
    private static List<Sentence> cutRunOn(Sentence sentence) {
        if (sentence.spoken().length() <= MAX_SEGMENT_CHARS) {
            return List.of(sentence);
        }
        List<Sentence> parts = new ArrayList<>();
        String rest = sentence.spoken();
        while (!rest.isEmpty()) {
            int cut = rest.length() <= MAX_SEGMENT_CHARS ? rest.length() : rest.lastIndexOf(' ', MAX_SEGMENT_CHARS);
            cut = cut > 0 ? cut : MAX_SEGMENT_CHARS;
            String part = rest.substring(0, cut).strip();
            rest = rest.substring(cut).strip();
            // A part of marks alone, such as the "!" of "Oh! ..." before a run-on, has nothing to say.
            if (part.chars().anyMatch(Character::isLetterOrDigit)) {
                parts.add(new Sentence(parts.isEmpty() ? sentence.displayed() : "", part));
            }
        }
        return parts;
    }

    /** The text as a reader sees it, without the emphasis marks of plain-text books. */
    private static String readable(String displayed) {
        String s = EMPHASIS.matcher(displayed).replaceAll("").strip();
        return s.isEmpty() ? displayed.strip() : s;
    }

    private void add(int chapterIndex, List<Voiced> parts, boolean heading, String displayed) {
        if (parts.stream().allMatch(part -> part.sentences().isEmpty())) {
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
            for (List<Sentence> piece : sentencePieces(part.sentences())) {
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
