package dev.audiobook.read;

import dev.audiobook.book.ContentsEntry;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What EPUB 3's structural semantics ({@code epub:type}, from the EPUB vocabulary, DAISY's z3998 and
 * Standard Ebooks' own) say a section of a book is.
 */
final class EpubStructure {
    private static final Set<String> PARTS = Set.of("part", "volume", "division");
    private static final Set<String> CHAPTERS = Set.of("chapter", "preface", "foreword", "introduction", "prologue",
            "epilogue", "afterword", "conclusion", "appendix", "preamble");
    private static final Set<String> WORKS = Set.of("z3998:poem", "z3998:verse", "z3998:song", "z3998:hymn",
            "z3998:letter", "z3998:scene", "z3998:essay", "z3998:diary-entry", "se:short-story", "se:novella",
            "z3998:story", "z3998:short-story");
    private static final Set<String> SECTIONS = Set.of("subchapter", "z3998:subchapter", "z3998:section",
            "z3998:subsection");
    private static final Set<String> ASIDES = Set.of("dedication", "epigraph", "z3998:dramatis-personae",
            "z3998:published-works", "acknowledgments", "z3998:production", "contributors", "other-credits",
            "errata");

    private EpubStructure() {}

    /** The kind of the innermost section the types name ("bodymatter z3998:fiction chapter" is a chapter). */
    static ContentsEntry.Kind kindOf(String epubTypes) {
        List<String> types = List.of(epubTypes.toLowerCase(Locale.ROOT).strip().split("\\s+"));
        for (int i = types.size() - 1; i >= 0; i--) {
            String type = types.get(i);
            if (WORKS.contains(type)) {
                return ContentsEntry.Kind.WORK;
            }
            if (PARTS.contains(type)) {
                return ContentsEntry.Kind.PART;
            }
            if (CHAPTERS.contains(type)) {
                return ContentsEntry.Kind.CHAPTER;
            }
            if (SECTIONS.contains(type)) {
                return ContentsEntry.Kind.SECTION;
            }
            if (ASIDES.contains(type)) {
                return ContentsEntry.Kind.ASIDE;
            }
        }
        return ContentsEntry.Kind.UNMARKED;
    }
}
