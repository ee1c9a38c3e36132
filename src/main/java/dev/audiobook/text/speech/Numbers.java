package dev.audiobook.text.speech;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Numbers as words: fractions, percentages, degrees and units, ordinals, years, numbers with separators
 * and decimals. Runs after currency, times and dates, which read their own numbers.
 */
final class Numbers {
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("km", "kilometre"), Map.entry("m", "metre"), Map.entry("cm", "centimetre"),
            Map.entry("mm", "millimetre"), Map.entry("kg", "kilogram"), Map.entry("g", "gram"),
            Map.entry("mg", "milligram"), Map.entry("lb", "pound"), Map.entry("lbs", "pound"),
            Map.entry("oz", "ounce"), Map.entry("ft", "foot"), Map.entry("mi", "mile"),
            Map.entry("mph", "mile per hour"), Map.entry("km/h", "kilometre per hour"),
            Map.entry("kph", "kilometre per hour"), Map.entry("ml", "millilitre"), Map.entry("l", "litre"),
            Map.entry("yd", "yard"), Map.entry("yds", "yard"), Map.entry("hrs", "hour"), Map.entry("hr", "hour"),
            Map.entry("min", "minute"), Map.entry("mins", "minute"), Map.entry("sec", "second"),
            Map.entry("secs", "second"));
    private static final Map<Character, String> VULGAR = Map.of(
            '\u00BD', "1/2", '\u00BC', "1/4", '\u00BE', "3/4", '\u2153', "1/3", '\u2154', "2/3", '\u215B', "1/8");

    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final Pattern MIXED_FRACTION = Pattern.compile("\\b(\\d+)[\\s-]+(\\d{1,2})/(\\d{1,2})\\b(?!/)");
    private static final Pattern FRACTION = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})\\b(?!/)");
    private static final Pattern DEGREES = Pattern.compile(
            "([\u2212-]|\\bminus )?(" + NUMBER + ")\\s?\u00B0\\s?([CF])?\\b");
    private static final Pattern PERCENT = Pattern.compile("(" + NUMBER + ")\\s?(%|per cent\\b|percent\\b)");
    private static final Pattern UNIT = Pattern.compile(
            "(" + NUMBER + ")\\s?(" + String.join("|", UNITS.keySet()).replace("/", "\\/") + ")(?:\\.(?=\\s+\\p{Ll}))?(?![\\p{L}\\d])");
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d+)(st|nd|rd|th)\\b");
    private static final Pattern NUMBER_SIGN = Pattern.compile("#\\s?(\\d+)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(1[1-9]\\d\\d|20\\d\\d)(?![\\d.,]\\d)(s)?");
    /** "the '60s" is "the sixties". */
    private static final Pattern SHORT_DECADE = Pattern.compile("['\u2019]([1-9]0)s\\b");
    /** "221B", "16A": a house or room number with a letter, read as the number and the letter. */
    private static final Pattern NUMBER_WITH_LETTER = Pattern.compile("\\b(\\d+)(\\p{Lu})\\b");
    /** "A4", "B12": a letter and a number. */
    private static final Pattern LETTER_WITH_NUMBER = Pattern.compile("\\b(\\p{Lu})(\\d+)\\b");
    private static final Pattern NEGATIVE = Pattern.compile("(?<![\\p{L}\\d])[\u2212-](\\d)");
    private static final Pattern ANY_NUMBER = Pattern.compile("(?<![\\d.,])(" + NUMBER + ")(?![\\d])");

    private Numbers() {}

    static String expand(String s) {
        StringBuilder vulgar = new StringBuilder();
        for (char c : s.toCharArray()) {
            String fraction = VULGAR.get(c);
            vulgar.append(fraction == null ? String.valueOf(c) : " " + fraction);
        }
        String t = vulgar.toString();
        t = Rewrites.replace(MIXED_FRACTION, t, m -> NumberWords.cardinal(m.group(1)) + " and "
                + fraction(Long.parseLong(m.group(2)), Long.parseLong(m.group(3))));
        t = Rewrites.replace(FRACTION, t, m -> fraction(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
        t = Rewrites.replace(DEGREES, t, m -> (m.group(1) == null ? "" : "minus ") + NumberWords.cardinal(m.group(2))
                + (m.group(2).equals("1") ? " degree" : " degrees")
                + (m.group(3) == null ? "" : m.group(3).equals("C") ? " Celsius" : " Fahrenheit"));
        t = Rewrites.replace(PERCENT, t, m -> NumberWords.cardinal(m.group(1)) + " percent");
        t = Rewrites.replace(UNIT, t, m -> NumberWords.cardinal(m.group(1)) + " "
                + plural(UNITS.get(m.group(2)), m.group(1).equals("1")));
        t = Rewrites.replace(ORDINAL, t, m -> NumberWords.ordinal(m.group(1)));
        t = Rewrites.replace(NUMBER_SIGN, t, m -> "number " + m.group(1));
        t = Rewrites.replace(YEAR, t, m -> m.group(2) == null
                ? NumberWords.year(Long.parseLong(m.group(1)))
                : decade(Long.parseLong(m.group(1))));
        t = Rewrites.replace(SHORT_DECADE, t, m -> decadeOf(NumberWords.cardinal(m.group(1))));
        t = Rewrites.replace(NUMBER_WITH_LETTER, t, m -> NumberWords.cardinal(m.group(1)) + " " + m.group(2));
        t = Rewrites.replace(LETTER_WITH_NUMBER, t, m -> m.group(1) + " " + NumberWords.cardinal(m.group(2)));
        t = Rewrites.replace(NEGATIVE, t, m -> "minus " + m.group(1));
        return Rewrites.replace(ANY_NUMBER, t, m -> NumberWords.cardinal(m.group(1)));
    }

    /** 3/4 is "three quarters", 1/2 "one half", 5/8 "five eighths". */
    static String fraction(long numerator, long denominator) {
        if (denominator == 0) {
            return NumberWords.cardinal(numerator) + " over zero";
        }
        String part = switch ((int) denominator) {
            case 1 -> "";
            case 2 -> "half";
            case 4 -> "quarter";
            default -> NumberWords.ordinal(denominator);
        };
        if (part.isEmpty()) {
            return NumberWords.cardinal(numerator);
        }
        if (part.equals("half") && numerator != 1) {
            return NumberWords.cardinal(numerator) + " halves";
        }
        return NumberWords.cardinal(numerator) + " " + part + (numerator == 1 ? "" : "s");
    }

    /** "the 1920s" is "the nineteen twenties". */
    private static String decade(long year) {
        return decadeOf(NumberWords.year(year));
    }

    /** "nineteen twenty" is "nineteen twenties", "sixty" "sixties", "ten" "tens". */
    private static String decadeOf(String words) {
        if (words.endsWith("y")) {
            return words.substring(0, words.length() - 1) + "ies";
        }
        return words + "s";
    }

    private static String plural(String unit, boolean one) {
        if (one) {
            return unit;
        }
        return switch (unit) {
            case "foot" -> "feet";
            case "mile per hour" -> "miles per hour";
            case "kilometre per hour" -> "kilometres per hour";
            default -> unit + "s";
        };
    }
}
