package dev.audiobook.text.speech;

import java.util.regex.Pattern;

/**
 * Marks the voice would spell out or stumble on become pauses or nothing: emphasis marks, brackets,
 * dashes, ellipses, quotation marks. Apostrophes inside words stay, as plain ones.
 */
final class Punctuation {
    private static final Pattern EMPHASIS = Pattern.compile("[_*]+");
    private static final Pattern BRACKETS = Pattern.compile("\\s*[()\\[\\]{}]\\s*");
    private static final Pattern MARKUP = Pattern.compile("[~`|<>\\\\^]+|#+(?!\\s?\\d)|={2,}");
    private static final Pattern DASH = Pattern.compile("\\s*(?:--+|[\u2013\u2014\u2015])\\s*");
    private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:\\.\\s?\\.\\s?\\.|\u2026)+\\s*");
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})[\u2019\u02BC'](?=\\p{L})");
    private static final Pattern QUOTES = Pattern.compile("[\"\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019\u201A\u2039\u203A]|(?<!\\p{L})'|'(?!\\p{L})");
    private static final Pattern AMPERSAND = Pattern.compile("\\s*&\\s*");
    private static final Pattern WORD_SLASH = Pattern.compile("(?<=\\p{L})/(?=\\p{L})");
    private static final Pattern COMMA_RUNS = Pattern.compile("\\s*,(?:\\s*,)+");
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("\\s+([,.;:!?])");
    private static final Pattern COMMA_BEFORE_STOP = Pattern.compile(",\\s*([.;:!?])");
    private static final Pattern LEADING_COMMA = Pattern.compile("^[\\s,.;:]+");
    private static final Pattern TRAILING_COMMA = Pattern.compile("[\\s,;:]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Punctuation() {}

    /** Before the other rules: marks that hide words. */
    static String removeMarkup(String s) {
        String t = Rewrites.replaceAll(EMPHASIS, s, "_*", "");
        t = Rewrites.replaceAll(MARKUP, t, "~`|<>\\^#=", " ");
        t = Rewrites.replaceAll(AMPERSAND, t, "&", " and ");
        return Rewrites.replaceAll(BRACKETS, t, "()[]{}", ", ");
    }

    /** After the other rules: pauses and quotes. */
    static String pausesAndQuotes(String s) {
        String t = Rewrites.replaceAll(DASH, s, "-\u2013\u2014\u2015", ", ");
        t = t.contains("..") || t.contains(". .") || t.indexOf('\u2026') >= 0 ? ELLIPSIS.matcher(t).replaceAll(", ") : t;
        t = Rewrites.replaceAll(APOSTROPHE, t, "\u2019\u02BC'", "'");
        t = Rewrites.replaceAll(QUOTES, t, "\"\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019\u201A\u2039\u203A'", "");
        t = Rewrites.replaceAll(WORD_SLASH, t, "/", " ");
        return tidy(t);
    }

    static String tidy(String s) {
        String t = SPACES.matcher(s).replaceAll(" ");
        t = Rewrites.replaceAll(COMMA_RUNS, t, ",", ",");
        t = SPACE_BEFORE_MARK.matcher(t).replaceAll("$1");
        t = Rewrites.replaceAll(COMMA_BEFORE_STOP, t, ",", "$1");
        t = LEADING_COMMA.matcher(t).replaceAll("");
        t = TRAILING_COMMA.matcher(t).replaceAll("");
        return t.strip();
    }
}
