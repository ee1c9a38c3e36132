package dev.audiobook.book;

import dev.audiobook.book.HeadingCandidate.Kind;
import dev.audiobook.text.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first step of finding chapters: every block that could be a heading, by the form of its line.
 * Which of them are the book's chapters is for {@link HeadingChoice} to say.
 */
final class HeadingCandidates {
    /** A Roman numeral in either case ("IV", "iv"), or digits. */
    private static final String NUMERAL =
            "(?i:(?=[IVXLCDM]+\\b)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))|\\d{1,3}";
    /** "IV. THE ROAD", "12: The Road", "XVII--The Road", "One \u2014 The Road". */
    private static final Pattern NUMBERED_TITLE = Pattern.compile("(" + NUMERAL + "|(?i:" + Heading.NUMBER_WORDS
            + "))(?:[.:]\\s+|\\s*--\\s*|\\s*[\u2014\u2013]\\s*)(\\S.*)");
    /** "IV    The Road    12": a contents entry set in columns. */
    private static final Pattern NUMERAL_IN_COLUMNS = Pattern.compile("(" + NUMERAL + "|(?i:" + Heading.NUMBER_WORDS
            + "))\\s+\\S.*");
    /** "IV", "IV.", "[ 4 ]", "— IV —", "* 4 *", "TWELVE". */
    private static final Pattern BARE_NUMBER = Pattern.compile("([\\[(\u2014\u2013*~-]*)\\s*(" + NUMERAL
            + "|(?i:" + Heading.NUMBER_WORDS + "))(\\.?)\\s*([\\])\u2014\u2013*~-]*)");
    private static final Pattern NOT_A_TITLE = Pattern.compile("(?:the end|finis|fin)\\.?|by\\s.*", Pattern.CASE_INSENSITIVE);
    static final int MAX_TITLE_CHARS = 80;
    static final int MAX_TITLE_WORDS = 12;
    /** A heading with a few lines under it in one block is still a heading; a paragraph is not. */
    private static final int MAX_HEADING_BLOCK_LINES = 4;
    /** A heading over its title wrapped in the same block. */
    private static final int MAX_TITLED_BLOCK_LINES = 6;
    private static final int MAX_SENTENCE_TITLE_WORDS = 6;
    /** A long title wraps over a few lines: "The Reverend Arthur Beebe, ... Drive Out in Carriages". */
    private static final int MAX_WRAPPED_TITLE_WORDS = 40;
    /** A heading's title on a line of its own stands at most this many blank lines under it. */
    private static final int MAX_BLANK_LINES_UNDER_HEADING = 4;

    private HeadingCandidates() {}

    /**
     * @param listed the titles a contents list names, as {@link #titleKey} makes them: a mixed-case line
     *     that matches one is a candidate too
     */
    static List<HeadingCandidate> find(List<TextBlock> blocks, Set<String> listed) {
        List<HeadingCandidate> found = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Optional<HeadingCandidate> candidate = at(blocks, i, listed);
            if (candidate.isPresent()) {
                found.add(candidate.get());
                i = candidate.get().bodyStart() - 1;
            }
        }
        return found;
    }

    private static Optional<HeadingCandidate> at(List<TextBlock> blocks, int i, Set<String> listed) {
        TextBlock block = blocks.get(i);
        String first = withoutStrayBracket(block.firstLine());
        Optional<Heading> labelled = Heading.parseLine(first);
        boolean headingBlock = block.lines().size() <= MAX_HEADING_BLOCK_LINES
                || block.lines().size() <= MAX_TITLED_BLOCK_LINES
                        && isWrappedTitle(block.lines().subList(1, block.lines().size()));
        if (labelled.isPresent() && headingBlock) {
            Heading heading = labelled.get();
            String form = heading.number().isPresent()
                    ? "label:" + firstWord(heading.label().orElseThrow())
                    : "named";
            HeadingCandidate candidate = withTitle(blocks, i, heading, form, Kind.LABELLED, heading.number());
            return Optional.of(withoutListedEntry(candidate, blocks, listed));
        }
        // "I" over "The Old Sea-dog at the Admiral Benbow": a numeral with its title under it.
        Matcher bareOverTitle = BARE_NUMBER.matcher(first);
        if (block.lines().size() > 1 && block.lines().size() <= MAX_TITLED_BLOCK_LINES && bareOverTitle.matches()
                && isWrappedTitle(block.lines().subList(1, block.lines().size()))) {
            return Optional.of(bareNumber(blocks, i, bareOverTitle));
        }
        if (block.lines().size() > 1 && !continuesInCapitals(block)) {
            return Optional.empty();
        }
        String line = block.lines().size() > 1 ? block.joined() : first;
        Matcher numbered = NUMBERED_TITLE.matcher(line);
        if (numbered.matches() && isTitle(numbered.group(2))) {
            String numeral = numbered.group(1);
            OptionalInt number = Heading.numberValue(numeral);
            // "IV. The Road" keeps its numeral on the track list, as "IV" over "The Road" does: "IV: The Road".
            Heading heading = new Heading(Heading.Level.CHAPTER, Optional.of(Heading.shownNumeral(numeral)),
                    Optional.of(Integer.toString(number.orElseThrow())), Optional.of(numbered.group(2)));
            return Optional.of(new HeadingCandidate(i, i + 1, heading, "numbered:" + numberStyle(numeral),
                    Kind.NUMBERED_TITLE, number, List.of()));
        }
        Matcher bare = BARE_NUMBER.matcher(line);
        if (bare.matches()) {
            return Optional.of(bareNumber(blocks, i, bare));
        }
        if (isTitle(line) && (Heading.isAllCapitals(line) || listed.contains(titleKey(line)))) {
            return Optional.of(new HeadingCandidate(i, i + 1, Heading.titled(line), "title", Kind.TITLE,
                    OptionalInt.empty(), List.of()));
        }
        return Optional.empty();
    }

    /** "IV", "4.", "[ 4 ]", "TWELVE": a numeral alone. */
    static boolean isNumeral(String line) {
        return BARE_NUMBER.matcher(line).matches();
    }

    /**
     * The number of a numbered title, a numeral set in columns before its title, or a bare numeral ("IV.
     * The Road", "iv    The Road", "TWELVE"); not of digits alone, which in a contents list are its pages.
     */
    static OptionalInt numeralOf(String line) {
        Matcher numbered = NUMBERED_TITLE.matcher(line);
        if (numbered.matches()) {
            return Heading.numberValue(numbered.group(1));
        }
        Matcher listed = NUMERAL_IN_COLUMNS.matcher(line);
        if (listed.matches()) {
            return Heading.numberValue(listed.group(1));
        }
        Matcher bare = BARE_NUMBER.matcher(line);
        return bare.matches() && !bare.group(2).chars().allMatch(Character::isDigit)
                ? Heading.numberValue(bare.group(2))
                : OptionalInt.empty();
    }

    /** "IV", "[ 4 ]", "— IV —" heading the block, with its title under it where it has one. */
    private static HeadingCandidate bareNumber(List<TextBlock> blocks, int i, Matcher bare) {
        String numeral = bare.group(2);
        OptionalInt number = Heading.numberValue(numeral);
        String form = "bare:" + bare.group(1) + "#" + bare.group(3) + bare.group(4) + ":" + numberStyle(numeral);
        Heading heading = new Heading(Heading.Level.CHAPTER, Optional.of(numeral),
                Optional.of(Integer.toString(number.orElseThrow())), Optional.empty());
        HeadingCandidate candidate = withTitle(blocks, i, heading, form, Kind.BARE_NUMBER, number);
        // A numeral over its title in one block is one kind of heading, a numeral alone (a section inside it)
        // another; a line a blank line under a numeral may be its title or its first line, so it says nothing.
        boolean titleInBlock = candidate.heading().title().isPresent() && candidate.bodyStart() == i + 1;
        return !titleInBlock ? candidate
                : new HeadingCandidate(candidate.block(), candidate.bodyStart(), candidate.heading(), "titled-" + form,
                        Kind.NUMBERED_TITLE, number, candidate.linesAfter());
    }

    /**
     * An unnumbered heading does not take the line under it as its subtitle where the contents list says
     * otherwise: where it names that line and other sections after it ("INTRODUCTION" over "Sun Wu and his
     * Book", the first of its sections), or names the heading alone and not the line ("THE PROLOGUE" over
     * the stage direction "Enter Chorus.").
     */
    private static HeadingCandidate withoutListedEntry(HeadingCandidate candidate, List<TextBlock> blocks,
            Set<String> listed) {
        int block = candidate.block();
        boolean tookNextBlock = candidate.bodyStart() == block + 2;
        if (!tookNextBlock || candidate.number().isPresent()) {
            return candidate;
        }
        boolean lineUnderListed = listed.contains(titleKey(blocks.get(block + 1).firstLine()));
        boolean firstOfSections = lineUnderListed && listedSectionsFollow(blocks, block + 2, listed);
        boolean headingAloneListed = !lineUnderListed && listed.contains(titleKey(blocks.get(block).firstLine()));
        if (!firstOfSections && !headingAloneListed) {
            return candidate;
        }
        Heading heading = Heading.parseLine(withoutStrayBracket(blocks.get(block).firstLine())).orElseThrow();
        return new HeadingCandidate(block, block + 1, heading, candidate.form(), candidate.kind(), candidate.number(),
                List.of());
    }

    /** Another line the contents list names stands before the next labelled heading. */
    private static boolean listedSectionsFollow(List<TextBlock> blocks, int from, Set<String> listed) {
        for (int b = from; b < blocks.size(); b++) {
            String line = blocks.get(b).firstLine();
            if (Heading.parseLine(line).isPresent()) {
                return false;
            }
            if (blocks.get(b).lines().size() == 1 && listed.contains(titleKey(line))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The heading with its title when the title stands on the next line ("CHAPTER I" / "DOWN THE
     * RABBIT-HOLE"), in the same block or as a block of its own, or when a long title wraps.
     */
    static HeadingCandidate withTitle(List<TextBlock> blocks, int block, Heading heading, String form, Kind kind,
            OptionalInt number) {
        List<String> lines = blocks.get(block).lines();
        List<String> after = lines.subList(1, lines.size());
        if (!after.isEmpty() && heading.title().isPresent() && continuesInCapitals(blocks.get(block))) {
            return new HeadingCandidate(block, block + 1, heading.withTitle(heading.title().get() + " "
                    + String.join(" ", after)), form, kind, number, List.of());
        }
        // "SCENE I." over "A public place.": a short line alone under the heading is its title even as a sentence.
        boolean shortLineUnder = after.size() == 1 && heading.title().isEmpty() && isTitle(after.get(0))
                && Heading.wordCount(after.get(0)) <= MAX_SENTENCE_TITLE_WORDS;
        if (!after.isEmpty() && (isWrappedTitle(after) || shortLineUnder)) {
            return new HeadingCandidate(block, block + 1, addTitle(heading, String.join(" ", after)), form, kind, number,
                    List.of());
        }
        if (after.isEmpty() && heading.title().isEmpty() && block + 1 < blocks.size()
                && blocks.get(block + 1).lines().size() == 1 && isTitleLine(blocks.get(block + 1).firstLine())
                && !isNumberedHeading(blocks.get(block + 1).firstLine()) && closeBelow(blocks, block)) {
            return new HeadingCandidate(block, block + 2, addTitle(heading, blocks.get(block + 1).firstLine()), form,
                    kind, number, List.of());
        }
        return new HeadingCandidate(block, block + 1, heading, form, kind, number, after);
    }

    /** The next block stands right under this one in the input, not across a removed contents list. */
    private static boolean closeBelow(List<TextBlock> blocks, int block) {
        return blocks.get(block + 1).blankLinesAbove(blocks.get(block)).orElse(0) <= MAX_BLANK_LINES_UNDER_HEADING;
    }

    /** "IV. THE ROAD" or "IV" on the line under "PART ONE" heads a chapter of its own. */
    private static boolean isNumberedHeading(String line) {
        return NUMBERED_TITLE.matcher(line).matches() || BARE_NUMBER.matcher(line).matches();
    }

    private static Heading addTitle(Heading heading, String title) {
        return heading.withTitle(heading.title().map(t -> t + ": " + title).orElse(title));
    }

    /**
     * "CHAPTER 12. LIKING LIFE NO BETTER, I FORM A" / "GREAT RESOLUTION", or "V." / "THE FIVE ORANGE
     * PIPS": one heading over two lines.
     */
    private static boolean continuesInCapitals(TextBlock block) {
        return block.lines().size() <= 3 && block.lines().stream().noneMatch(HeadingCandidates::hasLowerCase)
                && Heading.isAllCapitals(block.joined()) && block.joined().length() <= 2 * MAX_TITLE_CHARS;
    }

    /**
     * The lines under a heading in its block that are its title: one title line, or a long title wrapped over
     * a few lines with its words capitalised as titles are.
     */
    private static boolean isWrappedTitle(List<String> lines) {
        if (lines.size() == 1 && (isTitleLine(lines.get(0)) || isQuotedTitle(lines.get(0)))) {
            return true;
        }
        String joined = String.join(" ", lines);
        String last = lines.get(lines.size() - 1);
        return lines.size() < MAX_TITLED_BLOCK_LINES
                && lines.stream().allMatch(l -> l.length() <= MAX_TITLE_CHARS)
                && Heading.wordCount(joined) <= MAX_WRAPPED_TITLE_WORDS
                && (Heading.isAllCapitals(joined) || allWordsCapitalized(joined))
                && Heading.parseLine(lines.get(0)).isEmpty()
                && opensAsTitle(joined) && closesAsTitle(last);
    }

    /** "\u201CPieces of Eight\u201D" under its numeral: a title in quotation marks, not a line of dialogue. */
    private static boolean isQuotedTitle(String line) {
        if (line.length() < 3 || line.charAt(0) != '\u201C' || line.charAt(line.length() - 1) != '\u201D') {
            return false;
        }
        String inner = line.substring(1, line.length() - 1);
        return inner.indexOf('\u201C') < 0 && inner.indexOf('\u201D') < 0 && isTitleLine(inner)
                && allWordsCapitalized(inner);
    }

    private static boolean hasLowerCase(String line) {
        return line.chars().anyMatch(Character::isLowerCase);
    }

    /** A short line that names a chapter, such as "DOWN THE RABBIT-HOLE" or "The Road", not a sentence. */
    static boolean isTitleLine(String line) {
        if (!isTitle(line) || Heading.parseLine(line).isPresent() || Heading.parseMarkdownLine(line).isPresent()) {
            return false;
        }
        boolean sentenceEnd = line.endsWith(".") || line.endsWith("!") || line.endsWith("?");
        return !sentenceEnd || Heading.isAllCapitals(line) || allWordsCapitalized(line);
    }

    /**
     * Short, with words in it, and not a piece of dialogue or a clause: no opening quotation mark or
     * dash, no closing comma, colon or quotation mark.
     */
    private static boolean isTitle(String line) {
        if (line.isEmpty() || line.length() > MAX_TITLE_CHARS || Heading.wordCount(line) > MAX_TITLE_WORDS
                || NOT_A_TITLE.matcher(line).matches()) {
            return false;
        }
        int letters = (int) line.chars().filter(Character::isLetter).count();
        return letters >= 3 && letters * 2 > line.replace(" ", "").length() && opensAsTitle(line) && closesAsTitle(line);
    }

    private static boolean opensAsTitle(String line) {
        return "\"'\u201C\u201D\u2018\u2019\u2014\u2013-([".indexOf(line.charAt(0)) < 0;
    }

    /**
     * Not a clause or a line of dialogue: no closing comma, colon, dash or quotation mark, unless the title
     * itself opened the quotation ("Music, Violets, and the Letter \u201CS\u201D").
     */
    private static boolean closesAsTitle(String line) {
        char end = line.charAt(line.length() - 1);
        boolean quotedWithin = end == '\u201D' && line.indexOf('\u201C') > 0
                || end == '\u2019' && line.indexOf('\u2018') > 0
                || end == '"' && line.indexOf('"') > 0 && line.chars().filter(c -> c == '"').count() % 2 == 0;
        return quotedWithin || ",;:\"\u201C\u201D\u2018\u2019\u2014\u2013-".indexOf(end) < 0;
    }

    static boolean allWordsCapitalized(String line) {
        for (String word : line.split("\\s+")) {
            String letters = word.replaceAll("^\\P{L}+", "");
            if (letters.length() > 3 && !Character.isUpperCase(letters.codePointAt(0))
                    && !Heading.SMALL_WORDS.contains(letters.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** What a contents entry and its heading share: letters and digits, in lower case. */
    static String titleKey(String line) {
        return line.replaceAll("[^\\p{L}\\p{N}]+", "").toLowerCase(Locale.ROOT);
    }

    /** "Chapter I.]" where an illustration's caption ended with the heading. */
    private static String withoutStrayBracket(String line) {
        return line.endsWith("]") && line.indexOf('[') < 0 ? line.substring(0, line.length() - 1).strip() : line;
    }

    private static String firstWord(String label) {
        return label.split("\\s+")[0].toLowerCase(Locale.ROOT);
    }

    private static String numberStyle(String labelOrNumeral) {
        String last = labelOrNumeral.substring(labelOrNumeral.lastIndexOf(' ') + 1);
        if (last.chars().allMatch(Character::isDigit)) {
            return "arabic";
        }
        return last.matches("[IVXLCDMivxlcdm]+") ? "roman" : "words";
    }
}
