package dev.audiobook.book;

import dev.audiobook.text.TextBlock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The chapters of an e-book whose table of contents says where each one starts. An entry with entries
 * under it is a part, spoken before its first chapter, or a track of its own when it has more to read
 * than a motto. The book's own heading at an entry is not read twice: the entry's title is spoken.
 */
final class ContentsChapters {
    /** A heading may be set as a few heading elements: "Chapter IV", then "The Road". */
    private static final int MAX_HEADING_BLOCKS = 3;

    private ContentsChapters() {}

    static ChapterDetector.Detected detect(List<TextBlock> body, List<ContentsEntry> contents, BitSet headingLines,
            String fallbackTitle) {
        List<Integer> starts = new ArrayList<>();
        List<ContentsEntry> kept = new ArrayList<>();
        for (ContentsEntry entry : contents) {
            int block = firstBlockAtOrAfter(body, entry.line());
            if (block < body.size()) {
                starts.add(block);
                kept.add(entry);
            }
        }
        List<HeadingCandidate> headings = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            int block = starts.get(i);
            int next = i + 1 < kept.size() ? starts.get(i + 1) : body.size();
            ContentsEntry entry = kept.get(i);
            Heading heading = Heading.parseLine(entry.title()).orElse(Heading.titled(entry.title()));
            if (entry.hasEntriesUnder()) {
                heading = new Heading(Heading.Level.PART, heading.label(), heading.spokenLabel(), heading.title());
            }
            int bodyStart = Math.min(next, afterPrintedHeading(body, block, entry.title(), headingLines));
            headings.add(new HeadingCandidate(block, Math.max(block, bodyStart), heading, "contents",
                    HeadingCandidate.Kind.LABELLED, heading.number(), List.of()));
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
                chapters);
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
