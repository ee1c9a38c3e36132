package dev.audiobook.book;

/**
 * One entry of an e-book's table of contents.
 *
 * @param line the line of the document's text where the entry's target starts, from 1
 * @param depth 0 for a top-level entry, 1 for an entry under it, and so on
 * @param kind what the book's markup says the entry's section is
 */
public record ContentsEntry(String title, int line, int depth, Kind kind) {
    /** What a book's structural semantics (EPUB's {@code epub:type}) say a section is. */
    public enum Kind {
        /** A part, volume or division: chapters or works under it. */
        PART,
        /** A chapter, or the book's own preface, introduction, epilogue or appendix. */
        CHAPTER,
        /** A whole work of its own: a poem, story, letter or scene. Anything inside it is a section of it. */
        WORK,
        /** A numbered or titled section inside a chapter or work. */
        SECTION,
        /** Front matter that is read but is no place to skip to: a dedication, an epigraph, a cast list. */
        ASIDE,
        /** The markup says nothing. */
        UNMARKED
    }
}
