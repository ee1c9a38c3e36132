package dev.audiobook.book;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading as the book writes it: "Chapter 4", "CHAPTER IV.", "Chapter Two: The Road", "PART ONE",
 * "PROLOGUE", a Markdown "## The Road". Knows its track title and how it is spoken.
 *
 * @param level a part (book, volume) groups chapters; a chapter is a track
 * @param label "Chapter IV", "Part One", "Prologue", or empty for a heading that is only a title
 * @param spokenLabel the label as it is read aloud ("Chapter 4")
 * @param title the heading's own title, if any
 */
public record Heading(Level level, Optional<String> label, Optional<String> spokenLabel, Optional<String> title) {
    public enum Level { PART, CHAPTER }

    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEENS =
            "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String UNIT_ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth";
    private static final String TEEN_ORDINALS = "tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
            + "|seventeenth|eighteenth|nineteenth";
    private static final String TENS_ORDINALS = "twentieth|thirtieth|fortieth|fiftieth";
    /** "first" to "fifty-ninth", and "last". */
    private static final String ORDINALS = "(?:" + TENS + ")[- ](?:" + UNIT_ORDINALS + ")|" + TENS_ORDINALS + "|"
            + TEEN_ORDINALS + "|" + UNIT_ORDINALS + "|last";
    private static final String ROMAN_NUMERAL = "(?=[ivxlcdm]+\\b)m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})";
    /** "One", "twelve", "Twenty-One". */
    static final String NUMBER_WORDS = "(?:" + TENS + ")(?:[- ](?:" + UNITS + "))?|" + TEENS + "|" + UNITS;
    private static final String NUMBER = "\\d{1,4}|" + ROMAN_NUMERAL + "|" + NUMBER_WORDS + "|(?:one )?hundred"
            + "|the (?:" + ORDINALS + ")";
    /** "Chapter IV. The Road", "Part One--The Voyage", "Letter 2: To Her", "Stave I. — Marley". */
    private static final String TITLE_AFTER = "\\b\\s*[.:]?\\s*(?:-{1,2}|[\u2013\u2014])?\\s*(.*)";
    private static final Pattern CHAPTER = Pattern.compile(
            // "CHAPTERXXVII." as some editions print it: a Roman numeral may follow the word without a space.
            "(chapter|chap\\.|letter|canto|stave|scene|section)(?:\\s+|(?=[IVXLC]+\\b))(" + NUMBER + ")" + TITLE_AFTER,
            Pattern.CASE_INSENSITIVE);
    /** Parts group chapters; a play's acts group its scenes. "Part First" names its number by an ordinal. */
    private static final Pattern PART = Pattern.compile(
            "(book|part|volume|act)\\s+(" + NUMBER + "|(?:" + ORDINALS + ")(?: and last)?)" + TITLE_AFTER,
            Pattern.CASE_INSENSITIVE);
    /** "FIRST PART", "Fourth and Last Part", "Second Book". */
    private static final Pattern ORDINAL_PART = Pattern.compile(
            "((?:" + ORDINALS + ")(?: and last)?)\\s+(book|part|volume)" + TITLE_AFTER, Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED = Pattern.compile(
            "((?:the\\s+)?(?:prologue|epilogue|preface|introduction|foreword|afterword|interlude|appendix|conclusion|postscript"
                    + "|notes|glossary|bibliography))"
                    + TITLE_AFTER, Pattern.CASE_INSENSITIVE);
    private static final Pattern STANDS_ALONE = Pattern.compile("notes|glossary|bibliography", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN = Pattern.compile("(#{1,6})\\s+(.+?)(?:\\s+#+)?");
    private static final Pattern ROMAN = Pattern.compile(ROMAN_NUMERAL, Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_NUMERALS = Set.of("MIX", "DI", "MI", "LI", "CIV", "DC", "MD", "CD");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}])[_*]+|[_*]+(?![\\p{L}\\p{N}])");
    private static final String[][] QUOTE_PAIRS = {{"\u201C", "\u201D"}, {"\u2018", "\u2019"}, {"\"", "\""}};
    private static final Pattern LABEL_NUMBER = Pattern.compile("\\s(" + NUMBER + ")$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_HEADING_CHARS = 80;
    private static final int MAX_TITLE_WORDS = 16;
    /** Words a title leaves in lower case: "The Child with the Mirror". */
    static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "from", "in",
            "into", "nor", "of", "on", "onto", "or", "over", "the", "to", "unto", "upon", "with");

    /** Parses a line such as "Chapter 12. Loomings.", "CHAPTER IV", "PART ONE" or "Prologue". */
    public static Optional<Heading> parseLine(String line) {
        if (line.length() > MAX_HEADING_CHARS) {
            return Optional.empty();
        }
        Matcher chapter = CHAPTER.matcher(line);
        if (chapter.matches()) {
            String word = chapter.group(1).toLowerCase(Locale.ROOT);
            return numbered(Level.CHAPTER, word.startsWith("chap") ? "Chapter" : capitalizeWords(word), chapter.group(2),
                    chapter.group(3));
        }
        Matcher part = PART.matcher(line);
        if (part.matches()) {
            return numbered(Level.PART, capitalizeWords(part.group(1).toLowerCase(Locale.ROOT)), part.group(2),
                    part.group(3));
        }
        Matcher ordinalPart = ORDINAL_PART.matcher(line);
        if (ordinalPart.matches()) {
            String label = capitalizeWords(ordinalPart.group(1).toLowerCase(Locale.ROOT)) + " "
                    + capitalizeWords(ordinalPart.group(2).toLowerCase(Locale.ROOT));
            String rest = ordinalPart.group(3).strip();
            return Optional.of(new Heading(Level.PART, Optional.of(label), Optional.of(label),
                    rest.isEmpty() ? Optional.empty() : Optional.of(rest)));
        }
        Matcher named = NAMED.matcher(line);
        // "THE PROLOGUE" and "NOTES" stand alone; "The conclusion of this speech..." and "Notes of the
        // meeting..." open sentences.
        boolean standsAsHeading = !named.matches() || named.group(2).isBlank()
                || !named.group(1).regionMatches(true, 0, "the", 0, 3) && !STANDS_ALONE.matcher(named.group(1)).matches();
        if (named.matches() && wordCount(named.group(2)) <= MAX_TITLE_WORDS && standsAsHeading) {
            String label = capitalizeWords(named.group(1).toLowerCase(Locale.ROOT));
            String rest = named.group(2).strip();
            return Optional.of(new Heading(Level.CHAPTER, Optional.of(label), Optional.of(label),
                    rest.isEmpty() ? Optional.empty() : Optional.of(rest)));
        }
        return Optional.empty();
    }

    /** The number in the heading's label ("Chapter IV" is 4, "Part Two" is 2), or empty. */
    public OptionalInt number() {
        return numeral().map(Heading::numberValue).orElse(OptionalInt.empty());
    }

    /** The number in the heading's label as it is written: "IV" in "Chapter IV", "Two" in "Part Two". */
    public Optional<String> numeral() {
        return label.flatMap(l -> {
            Matcher m = LABEL_NUMBER.matcher(l);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        });
    }

    /** "12", "XIV", "twenty-one", "the Third" as a number, or empty. */
    public static OptionalInt numberValue(String number) {
        String n = number.strip().toLowerCase(Locale.ROOT);
        if (n.matches("\\d{1,4}")) {
            return OptionalInt.of(Integer.parseInt(n));
        }
        if (ROMAN.matcher(n).matches() && !n.isEmpty()) {
            return OptionalInt.of(RomanNumerals.parse(n));
        }
        OptionalInt ordinal = ordinalValue(n.replaceFirst("^the ", "").replaceFirst(" and last$", ""));
        if (ordinal.isPresent() || n.matches("(?:the )?last")) {
            return ordinal;
        }
        int total = 0;
        for (String word : n.split("[- ]")) {
            int unit = List.of(UNITS.split("\\|")).indexOf(word);
            int teen = List.of(TEENS.split("\\|")).indexOf(word);
            int ten = List.of(TENS.split("\\|")).indexOf(word);
            if (unit >= 0) {
                total += unit + 1;
            } else if (teen >= 0) {
                total += teen + 10;
            } else if (ten >= 0) {
                total += (ten + 2) * 10;
            } else if (word.equals("hundred")) {
                total = Math.max(total, 1) * 100;
            } else {
                return OptionalInt.empty();
            }
        }
        return total > 0 ? OptionalInt.of(total) : OptionalInt.empty();
    }

    /** "third" is 3, "twenty-first" 21. */
    private static OptionalInt ordinalValue(String word) {
        String[] parts = word.split("[- ]");
        int tens = parts.length == 2 ? List.of(TENS.split("\\|")).indexOf(parts[0]) : -1;
        String last = parts[parts.length - 1];
        int unit = List.of(UNIT_ORDINALS.split("\\|")).indexOf(last);
        int teen = List.of(TEEN_ORDINALS.split("\\|")).indexOf(last);
        int tenth = List.of(TENS_ORDINALS.split("\\|")).indexOf(last);
        if (parts.length == 2 && tens >= 0 && unit >= 0) {
            return OptionalInt.of((tens + 2) * 10 + unit + 1);
        }
        if (parts.length != 1) {
            return OptionalInt.empty();
        }
        return unit >= 0 ? OptionalInt.of(unit + 1)
                : teen >= 0 ? OptionalInt.of(teen + 10)
                : tenth >= 0 ? OptionalInt.of((tenth + 2) * 10)
                : OptionalInt.empty();
    }

    /** A heading that is only a title, such as a Markdown heading or a user's pattern match. */
    public static Heading titled(String title) {
        return new Heading(Level.CHAPTER, Optional.empty(), Optional.empty(), Optional.of(title));
    }

    /** The level (1 to 6) and text of a Markdown heading line, or empty. */
    public static Optional<MarkdownHeading> parseMarkdownLine(String line) {
        Matcher m = MARKDOWN.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new MarkdownHeading(m.group(1).length(), m.group(2).strip()));
    }

    /** A heading from a Markdown heading's text: a chapter line inside it is understood as one. */
    public static Heading fromMarkdownText(String text) {
        return parseLine(text).orElse(titled(text));
    }

    public Heading withTitle(String newTitle) {
        return new Heading(level, label, spokenLabel, Optional.of(newTitle));
    }

    /** "Chapter IV: The Road", "Chapter IV", or "The Road". */
    public String trackTitle() {
        Optional<String> shownTitle = title.map(Heading::tidyTitle);
        if (label.isPresent() && shownTitle.isPresent()) {
            return continuesLabel(shownTitle.get())
                    ? label.get() + " " + lowerFirst(shownTitle.get())
                    : label.get() + ": " + shownTitle.get();
        }
        return label.orElseGet(shownTitle::orElseThrow);
    }

    /** "Chapter 4. The Road." */
    public String spoken() {
        StringBuilder s = new StringBuilder();
        Optional<String> shownTitle = title.map(Heading::tidyTitle);
        boolean oneSentence = spokenLabel.isPresent() && shownTitle.filter(Heading::continuesLabel).isPresent();
        spokenLabel.ifPresent(l -> s.append(l).append(oneSentence ? " " : ". "));
        shownTitle.map(t -> oneSentence ? lowerFirst(t) : t)
                .ifPresent(t -> s.append(t).append(endsWithStop(t) ? "" : "."));
        return s.toString().strip();
    }

    /** "Introduction" + "By the Editor" read as one phrase: "Introduction by the Editor". */
    private static boolean continuesLabel(String title) {
        return title.regionMatches(true, 0, "by ", 0, 3);
    }

    private static String lowerFirst(String s) {
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    public record MarkdownHeading(int level, String text) {}

    /** A title as it reads on a track list: no closing full stop, no shouting capitals. */
    public static String tidyTitle(String title) {
        String t = EMPHASIS.matcher(title).replaceAll("").strip();
        t = withoutStrayQuotes(t);
        while (t.endsWith(".") && !t.endsWith("..")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (isAllCapitals(t)) {
            t = titleCase(t);
        }
        return t.isEmpty() ? t : t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
    }

    static boolean isAllCapitals(String s) {
        long letters = s.chars().filter(Character::isLetter).count();
        return letters >= 2 && s.chars().filter(Character::isLowerCase).count() == 0;
    }

    /** Counted without splitting: a paragraph can be a whole book long. */
    public static int wordCount(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return words;
    }

    private static Optional<Heading> numbered(Level level, String word, String number, String rest) {
        String title = rest.strip();
        if (number.isEmpty() || wordCount(title) > MAX_TITLE_WORDS) {
            return Optional.empty();
        }
        boolean roman = ROMAN.matcher(number).matches();
        String shown = shownNumeral(number);
        String spoken = roman ? Integer.toString(RomanNumerals.parse(number)) : shown;
        return Optional.of(new Heading(level, Optional.of(word + " " + shown), Optional.of(word + " " + spoken),
                title.isEmpty() ? Optional.empty() : Optional.of(title)));
    }

    /** A heading's numeral as a track list shows it: "IV" for "iv", "Two" for "TWO", "the First" for "THE FIRST". */
    static String shownNumeral(String number) {
        // "Book the First": the article before an ordinal is no word of the title.
        return ROMAN.matcher(number).matches() ? number.toUpperCase(Locale.ROOT)
                : capitalizeWords(number.toLowerCase(Locale.ROOT)).replaceFirst("^The ", "the ");
    }

    /** "THE POOL OF TEARS" becomes "The Pool of Tears"; Roman numerals stay numerals ("XLVII. Bliss"). */
    private static String titleCase(String capitals) {
        String[] words = capitals.split(" ");
        for (int i = 0; i < words.length; i++) {
            String letters = words[i].replaceAll("\\P{L}", "");
            if (letters.length() >= 2 && ROMAN.matcher(letters).matches() && !NOT_NUMERALS.contains(letters)) {
                continue;
            }
            String lower = words[i].toLowerCase(Locale.ROOT);
            words[i] = i == 0 || !SMALL_WORDS.contains(lower) ? capitalizeWords(lower) : lower;
        }
        return String.join(" ", words);
    }

    /** A quotation mark at one end that the title does not close or open: "“Mary" is Mary. */
    private static String withoutStrayQuotes(String t) {
        String s = t;
        for (String[] pair : QUOTE_PAIRS) {
            int opens = count(s, pair[0]);
            int closes = count(s, pair[1]);
            if (pair[0].equals(pair[1]) ? opens % 2 == 1 : opens != closes) {
                s = s.replaceAll("^[" + pair[0] + "]+|[" + pair[1] + "]+$", "").strip();
            }
        }
        return s;
    }

    private static int count(String s, String quote) {
        return s.length() - s.replace(quote, "").length();
    }

    private static boolean endsWithStop(String s) {
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?");
    }

    private static String capitalizeWords(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean startOfWord = true;
        for (char c : s.toCharArray()) {
            out.append(startOfWord ? Character.toUpperCase(c) : c);
            // "“thus" opens with a quotation mark: its first letter is still the start of the word.
            startOfWord = Character.isWhitespace(c) || c == '-' || startOfWord && !Character.isLetterOrDigit(c);
        }
        return out.toString();
    }
}
