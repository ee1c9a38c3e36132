package dev.audiobook.book;

import dev.audiobook.text.TextBlock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the chapters of a text from its headings, skipping a contents list. A text without headings
 * gets tracks titled by their opening words: one per paragraph for a short text, else a few minutes
 * each, cut at scene breaks where the text has them.
 */
public final class ChapterDetector {
    /** Cue sheets allow 99 tracks. */
    public static final int MAX_TRACKS = 99;
    private static final int OPENING_WORDS = 6;
    /** About five minutes of speech: a skip point in a long text without headings. */
    private static final int WORDS_PER_TRACK = 900;
    /** A title page ("The Lighthouse Keeper, by A. Writer") is too short to be a track of its own. */
    static final int MAX_OPENING_WORDS = 40;
    /** A paragraph of running text, not a contents entry's synopsis. */
    private static final int MIN_PROSE_WORDS = 25;
    private static final int MIN_SENTENCES_WORDS = 12;
    /** One sentence ending and another starting: "... robifil. Dova tapu ...". */
    private static final Pattern SENTENCES = Pattern.compile("\\p{L}[.!?]\\s+\\p{Lu}");
    /** The text under a part heading up to its first chapter: a motto is read with that chapter. */
    private static final int MAX_PART_MOTTO_WORDS = 150;
    private static final Pattern DECORATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.!?)]+$");
    private static final Pattern BY_LINE = Pattern.compile("by\\s+(\\S.{0,80})", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENTS = Pattern.compile("(?:table of )?contents\\.?:?", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_NUMBER = Pattern.compile("[.\\s\u2026]*\\d+$");
    private static final Pattern ILLUSTRATIONS =
            Pattern.compile("(?:list of )?(?:illustrations|plates)\\.?:?", Pattern.CASE_INSENSITIVE);
    /** A contents entry may carry a synopsis of a few lines under its heading. */
    private static final int MAX_CONTENTS_ENTRY_LINES = 6;
    private static final Pattern DIALOGUE_OR_CLAUSE_END =
            Pattern.compile(".*[,;:\"'\u201C\u201D\u2018\u2019]$|^[\"'\u201C\u2018].*");

    private ChapterDetector() {}

    /**
     * What the text says of itself: its chapters, a short title page before the first heading, and for
     * Markdown with one top heading or a title page, its title and author.
     *
     * @param headingless whether no heading was found, so the tracks are cut from the paragraphs
     */
    public record Detected(Optional<String> title, Optional<String> author, List<String> opening,
            List<Chapter> chapters, boolean headingless) {}

    public static Detected detect(List<TextBlock> blocks, String fallbackTitle) {
        return detect(blocks, fallbackTitle, Optional.empty());
    }

    /**
     * @param fallbackTitle names the text before the first heading when that text is a track of its own
     * @param chapterPattern when given, a line it matches whole is a chapter heading, and nothing else is
     */
    public static Detected detect(List<TextBlock> blocks, String fallbackTitle, Optional<Pattern> chapterPattern) {
        return detect(blocks, fallbackTitle, chapterPattern, List.of(), new java.util.BitSet());
    }

    /**
     * @param headingOutline the book's heading elements, each level under the one above: a heading inside
     *     a story, chapter or poem by their nesting is a section of it, never a chapter
     * @param headingLines the lines the book marks as headings
     */
    public static Detected detect(List<TextBlock> blocks, String fallbackTitle, Optional<Pattern> chapterPattern,
            List<ContentsEntry> headingOutline, java.util.BitSet headingLines) {
        Set<String> listed = new HashSet<>();
        List<TextBlock> body = withoutContents(blocks, listed);
        List<HeadingCandidate> headings;
        if (chapterPattern.isPresent()) {
            headings = findHeadings(body, chapterPattern.get());
        } else if (body.stream().anyMatch(b -> Heading.parseMarkdownLine(b.firstLine()).isPresent())) {
            headings = findMarkdownHeadings(body);
        } else {
            ContentsChapters.OutlineRoles outline = ContentsChapters.OutlineRoles.of(body, headingOutline, headingLines,
                    fallbackTitle);
            Set<String> trusted = new HashSet<>(listed);
            trusted.addAll(outline.trackTitles());
            List<HeadingCandidate> candidates = HeadingCandidates.find(body, trusted).stream()
                    .filter(c -> !outline.sectionLines().contains(body.get(c.block()).line()))
                    .toList();
            headings = HeadingChoice.choose(candidates, body, trusted);
        }
        Optional<String> bookTitle = Optional.empty();
        if (chapterPattern.isEmpty() && isMarkdownBookTitle(body, headings)) {
            bookTitle = headings.get(0).heading().title();
            headings = headings.subList(1, headings.size());
        }
        int bodyStart = bookTitle.isPresent() ? 1 : 0;
        if (headings.isEmpty()) {
            int pageEnd = bookTitle.isEmpty() ? titlePageEnd(body) : bodyStart;
            List<String> titlePage = paragraphs(body.subList(bodyStart, pageEnd));
            return new Detected(bookTitle.or(() -> titleOf(titlePage)), authorOf(titlePage), titlePage,
                    paragraphTracks(body.subList(pageEnd, body.size())), true);
        }
        List<String> preamble = paragraphs(body.subList(Math.min(bodyStart, headings.get(0).block()),
                headings.get(0).block()));
        List<String> opening = wordCount(preamble) <= MAX_OPENING_WORDS ? preamble : List.of();
        List<Chapter> chapters = new ArrayList<>();
        if (opening.isEmpty() && !preamble.isEmpty()) {
            chapters.add(new Chapter(bookTitle.orElse(fallbackTitle), Optional.empty(), preamble,
                    body.get(Math.min(bodyStart, headings.get(0).block())).line()));
        }
        chapters.addAll(chaptersUnder(body, headings));
        return new Detected(bookTitle.or(() -> titleOf(opening)), authorOf(opening), opening, chapters, false);
    }

    /**
     * The chapters of an e-book from its table of contents, where it has one; else from its headings.
     *
     * @param headingLines the lines the book marks as headings
     */
    public static Detected fromContents(List<TextBlock> blocks, List<ContentsEntry> contents,
            java.util.BitSet headingLines, String fallbackTitle) {
        if (contents.isEmpty()) {
            return detect(blocks, fallbackTitle);
        }
        return ContentsChapters.detect(withoutContents(blocks, new HashSet<>()), contents, headingLines, fallbackTitle);
    }

    /** "A. Writer" from a title page's "By A. Writer". */
    private static Optional<String> authorOf(List<String> titlePage) {
        return titlePage.stream()
                .map(BY_LINE::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1).strip())
                .findFirst();
    }

    private static Optional<String> titleOf(List<String> titlePage) {
        if (!titlePage.isEmpty() && HeadingCandidates.isTitleLine(titlePage.get(0))
                && !BY_LINE.matcher(titlePage.get(0)).matches()) {
            return Optional.of(Heading.tidyTitle(titlePage.get(0)));
        }
        return Optional.empty();
    }

    /** Where a headingless text's title page ends: a title line with a by-line under it, or nothing. */
    private static int titlePageEnd(List<TextBlock> body) {
        boolean titlePage = body.size() > 2 && body.get(0).lines().size() == 1
                && HeadingCandidates.isTitleLine(body.get(0).firstLine())
                && body.get(1).lines().size() == 1 && BY_LINE.matcher(body.get(1).firstLine()).matches();
        return titlePage ? 2 : 0;
    }

    /**
     * A whole text as one chapter, for books made of one file a chapter: titled by its opening heading
     * when it has one (a chapter line, a Markdown heading, or a line the file marks as a heading, such as
     * an HTML {@code <h1>}), else by the given title.
     *
     * @param headingLines the lines the file marks as headings
     */
    public static Chapter asOneChapter(List<TextBlock> blocks, java.util.BitSet headingLines, String title) {
        List<TextBlock> body = withoutContents(blocks, new HashSet<>());
        if (body.isEmpty()) {
            return new Chapter(title, Optional.of(title + "."), List.of());
        }
        String first = body.get(0).firstLine();
        boolean markedHeading = headingLines.get(body.get(0).line());
        Optional<Heading> heading = Heading.parseMarkdownLine(first)
                .map(m -> Heading.fromMarkdownText(m.text()))
                .or(() -> Heading.parseLine(first))
                .or(() -> markedHeading ? Optional.of(Heading.titled(first)) : Optional.empty());
        if (heading.isEmpty()) {
            return new Chapter(title, Optional.of(title + "."), paragraphs(body), body.get(0).line());
        }
        HeadingCandidate at = Heading.parseMarkdownLine(first).isPresent()
                ? markdown(body, 0, heading.get())
                : HeadingCandidates.withTitle(body, 0, heading.get(), "label", HeadingCandidate.Kind.LABELLED,
                        heading.get().number());
        List<String> text = new ArrayList<>();
        if (!at.linesAfter().isEmpty()) {
            text.add(new TextBlock(at.linesAfter()).joined());
        }
        text.addAll(paragraphs(body.subList(at.bodyStart(), body.size())));
        return new Chapter(at.heading().trackTitle(), Optional.of(at.heading().spoken()), text, body.get(0).line());
    }

    /**
     * Each chapter heading with the text up to the next. A heading with no text under it is a contents
     * entry and is dropped; a part heading with none is spoken before its first chapter.
     */
    static List<Chapter> chaptersUnder(List<TextBlock> blocks, List<HeadingCandidate> headings) {
        // Where chapter numbers start again in each part, every chapter is named with its part; where they
        // run on from one part to the next, its chapters are not (notes after a book that number again).
        boolean numberingRestarts = numberingRestarts(headings);
        BitSet restartingParts = restartingParts(headings);
        int part = 0;
        List<Chapter> chapters = new ArrayList<>();
        Optional<Heading> currentPart = Optional.empty();
        // A part heading, with its motto if it has one, is read at the start of its first chapter.
        Optional<String> partToSpeak = Optional.empty();
        List<String> partMotto = List.of();
        int partLine = 0;
        for (int h = 0; h < headings.size(); h++) {
            HeadingCandidate at = headings.get(h);
            int end = h + 1 < headings.size() ? headings.get(h + 1).block() : blocks.size();
            Heading heading = at.heading();
            List<String> text = new ArrayList<>();
            if (!at.linesAfter().isEmpty()) {
                text.add(new TextBlock(at.linesAfter()).joined());
            }
            text.addAll(paragraphs(blocks.subList(at.bodyStart(), end)));
            String title = heading.trackTitle();
            if (heading.level() == Heading.Level.PART) {
                part++;
                unheardPart(currentPart, partToSpeak, partMotto, partLine).ifPresent(chapters::add);
                currentPart = Optional.of(heading);
                partToSpeak = Optional.of(heading.spoken());
                partMotto = List.of();
                partLine = blocks.get(at.block()).line();
                if (wordCount(text) <= MAX_PART_MOTTO_WORDS) {
                    partMotto = text;
                    continue;
                }
            } else if (text.isEmpty()) {
                // "INTRODUCTION" straight above its first section is read at that section's start; an
                // "EPILOGUE" above numbered sections is their part: "Epilogue, Chapter I".
                if (at.isNamed() && partToSpeak.isEmpty()) {
                    partToSpeak = Optional.of(heading.spoken());
                    partLine = blocks.get(at.block()).line();
                    if (h + 1 < headings.size() && headings.get(h + 1).number().isPresent()) {
                        currentPart = Optional.of(heading);
                    }
                }
                continue;
            } else if (currentPart.isPresent() && at.number().isPresent()
                    && (numberingRestarts && restartingParts.get(part) || isScene(heading))) {
                // A bare numeral under its part is that part's chapter: "Part First, Chapter I"; so is a
                // numbered title: "Volume II, Chapter 3: The Road".
                String chapter = at.kind() == HeadingCandidate.Kind.LABELLED ? title
                        : heading.label().isPresent() ? "Chapter " + title
                        : "Chapter " + at.number().getAsInt() + ": " + title;
                title = currentPart.get().label().orElse(currentPart.get().trackTitle()) + ", " + chapter;
            }
            String spoken = heading.spoken();
            Optional<Chapter.PartOpening> partOpening = Optional.empty();
            if (partToSpeak.isPresent() && heading.level() != Heading.Level.PART) {
                if (partMotto.isEmpty()) {
                    spoken = partToSpeak.get() + " " + spoken;
                } else {
                    partOpening = Optional.of(new Chapter.PartOpening(currentPart.orElseThrow().trackTitle(),
                            partToSpeak.get(), partMotto));
                }
            }
            // A track that speaks its part's heading first starts at that heading.
            int line = partToSpeak.isEmpty() ? blocks.get(at.block()).line() : partLine;
            chapters.add(new Chapter(title, partOpening, Optional.of(spoken), text, line));
            partToSpeak = Optional.empty();
            partMotto = List.of();
        }
        unheardPart(currentPart, partToSpeak, partMotto, partLine).ifPresent(chapters::add);
        return chapters;
    }

    /** A scene is always named with its act: "Act II, Scene I". */
    private static boolean isScene(Heading heading) {
        return heading.label().filter(label -> label.startsWith("Scene ")).isPresent();
    }

    /** A part with words under it that no chapter followed to read them: a track of its own, not lost. */
    private static Optional<Chapter> unheardPart(Optional<Heading> part, Optional<String> toSpeak, List<String> motto,
            int line) {
        if (part.isEmpty() || toSpeak.isEmpty() || motto.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Chapter(part.get().trackTitle(), Optional.empty(), toSpeak, motto, line));
    }

    /**
     * Numbering starts again in each part ("Book II, Chapter I"): the first number of a form of chapter
     * heading comes more than once. A misprinted number that comes twice is no restart.
     */
    /**
     * The parts (counted from 1, in order) whose chapters are named with them: those whose numbers the part
     * beside them uses too ("Book the Second" from I after "Book the First" from I: both), and those that
     * start again from the book's first number (notes from I after a last part of LXI to LXXX: the notes
     * only, not the parts whose numbers ran on).
     */
    private static BitSet restartingParts(List<HeadingCandidate> headings) {
        List<int[]> firstAndLast = new ArrayList<>(); // per part from 1: {first, last} chapter number, or none
        firstAndLast.add(null);
        for (HeadingCandidate at : headings) {
            if (at.heading().level() == Heading.Level.PART) {
                firstAndLast.add(null);
            } else if (at.number().isPresent()) {
                int n = at.number().getAsInt();
                int[] range = firstAndLast.get(firstAndLast.size() - 1);
                firstAndLast.set(firstAndLast.size() - 1, range == null ? new int[] {n, n} : new int[] {range[0], n});
            }
        }
        BitSet restarting = new BitSet();
        int previous = -1;
        int lowest = Integer.MAX_VALUE;
        for (int p = 1; p < firstAndLast.size(); p++) {
            int[] range = firstAndLast.get(p);
            if (range == null) {
                continue;
            }
            int[] before = previous > 0 ? firstAndLast.get(previous) : null;
            if (before != null && range[0] <= before[1] && before[0] <= range[1]) {
                restarting.set(previous);
                restarting.set(p);
            }
            if (range[0] <= lowest && previous > 0) {
                restarting.set(p);
            }
            lowest = Math.min(lowest, range[0]);
            previous = p;
        }
        return restarting;
    }

    private static boolean numberingRestarts(List<HeadingCandidate> headings) {
        Map<String, Integer> lowest = new HashMap<>();
        Map<String, Integer> timesLowest = new HashMap<>();
        for (HeadingCandidate at : headings) {
            if (at.heading().level() != Heading.Level.CHAPTER || at.number().isEmpty()) {
                continue;
            }
            int number = at.number().getAsInt();
            Integer low = lowest.get(at.form());
            if (low == null || number < low) {
                lowest.put(at.form(), number);
                timesLowest.put(at.form(), 1);
            } else if (number == low) {
                timesLowest.merge(at.form(), 1, Integer::sum);
            }
        }
        return timesLowest.values().stream().anyMatch(times -> times > 1);
    }

    /** A Markdown text's headings are its "#" lines. */
    private static List<HeadingCandidate> findMarkdownHeadings(List<TextBlock> blocks) {
        List<HeadingCandidate> found = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Optional<Heading.MarkdownHeading> markdown = Heading.parseMarkdownLine(blocks.get(i).firstLine());
            if (markdown.isPresent()) {
                found.add(markdown(blocks, i, Heading.fromMarkdownText(markdown.get().text())));
            }
        }
        return found;
    }

    private static HeadingCandidate markdown(List<TextBlock> blocks, int i, Heading heading) {
        List<String> lines = blocks.get(i).lines();
        return new HeadingCandidate(i, i + 1, heading, "markdown", HeadingCandidate.Kind.LABELLED, heading.number(),
                lines.subList(1, lines.size()));
    }

    private static List<HeadingCandidate> findHeadings(List<TextBlock> blocks, Pattern chapterPattern) {
        List<HeadingCandidate> found = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            List<String> lines = blocks.get(i).lines();
            if (chapterPattern.matcher(lines.get(0)).matches()) {
                // "=== The First Night ===" is titled "The First Night"; "CHAPTER IV" reads as usual.
                String line = DECORATION.matcher(lines.get(0)).replaceAll("");
                Heading heading = Heading.parseLine(line).orElse(Heading.titled(line.isEmpty() ? lines.get(0) : line));
                HeadingCandidate at = HeadingCandidates.withTitle(blocks, i, heading, "pattern",
                        HeadingCandidate.Kind.LABELLED, heading.number());
                found.add(at);
                i = at.bodyStart() - 1;
            }
        }
        return found;
    }

    /**
     * The text without its contents list: the "Contents" line, and after it every block that lists
     * headings or short titles, up to the first block of running text. Collects the listed titles in {@code titles}.
     */
    private static List<TextBlock> withoutContents(List<TextBlock> blocks, Set<String> titles) {
        List<TextBlock> kept = new ArrayList<>();
        boolean inContents = false;
        Set<String> listed = new HashSet<>();
        boolean inIllustrations = false;
        String listPart = "";
        for (int b = 0; b < blocks.size(); b++) {
            TextBlock block = blocks.get(b);
            if (block.lines().size() == 1 && CONTENTS.matcher(block.firstLine()).matches()) {
                inContents = true;
                inIllustrations = false;
                continue;
            }
            if (block.lines().size() == 1 && ILLUSTRATIONS.matcher(block.firstLine()).matches()) {
                inIllustrations = true;
                inContents = false;
                continue;
            }
            // A list of illustrations names pictures, not headings: it ends at the first heading or running text.
            if (inIllustrations && Heading.parseLine(block.firstLine()).isEmpty() && isCaption(block)) {
                continue;
            }
            inIllustrations = false;
            // The contents list ends where running text starts, or where a heading it listed comes again.
            // A "Preface", or a numeral such as "1", with a paragraph of prose under it (or under its title)
            // heads that prose: the list is over.
            boolean headsProse = block.lines().size() == 1
                    && Heading.parseLine(block.firstLine()).filter(h -> h.number().isEmpty()).isPresent()
                    && isProse(blocks, b + 1)
                    || HeadingCandidates.isNumeral(block.firstLine())
                            && (isProse(blocks, b + 1) || block.lines().size() == 1 && isProse(blocks, b + 2));
            List<String> entries = inContents && !headsProse ? contentsEntries(block) : List.of();
            // "I." over "A SCANDAL IN BOHEMIA" is the listed "I. A Scandal in Bohemia" again, on two lines.
            // "CHAPTER I." over "LIVI" is the listed "I. Livi" again, numbered another way.
            // Where chapter numbers start again in each part, "CHAPTER I" under the second part is a new entry.
            String blockPart = entries.stream().filter(ChapterDetector::isPartEntry).reduce((first, last) -> last)
                    .map(ChapterDetector::contentsKey).orElse(listPart);
            // A page number alone names nothing.
            List<String> keys = entries.stream().flatMap(e -> partKeys(isPartEntry(e) ? "" : blockPart, e).stream())
                    .filter(key -> !key.isEmpty()).toList();
            boolean listedAgain = keys.stream().anyMatch(listed::contains)
                    || entries.size() > 1 && listed.contains(contentsKey(block.joined()))
                    || numberedHeadingTitles(block).stream().anyMatch(titles::contains);
            if (!entries.isEmpty() && !listedAgain) {
                listed.addAll(keys);
                listPart = blockPart;
                entries.stream().map(ChapterDetector::listedTitle).forEach(titles::add);
                continue;
            }
            inContents = false;
            if (!isListOfHeadings(block)) {
                kept.add(block);
            }
        }
        return kept;
    }

    /** A paragraph of running text, not a list's entry: long, or a few sentences of a dozen words. */
    private static boolean isProse(List<TextBlock> blocks, int b) {
        if (b >= blocks.size()) {
            return false;
        }
        String text = blocks.get(b).joined();
        int words = Heading.wordCount(text);
        boolean sentences = words >= MIN_SENTENCES_WORDS && SENTENCES.matcher(text).find();
        return (words >= MIN_PROSE_WORDS || sentences) && contentsEntries(blocks.get(b)).isEmpty();
    }

    private static boolean isPartEntry(String line) {
        return Heading.parseLine(line).filter(h -> h.level() == Heading.Level.PART).isPresent();
    }

    /** A numbered chapter's entry within its part, "book2/chapter1", and the number it has in the text. */
    private static List<String> partKeys(String part, String line) {
        Optional<Heading> labelled = Heading.parseLine(line).filter(h -> h.number().isPresent());
        // "CHAPTER I. An Irate Neighbor" or "iv. The Road" in the list is "I" or "IV." over its title in the text.
        OptionalInt number = labelled.filter(h -> h.level() == Heading.Level.CHAPTER).map(Heading::number)
                .orElseGet(() -> HeadingCandidates.numeralOf(withoutPageNumber(line)));
        String prefix = (labelled.isPresent() || number.isPresent()) && !part.isEmpty() ? part + "/" : "";
        return number.isPresent()
                ? List.of(prefix + contentsKey(line), prefix + "#" + number.getAsInt())
                : List.of(prefix + contentsKey(line));
    }

    /**
     * What identifies a contents entry: a numbered heading's label word and number ("PART ONE." and
     * "PART I." are "part1"), else the line itself (a book may have two prefaces).
     */
    private static String contentsKey(String line) {
        Optional<Heading> numbered = Heading.parseLine(line).filter(heading -> heading.number().isPresent());
        if (numbered.isPresent()) {
            String label = numbered.get().label().orElseThrow();
            return HeadingCandidates.titleKey(label.substring(0, label.indexOf(' ') + 1)) + numbered.get().number().getAsInt();
        }
        return HeadingCandidates.titleKey(withoutPageNumber(line));
    }

    /**
     * How a contents list would name a block that opens with a numbered heading: "CHAPTER I." over "LIVI", or
     * "CHAPTER ONE. LIVI", is listed as "Livi" or as "One Livi"; "CHAPTER I." alone is listed as "I.".
     */
    private static List<String> numberedHeadingTitles(TextBlock block) {
        Optional<Heading> heading = Heading.parseLine(block.firstLine()).filter(h -> h.number().isPresent());
        if (heading.isEmpty()) {
            return List.of();
        }
        String title = heading.get().title().orElse(block.lines().size() > 1 ? block.lines().get(1) : "");
        String titleKey = HeadingCandidates.titleKey(title);
        String numbered = HeadingCandidates.titleKey(heading.get().numeral().orElseThrow() + " " + title);
        return titleKey.isEmpty() ? List.of(numbered) : List.of(titleKey, numbered);
    }

    /** "II. The Pool of Tears .... 12" lists the title "the pool of tears". */
    private static String listedTitle(String line) {
        return HeadingCandidates.titleKey(withoutPageNumber(line).replaceAll("^(?i:[IVXLC]+)\\.\\s+", ""));
    }

    /** A block of several lines most of which are headings: a contents list without its label. */
    private static boolean isListOfHeadings(TextBlock block) {
        if (block.lines().size() < 3) {
            return false;
        }
        long headings = block.lines().stream().filter(l -> Heading.parseLine(l).isPresent()).count();
        return headings * 10 >= block.lines().size() * 6;
    }

    /**
     * The entries a block of a contents list holds: each of its lines when it lists titles, its first line
     * when that is a heading with a synopsis of a few lines under it ("CHAPTER I. Tom Plays—Tom Fights"),
     * none when it is running text.
     */
    private static List<String> contentsEntries(TextBlock block) {
        if (isListOfHeadings(block)
                || block.lines().stream().allMatch(l -> Heading.parseLine(l).isPresent() || isContentsLine(l))) {
            return block.lines();
        }
        boolean entryWithSynopsis = block.lines().size() <= MAX_CONTENTS_ENTRY_LINES
                && Heading.parseLine(block.firstLine()).flatMap(Heading::label).isPresent();
        return entryWithSynopsis ? List.of(block.firstLine()) : List.of();
    }

    /** "Loomings .......... 1", "The Carpet-Bag", "II. The Pool of Tears", "ETYMOLOGY.": short, not a sentence. */
    private static boolean isContentsLine(String line) {
        String withoutPage = withoutPageNumber(line).replaceAll("^(?i:[IVXLC]+)\\.\\s+", "");
        return withoutPage.length() <= HeadingCandidates.MAX_TITLE_CHARS
                && (HeadingCandidates.isTitleLine(withoutPage) || HeadingCandidates.allWordsCapitalized(withoutPage))
                && !DIALOGUE_OR_CLAUSE_END.matcher(withoutPage).matches()
                || opensWithNumberedHeading(withoutPage) && HeadingCandidates.allWordsCapitalized(withoutPage)
                || HeadingCandidates.numeralOf(withoutPageNumber(line)).isPresent();
    }

    /** "Chapter VI. The Reverend Arthur Beebe, ... Drive Out in Carriages": an entry with a long title. */
    private static boolean opensWithNumberedHeading(String line) {
        String[] words = line.split("\\s+", 4);
        String opening = String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
        return Heading.parseLine(opening).filter(heading -> heading.number().isPresent()).isPresent();
    }

    /** "Loomings .......... 12" without its page number. */
    private static String withoutPageNumber(String line) {
        return PAGE_NUMBER.matcher(line).replaceAll("");
    }

    /**
     * A picture's caption in a list: short lines that are not sentences, or a caption of a few lines, even
     * a quoted sentence, that ends with its page.
     */
    private static boolean isCaption(TextBlock block) {
        String last = block.lines().get(block.lines().size() - 1);
        return block.lines().stream().allMatch(ChapterDetector::isCaptionLine)
                || block.lines().size() <= MAX_CONTENTS_ENTRY_LINES && HeadingChoice.LIST_ENTRY.matcher(last).matches();
    }

    /** "Ain't that Work?", "The Raft .... 42": a picture's caption in a list, short and not a sentence. */
    private static boolean isCaptionLine(String line) {
        String withoutPage = withoutPageNumber(line);
        return withoutPage.length() <= HeadingCandidates.MAX_TITLE_CHARS
                && Heading.wordCount(withoutPage) <= HeadingCandidates.MAX_TITLE_WORDS
                && !withoutPage.matches(".*[.,;:]$");
    }

    /** "# Book Title" once at the top, with the chapters as deeper headings below it. */
    private static boolean isMarkdownBookTitle(List<TextBlock> blocks, List<HeadingCandidate> headings) {
        if (headings.size() < 2 || headings.get(0).block() != 0) {
            return false;
        }
        long topLevel = headings.stream()
                .map(h -> Heading.parseMarkdownLine(blocks.get(h.block()).firstLine()))
                .filter(m -> m.isPresent() && m.get().level() == 1)
                .count();
        Optional<Heading.MarkdownHeading> first = Heading.parseMarkdownLine(blocks.get(0).firstLine());
        return first.isPresent() && first.get().level() == 1 && topLevel == 1 && headings.get(0).linesAfter().isEmpty();
    }

    /**
     * Skip points for a text without headings. A short text is a track per paragraph; a longer one is
     * cut into tracks of a few minutes at paragraph boundaries, at its scene breaks where it has them.
     */
    private static List<Chapter> paragraphTracks(List<TextBlock> blocks) {
        List<TextBlock> paragraphs = blocks.stream().filter(b -> !isSceneBreak(b)).toList();
        int words = paragraphs.stream().mapToInt(b -> Heading.wordCount(b.joined())).sum();
        if (words < 2 * WORDS_PER_TRACK) {
            int perTrack = Math.max(1, (paragraphs.size() + MAX_TRACKS - 1) / MAX_TRACKS);
            List<List<TextBlock>> groups = new ArrayList<>();
            for (int i = 0; i < paragraphs.size(); i += perTrack) {
                groups.add(paragraphs.subList(i, Math.min(paragraphs.size(), i + perTrack)));
            }
            return tracksOf(groups);
        }
        int target = Math.max(WORDS_PER_TRACK, words / (MAX_TRACKS - 1));
        boolean scenes = blocks.stream().anyMatch(ChapterDetector::isSceneBreak);
        // With scenes, a track runs to the scene's end unless the scene is very long.
        int longest = scenes ? 3 * target : target;
        List<List<TextBlock>> groups = new ArrayList<>();
        List<TextBlock> group = new ArrayList<>();
        int groupWords = 0;
        for (TextBlock block : blocks) {
            boolean sceneEnds = isSceneBreak(block) && groupWords >= target / 2;
            if (!isSceneBreak(block)) {
                group.add(block);
                groupWords += Heading.wordCount(block.joined());
            }
            if (sceneEnds || groupWords >= longest) {
                groups.add(group);
                group = new ArrayList<>();
                groupWords = 0;
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return tracksOf(groups);
    }

    private static List<Chapter> tracksOf(List<List<TextBlock>> groups) {
        return groups.stream()
                .map(g -> new Chapter(openingWords(g.get(0).joined()), Optional.empty(), paragraphs(g), g.get(0).line()))
                .toList();
    }

    /** "* * *", "#", "~": a line with nothing to read, between scenes. */
    private static boolean isSceneBreak(TextBlock block) {
        return block.joined().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    static int wordCount(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(Heading::wordCount).sum();
    }

    static List<String> paragraphs(List<TextBlock> blocks) {
        return blocks.stream().map(TextBlock::joined).toList();
    }

    /** "It was a dark and stormy…", at most a title's length. */
    static String openingWords(String paragraph) {
        String[] words = paragraph.split("\\s+", OPENING_WORDS + 1);
        if (words.length <= OPENING_WORDS && paragraph.length() <= HeadingCandidates.MAX_TITLE_CHARS) {
            return paragraph;
        }
        String start = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, OPENING_WORDS)));
        if (start.length() > HeadingCandidates.MAX_TITLE_CHARS) {
            start = start.substring(0, HeadingCandidates.MAX_TITLE_CHARS);
        }
        return start.replaceAll("[\\p{Punct}\u2013\u2014]+$", "") + "\u2026";
    }
}
