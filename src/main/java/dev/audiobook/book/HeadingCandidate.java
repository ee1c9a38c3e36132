package dev.audiobook.book;

import java.util.List;
import java.util.OptionalInt;

/**
 * A line that may head a chapter: short, standing apart from the running text, with a form shared by
 * the other headings of its kind in the book.
 *
 * @param block the block the heading stands in
 * @param bodyStart the first block of the text under it, after any title line it took
 * @param form what headings of one kind share, such as "label:chapter:roman" or "bare:[#]:arabic"
 * @param kind how strongly the line's form says "heading"
 * @param number its number, when it has one: numbers of one form run in sequence
 * @param linesAfter lines of its own block that belong to the text, not the heading
 */
record HeadingCandidate(int block, int bodyStart, Heading heading, String form, Kind kind, OptionalInt number,
        List<String> linesAfter) {
    /** From the strongest form to the weakest. */
    enum Kind {
        /** "Chapter IV", "Letter 2", "Book One", "Prologue": a word that names a heading. */
        LABELLED,
        /** "IV. THE ROAD": a numeral and a title. */
        NUMBERED_TITLE,
        /** "THE ROAD", or a title the contents list names. */
        TITLE,
        /** "IV", "[ 4 ]", "— 4 —": a numeral alone. */
        BARE_NUMBER
    }

    HeadingCandidate {
        linesAfter = List.copyOf(linesAfter);
    }

    boolean isPart() {
        return heading.level() == Heading.Level.PART;
    }

    /** Prologue, Preface, Appendix: a chapter of its own wherever it stands. */
    boolean isNamed() {
        return kind == Kind.LABELLED && number.isEmpty();
    }

    HeadingCandidate asChapter() {
        return heading.level() == Heading.Level.CHAPTER ? this : new HeadingCandidate(block, bodyStart,
                new Heading(Heading.Level.CHAPTER, heading.label(), heading.spokenLabel(), heading.title()),
                form, kind, number, linesAfter);
    }

    HeadingCandidate asPart() {
        return new HeadingCandidate(block, bodyStart,
                new Heading(Heading.Level.PART, heading.label(), heading.spokenLabel(), heading.title()),
                form, kind, number, linesAfter);
    }
}
