package dev.audiobook.book;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which entries of an e-book's table of contents a listener skips between. Stories, chapters, poems,
 * letters and scenes are tracks; the numbered or titled sections inside them are not (their headings are
 * still read); the parts, books and acts over them are parts, named in their tracks' titles where the
 * numbering starts again. What the book's markup says an entry is decides first; where it says nothing,
 * the shape of the contents does.
 */
final class ContentsLevels {
    /** About a minute of listening: numbered pieces shorter than this are sections, not chapters. */
    private static final int MAX_PIECE_WORDS = 150;
    /** Entries under one that are this many times shorter than the chapters beside it are its sections. */
    private static final int SECTION_SHARE = 10;
    /** "By Charles Dickens", "Translated from the French by Eleanor Marx-Aveling", "Illustrated by ...". */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)(?:by|(?:(?:translated|illustrated|edited|adapted|abridged|retold)\\b.*\\bby))\\s.+");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,4}[A-Za-z]?\\.?");

    private ContentsLevels() {}

    /** An entry the listener skips to, or a part over such entries. */
    record Chosen(ContentsEntry entry, boolean part) {}

    /**
     * @param ownWords the words the entry at an index has to read before the next entry, the first
     *     under it where it has entries under it
     * @param bookTitle the book's title: an entry of that name with no more words than a title page has
     *     is the title page, no track, whatever its size; entries under it are as if at its place. So are
     *     credits before the first track ("Translated by ...") and any entry there of a title page's few
     *     words (a subtitle, the author's name).
     */
    static List<Chosen> choose(List<ContentsEntry> contents, IntUnaryOperator ownWords, String bookTitle) {
        Tree tree = new Tree(contents);
        // "A Doll's House" is the book "A Doll's House: A Play" too.
        Set<String> bookKeys = new HashSet<>(List.of(HeadingCandidates.titleKey(bookTitle),
                HeadingCandidates.titleKey(bookTitle.split("\\s*[:;]\\s", 2)[0])));
        List<Chosen> chosen = new ArrayList<>();
        // The book's own title, and before the first track its credits ("Translated from the French by ...")
        // and entries of a few words (a subtitle, the author's name), are its title page; in a book of
        // pieces no longer than that (short poems, a sampler), the first piece is no title page.
        boolean longerPieces = IntStream.range(0, contents.size())
                .anyMatch(i -> ownWords.applyAsInt(i) > ChapterDetector.MAX_OPENING_WORDS);
        IntPredicate titlePage = i -> bookKeys.contains(HeadingCandidates.titleKey(contents.get(i).title()))
                || chosen.isEmpty() && tree.children.get(i).isEmpty() && isUnlabelled(contents.get(i))
                        && (longerPieces && ownWords.applyAsInt(i) <= ChapterDetector.MAX_OPENING_WORDS
                                || CREDIT.matcher(contents.get(i).title()).matches());
        choose(tree, tree.roots, ownWords, titlePage, chosen);
        return chosen;
    }

    /** The entries inside tracks: sections of a story, chapter or poem, which are no tracks of their own. */
    static List<ContentsEntry> sections(List<ContentsEntry> contents, IntUnaryOperator ownWords, String bookTitle) {
        Tree tree = new Tree(contents);
        List<ContentsEntry> sections = new ArrayList<>();
        for (Chosen chosen : choose(contents, ownWords, bookTitle)) {
            if (!chosen.part()) {
                tree.addUnder(contents.indexOf(chosen.entry()), sections);
            }
        }
        return sections;
    }

    private static void choose(Tree tree, List<Integer> siblings, IntUnaryOperator ownWords, IntPredicate titlePage,
            List<Chosen> chosen) {
        for (int i : siblings) {
            ContentsEntry entry = tree.entries.get(i);
            if (titlePage.test(i)) {
                choose(tree, tree.children.get(i), ownWords, titlePage, chosen);
                continue;
            }
            if (entry.kind() == ContentsEntry.Kind.ASIDE) {
                continue;
            }
            boolean part = isPart(tree, i, siblings, ownWords);
            chosen.add(new Chosen(entry, part));
            if (part) {
                choose(tree, tree.children.get(i), ownWords, titlePage, chosen);
            }
        }
    }

    private static boolean isPart(Tree tree, int i, List<Integer> siblings, IntUnaryOperator ownWords) {
        ContentsEntry entry = tree.entries.get(i);
        List<Integer> children = tree.children.get(i);
        Optional<Heading> heading = Heading.parseLine(entry.title());
        boolean labelledPart = heading.filter(h -> h.level() == Heading.Level.PART).isPresent();
        if (children.isEmpty()) {
            return entry.kind() == ContentsEntry.Kind.PART || labelledPart && entry.kind() == ContentsEntry.Kind.UNMARKED;
        }
        // A work is whole: what is inside a poem or a story is a section of it, whatever it is marked.
        // So are numbered pieces too short to skip between, aphorisms or stanzas, whatever they are marked.
        if (entry.kind() == ContentsEntry.Kind.WORK || areShortNumberedPieces(tree, children, ownWords)) {
            return false;
        }
        // An act marked as a chapter holds scenes; a group of poems holds poems.
        if (tree.hasUnder(i, ContentsEntry.Kind.WORK) || tree.hasUnder(i, ContentsEntry.Kind.CHAPTER)
                || entry.kind() == ContentsEntry.Kind.PART) {
            return true;
        }
        if (entry.kind() == ContentsEntry.Kind.CHAPTER || tree.hasUnder(i, ContentsEntry.Kind.SECTION)) {
            return false;
        }
        return isPartByShape(tree, i, siblings, labelledPart, ownWords);
    }

    /**
     * Unmarked: "Part One" or "Book III" is a part, and so is an entry over entries most of which are
     * labelled as chapters.
     * Among chapters that have no entries under them, an entry is a chapter too where it has words of its
     * own, numbered sections under it or pieces a tenth as long as the chapters beside it (a chapter's
     * headlines); a group of titled entries with nothing of its own to read ("Early Poems") is a part. A numeral alone under a title is a section of it ("A Scandal in Bohemia" over "I",
     * "II", "III"); under a numeral ("— II —" over "[ 4 ]"), a chapter.
     */
    private static boolean isPartByShape(Tree tree, int i, List<Integer> siblings, boolean labelledPart,
            IntUnaryOperator ownWords) {
        List<Integer> children = tree.children.get(i);
        long labelledChapters = children.stream().filter(c -> isLabelledChapter(tree.entries.get(c).title())).count();
        if (labelledPart || labelledChapters * 2 > children.size()) {
            return true;
        }
        if (!HeadingCandidates.isNumeral(tree.entries.get(i).title())
                && children.stream().allMatch(c -> HeadingCandidates.isNumeral(tree.entries.get(c).title()))) {
            return false;
        }
        long chaptersBeside = siblings.stream().filter(s -> s != i && tree.children.get(s).isEmpty()).count();
        long partsBeside = siblings.stream().filter(s -> s != i && !tree.children.get(s).isEmpty()).count();
        boolean amongChapters = chaptersBeside > 0 && chaptersBeside >= partsBeside;
        boolean numberedSections = children.stream()
                .allMatch(c -> HeadingCandidates.numeralOf(tree.entries.get(c).title()).isPresent());
        // Pieces a tenth as long as the chapters beside them are its sections: a chapter's headlines.
        int chapterWords = median(siblings.stream().filter(s -> s != i && tree.children.get(s).isEmpty()), ownWords);
        boolean shortPieces = median(children.stream(), ownWords) * SECTION_SHARE < chapterWords;
        return !(amongChapters && (ownWords.applyAsInt(i) > 0 || numberedSections || shortPieces));
    }

    private static int median(Stream<Integer> entries, IntUnaryOperator ownWords) {
        int[] words = entries.mapToInt(ownWords::applyAsInt).sorted().toArray();
        return words.length == 0 ? 0 : words[words.length / 2];
    }

    /**
     * Numbered pieces, not works, where the pieces at their depth in the whole book are mostly under a
     * minute to listen to: a book's aphorisms, however long a few of them are.
     */
    private static boolean areShortNumberedPieces(Tree tree, List<Integer> children, IntUnaryOperator ownWords) {
        if (!isMostlyNumbered(tree, children)) {
            return false;
        }
        int depth = tree.entries.get(children.get(0)).depth();
        List<Integer> atDepth = new ArrayList<>();
        for (int i = 0; i < tree.entries.size(); i++) {
            if (tree.entries.get(i).depth() == depth && tree.children.get(i).isEmpty()) {
                atDepth.add(i);
            }
        }
        int[] words = atDepth.stream().mapToInt(ownWords::applyAsInt).sorted().toArray();
        return isMostlyNumbered(tree, atDepth) && words[words.length / 2] < MAX_PIECE_WORDS;
    }

    private static boolean isMostlyNumbered(Tree tree, List<Integer> entries) {
        long numbered = entries.stream().map(tree.entries::get)
                .filter(e -> e.kind() != ContentsEntry.Kind.WORK && isNumbered(e.title())).count();
        return !entries.isEmpty() && numbered * 4 >= entries.size() * 3L;
    }

    /**
     * "IV", "IV: The Road", or digits alone ("65", "65A"), which in a contents are no page; not "Chapter
     * 4", which the book calls a chapter.
     */
    private static boolean isNumbered(String title) {
        return Heading.parseLine(title).isEmpty()
                && (HeadingCandidates.numeralOf(title).isPresent() || DIGITS.matcher(title.strip()).matches());
    }

    /** Neither a part, chapter or work by its markup, nor a heading by its words ("Part I", "Preface", "IV"). */
    private static boolean isUnlabelled(ContentsEntry entry) {
        return (entry.kind() == ContentsEntry.Kind.UNMARKED || entry.kind() == ContentsEntry.Kind.ASIDE)
                && Heading.parseLine(entry.title()).isEmpty() && HeadingCandidates.numeralOf(entry.title()).isEmpty();
    }

    private static boolean isLabelledChapter(String title) {
        return Heading.parseLine(title).filter(h -> h.level() == Heading.Level.CHAPTER && h.label().isPresent()
                && h.number().isPresent()).isPresent();
    }

    /** The entries as the tree their depths draw: each entry's parent is the nearest shallower one before it. */
    private static final class Tree {
        final List<ContentsEntry> entries;
        final List<Integer> roots = new ArrayList<>();
        final List<List<Integer>> children = new ArrayList<>();

        Tree(List<ContentsEntry> entries) {
            this.entries = entries;
            List<Integer> open = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                children.add(new ArrayList<>());
                while (!open.isEmpty() && entries.get(open.get(open.size() - 1)).depth() >= entries.get(i).depth()) {
                    open.remove(open.size() - 1);
                }
                (open.isEmpty() ? roots : children.get(open.get(open.size() - 1))).add(i);
                open.add(i);
            }
        }

        void addUnder(int i, List<ContentsEntry> under) {
            for (int c : children.get(i)) {
                under.add(entries.get(c));
                addUnder(c, under);
            }
        }

        boolean hasUnder(int i, ContentsEntry.Kind kind) {
            for (int c : children.get(i)) {
                if (entries.get(c).kind() == kind || hasUnder(c, kind)) {
                    return true;
                }
            }
            return false;
        }
    }
}
