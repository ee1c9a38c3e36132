package dev.audiobook.book;

import dev.audiobook.text.TextBlock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;

/**
 * The chapters of an e-book whose table of contents says where each one starts, at the level
 * {@link ContentsLevels} chooses. A part is spoken before its first chapter, or is a track of its own
 * when it has more to read than a motto. The book's own heading at an entry is not read twice: the
 * entry's title is spoken.
 */
final class ContentsChapters {
    /** Fewer words than a chapter has: entries under a printed contents this short in all are parts of the list. */
    private static final int MIN_CHAPTER_WORDS = 300;
    /** A printed contents or list of illustrations, named as an entry of the table of contents. */
    private static final Pattern FOR_THE_EYE = Pattern.compile(
            "(?i)(?:table of )?contents|(?:list of )?(?:illustrations|plates)\\.?:?");
    /** What stands between a numeral and its title in an entry: "I: The Period", "IV. The Road". */
    private static final Pattern NUMERAL_AND_TITLE = Pattern.compile("\\s*(?:[.:]|--|[\u2014\u2013])\\s*|\\s+");
    /** A heading may be set as a few heading elements: "Chapter IV", then "The Road". */
    private static final int MAX_HEADING_BLOCKS = 3;

    private ContentsChapters() {}

    static ChapterDetector.Detected detect(List<TextBlock> book, List<ContentsEntry> allContents, BitSet headingLines,
            String fallbackTitle) {
        Placed listed = Placed.in(book, allContents, headingLines);
        List<TextBlock> body = new ArrayList<>(book);
        List<ContentsEntry> contents = withoutListsForTheEye(listed, body);
        Placed placed = labelsWithTheirTitles(Placed.in(body, contents, headingLines));
        List<Integer> starts = placed.starts();
        List<ContentsEntry> kept = placed.entries();
        IntUnaryOperator ownWords = placed::ownWords;
        List<Integer> chosenStarts = new ArrayList<>();
        List<ContentsLevels.Chosen> chosen = new ArrayList<>();
        int k = 0;
        for (ContentsLevels.Chosen choice : ContentsLevels.choose(kept, ownWords, fallbackTitle)) {
            while (kept.get(k) != choice.entry()) {
                k++;
            }
            chosenStarts.add(starts.get(k));
            chosen.add(choice);
        }
        List<HeadingCandidate> headings = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            int block = chosenStarts.get(i);
            int next = i + 1 < chosen.size() ? chosenStarts.get(i + 1) : body.size();
            ContentsEntry entry = chosen.get(i).entry();
            HeadingCandidate at = headingOf(entry.title(), block, chosen.get(i).part());
            int bodyStart = Math.min(next, afterPrintedHeading(body, block, entry.title(), headingLines));
            headings.add(new HeadingCandidate(block, Math.max(block, bodyStart), at.heading(), at.form(), at.kind(),
                    at.number(), List.of()));
        }
        if (headings.isEmpty()) {
            return ChapterDetector.detect(body, fallbackTitle);
        }
        List<String> preamble = ChapterDetector.paragraphs(body.subList(0, headings.get(0).block()));
        boolean titlePage = ChapterDetector.wordCount(preamble) <= ChapterDetector.MAX_OPENING_WORDS;
        List<Chapter> chapters = new ArrayList<>();
        if (!titlePage) {
            chapters.add(new Chapter(fallbackTitle, Optional.empty(), preamble, body.get(0).line()));
        }
        chapters.addAll(ChapterDetector.chaptersUnder(body, headings));
        return new ChapterDetector.Detected(Optional.empty(), Optional.empty(), titlePage ? preamble : List.of(),
                chapters, false);
    }

    /**
     * An entry's title as a heading: "Book the First: Recalled to Life", "Scene II", "IV: The Road" (a
     * numeral, with its title where it has one, numbered so that a numbering that starts again in each part
     * is seen), "The Jackal".
     */
    private static HeadingCandidate headingOf(String title, int block, boolean part) {
        Optional<Heading> labelled = Heading.parseLine(title);
        OptionalInt numeral = HeadingCandidates.numeralOf(title);
        Heading heading;
        HeadingCandidate.Kind kind = HeadingCandidate.Kind.LABELLED;
        if (labelled.isPresent()) {
            heading = labelled.get();
            numeral = heading.number();
        } else if (numeral.isPresent() && !part) {
            // Shown as every numbered track is: "IV: The Road".
            String[] numeralAndTitle = NUMERAL_AND_TITLE.split(title.strip(), 2);
            heading = new Heading(Heading.Level.CHAPTER, Optional.of(numeralAndTitle[0]),
                    Optional.of(Integer.toString(numeral.getAsInt())),
                    numeralAndTitle.length > 1 ? Optional.of(numeralAndTitle[1]) : Optional.empty());
            kind = HeadingCandidate.Kind.BARE_NUMBER;
        } else {
            heading = Heading.titled(title);
        }
        if (part) {
            heading = new Heading(Heading.Level.PART, heading.label(), heading.spokenLabel(), heading.title());
        }
        return new HeadingCandidate(block, block, heading, "contents", kind, numeral, List.of());
    }

    /**
     * The entries without the book's printed contents and list of illustrations, which its table of
     * contents names too, and the body without their text: they are for the eye. So are the entries under
     * them where they are unlabelled and short in all ("In Colour", "In Black and White"); where a producer nested
     * the chapters themselves under "Contents", they stay, one level up.
     */
    private static List<ContentsEntry> withoutListsForTheEye(Placed listed, List<TextBlock> body) {
        List<ContentsEntry> entries = new ArrayList<>(listed.entries());
        List<int[]> dropped = new ArrayList<>(); // block ranges, in order
        for (int i = 0; i < entries.size(); i++) {
            ContentsEntry list = entries.get(i);
            if (list == null || !FOR_THE_EYE.matcher(list.title().strip()).matches()) {
                continue;
            }
            int under = i + 1;
            boolean allPartsOfTheList = true;
            int wordsUnder = 0;
            while (under < entries.size() && entries.get(under) != null && entries.get(under).depth() > list.depth()) {
                allPartsOfTheList &= Heading.parseLine(entries.get(under).title()).isEmpty()
                        && HeadingCandidates.numeralOf(entries.get(under).title()).isEmpty();
                wordsUnder += listed.ownWords(under);
                under++;
            }
            // Never a chapter's worth of words: a book of short pieces nested under "Contents" is read.
            allPartsOfTheList &= wordsUnder < MIN_CHAPTER_WORDS;
            int end = allPartsOfTheList ? under : i + 1;
            int next = end < listed.starts().size() ? listed.starts().get(end) : body.size();
            dropped.add(new int[] {listed.starts().get(i), Math.max(listed.starts().get(i), next)});
            for (int j = i; j < end; j++) {
                entries.set(j, null);
            }
            for (int j = end; j < entries.size() && entries.get(j) != null && entries.get(j).depth() > list.depth(); j++) {
                ContentsEntry promoted = entries.get(j);
                entries.set(j, new ContentsEntry(promoted.title(), promoted.line(), promoted.depth() - 1,
                        promoted.kind()));
            }
        }
        for (int r = dropped.size() - 1; r >= 0; r--) {
            body.subList(dropped.get(r)[0], dropped.get(r)[1]).clear();
        }
        return entries.stream().filter(java.util.Objects::nonNull).toList();
    }

    /**
     * "STAVE ONE" with nothing of its own to read, and "MARLEY'S GHOST" after it at its level: one heading
     * set as two entries, "Stave One: Marley's Ghost".
     */
    private static Placed labelsWithTheirTitles(Placed placed) {
        List<ContentsEntry> entries = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < placed.entries().size(); i++) {
            ContentsEntry entry = placed.entries().get(i);
            Optional<Heading> label = Heading.parseLine(entry.title());
            if (i + 1 < placed.entries().size() && label.isPresent() && label.get().title().isEmpty()
                    && label.get().level() == Heading.Level.CHAPTER && placed.ownWords(i) == 0) {
                ContentsEntry title = placed.entries().get(i + 1);
                if (title.depth() == entry.depth() && Heading.parseLine(title.title()).isEmpty()
                        && HeadingCandidates.numeralOf(title.title()).isEmpty()) {
                    entries.add(new ContentsEntry(entry.title() + ": " + title.title(), entry.line(), entry.depth(),
                            entry.kind()));
                    starts.add(placed.starts().get(i));
                    i++;
                    continue;
                }
            }
            entries.add(entry);
            starts.add(placed.starts().get(i));
        }
        return new Placed(placed.body(), entries, starts, placed.headingLines());
    }

    /**
     * What the nesting of a book's heading elements says of them ({@link ContentsLevels}).
     *
     * @param sectionLines the lines of headings inside stories, chapters or poems: no chapters, whatever
     *     their words look like
     * @param trackTitles the titles, as {@link HeadingCandidates#titleKey} makes them, of the headings a
     *     listener skips to, to be trusted as a printed contents' entries are
     */
    record OutlineRoles(Set<Integer> sectionLines, Set<String> trackTitles) {
        static OutlineRoles of(List<TextBlock> body, List<ContentsEntry> outline, BitSet headingLines,
                String bookTitle) {
            Placed placed = Placed.in(body, outline, headingLines);
            Set<Integer> lines = new HashSet<>();
            for (ContentsEntry section : ContentsLevels.sections(placed.entries(), placed::ownWords, bookTitle)) {
                // A heading with nothing read in it (a picture's caption left out) marks no block after it.
                TextBlock block = body.get(placed.starts().get(placed.entries().indexOf(section)));
                if (block.line() <= section.line()) {
                    lines.add(block.line());
                }
            }
            // "Stave One" over "Marley's Ghost" is one title, neither line of which is trusted alone.
            Placed titled = labelsWithTheirTitles(placed);
            Set<String> titles = new HashSet<>();
            for (ContentsLevels.Chosen chosen : ContentsLevels.choose(titled.entries(), titled::ownWords, bookTitle)) {
                if (!chosen.part() && !FOR_THE_EYE.matcher(chosen.entry().title()).matches()) {
                    titles.add(HeadingCandidates.titleKey(chosen.entry().title()));
                }
            }
            return new OutlineRoles(lines, titles);
        }
    }

    /** The entries that start in the body, each at its first block. */
    private record Placed(List<TextBlock> body, List<ContentsEntry> entries, List<Integer> starts, BitSet headingLines) {
        static Placed in(List<TextBlock> body, List<ContentsEntry> contents, BitSet headingLines) {
            List<Integer> starts = new ArrayList<>();
            List<ContentsEntry> kept = new ArrayList<>();
            for (ContentsEntry entry : contents) {
                int block = firstBlockAtOrAfter(body, entry.line());
                if (block < body.size()) {
                    starts.add(block);
                    kept.add(entry);
                }
            }
            return new Placed(body, kept, starts, headingLines);
        }

        /** The words an entry has to read after its printed heading, up to the next entry. */
        int ownWords(int i) {
            int next = i + 1 < starts.size() ? starts.get(i + 1) : body.size();
            int from = Math.min(next, afterPrintedHeading(body, starts.get(i), entries.get(i).title(), headingLines));
            return ChapterDetector.wordCount(ChapterDetector.paragraphs(body.subList(from, Math.max(from, next))));
        }
    }

    private static int firstBlockAtOrAfter(List<TextBlock> body, int line) {
        int b = 0;
        while (b < body.size() && body.get(b).line() + body.get(b).lines().size() - 1 < line) {
            b++;
        }
        return b;
    }

    /**
     * The block after the book's printed heading at an entry: its first heading block, and the heading
     * blocks under it that only repeat the entry's title. A subtitle the entry does not name is read.
     */
    private static int afterPrintedHeading(List<TextBlock> body, int block, String title, BitSet headingLines) {
        int b = block;
        String titleKey = HeadingCandidates.titleKey(title);
        if (block < body.size() && !headingLines.get(body.get(block).line())) {
            // A heading set as a styled paragraph is known by its words.
            return HeadingCandidates.titleKey(body.get(block).joined()).equals(titleKey) ? block + 1 : block;
        }
        while (b < body.size() && b - block < MAX_HEADING_BLOCKS && headingLines.get(body.get(b).line())
                && (b == block || titleKey.contains(HeadingCandidates.titleKey(body.get(b).joined())))) {
            b++;
        }
        return b;
    }
}
