package dev.audiobook.book;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chapter heading as the book writes it: "Chapter 4", "CHAPTER IV.", "Chapter Two: The Road",
 * a Markdown "## The Road". Knows its track title and how it is spoken.
 *
 * @param label "Chapter IV", or empty for a heading that is only a title
 * @param spokenLabel the label as it is read aloud ("Chapter 4")
 * @param title the chapter's own title, if any
 */
public record Heading(Optional<String> label, Optional<String> spokenLabel, Optional<String> title) {
    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String TEENS =
            "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String NUMBER = "\\d{1,4}|[ivxlcdm]{1,8}"
            + "|(?:" + TENS + ")(?:[- ](?:" + UNITS + "))?|" + TEENS + "|" + UNITS + "|(?:one )?hundred";
    private static final Pattern CHAPTER = Pattern.compile(
            "(chapter|chap\\.)\\s+(" + NUMBER + ")\\b\\s*[.:\\-\u2013\u2014]?\\s*(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN = Pattern.compile("(#{1,6})\\s+(.+?)(?:\\s+#+)?");
    private static final Pattern ROMAN = Pattern.compile("[ivxlcdm]+", Pattern.CASE_INSENSITIVE);
    private static final int MAX_HEADING_CHARS = 80;
    private static final java.util.Set<String> SMALL_WORDS =
            java.util.Set.of("a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with");
    private static final int MAX_TITLE_WORDS = 10;

    /** Parses a line such as "Chapter 12. Loomings." or "CHAPTER IV". */
    public static Optional<Heading> parseChapterLine(String line) {
        if (line.length() > MAX_HEADING_CHARS) {
            return Optional.empty();
        }
        Matcher m = CHAPTER.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String number = m.group(2);
        String rest = m.group(3).strip();
        if (wordCount(rest) > MAX_TITLE_WORDS) {
            return Optional.empty();
        }
        boolean roman = ROMAN.matcher(number).matches();
        String shownNumber = roman ? number.toUpperCase(Locale.ROOT) : capitalizeWords(number.toLowerCase(Locale.ROOT));
        String spokenNumber = roman ? Integer.toString(RomanNumerals.parse(number)) : number;
        return Optional.of(new Heading(
                Optional.of("Chapter " + shownNumber),
                Optional.of("Chapter " + spokenNumber),
                rest.isEmpty() ? Optional.empty() : Optional.of(rest)));
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
        return parseChapterLine(text).orElse(new Heading(Optional.empty(), Optional.empty(), Optional.of(text)));
    }

    public Heading withTitle(String newTitle) {
        return new Heading(label, spokenLabel, Optional.of(newTitle));
    }

    /** "Chapter IV: The Road", "Chapter IV", or "The Road". */
    public String trackTitle() {
        Optional<String> shownTitle = title.map(Heading::tidyTitle);
        if (label.isPresent() && shownTitle.isPresent()) {
            return label.get() + ": " + shownTitle.get();
        }
        return label.orElseGet(shownTitle::orElseThrow);
    }

    /** "Chapter 4. The Road." */
    public String spoken() {
        StringBuilder s = new StringBuilder();
        spokenLabel.ifPresent(l -> s.append(l).append(". "));
        title.map(Heading::tidyTitle).ifPresent(t -> s.append(t).append(endsWithStop(t) ? "" : "."));
        return s.toString().strip();
    }

    public record MarkdownHeading(int level, String text) {}

    /** A title as it reads on a track list: no closing full stop, no shouting capitals. */
    public static String tidyTitle(String title) {
        String t = title.strip();
        while (t.endsWith(".") && !t.endsWith("..")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (isAllCapitals(t)) {
            t = titleCase(t.toLowerCase(Locale.ROOT));
        }
        return t.isEmpty() ? t : t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
    }

    /** "the pool of tears" becomes "The Pool of Tears". */
    private static String titleCase(String lower) {
        String[] words = lower.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (i == 0 || !SMALL_WORDS.contains(words[i])) {
                words[i] = capitalizeWords(words[i]);
            }
        }
        return String.join(" ", words);
    }

    private static boolean endsWithStop(String s) {
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?");
    }

    static boolean isAllCapitals(String s) {
        long letters = s.chars().filter(Character::isLetter).count();
        return letters >= 2 && s.chars().filter(Character::isLowerCase).count() == 0;
    }

    private static String capitalizeWords(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean startOfWord = true;
        for (char c : s.toCharArray()) {
            out.append(startOfWord ? Character.toUpperCase(c) : c);
            startOfWord = Character.isWhitespace(c) || c == '-';
        }
        return out.toString();
    }

    static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
