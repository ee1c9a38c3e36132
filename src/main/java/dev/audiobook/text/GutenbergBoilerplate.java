package dev.audiobook.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what Project Gutenberg wraps around a book: the header up to the "*** START OF ..." line, the
 * licence from the "*** END OF ..." line (or the older "End of the Project Gutenberg EBook" line), and
 * "Produced by" credits. Keeps the header's title and author, and the line breaks of what it removes before
 * the end, so the book's lines keep their numbers.
 */
public final class GutenbergBoilerplate {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.MULTILINE;
    private static final List<Pattern> START = List.of(
            Pattern.compile("^\\*{3}\\s*START OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK.*$", FLAGS),
            Pattern.compile("^\\*END\\*THE SMALL PRINT.*$", FLAGS));
    private static final List<Pattern> END = List.of(
            Pattern.compile("^\\*{3}\\s*END OF (?:THE|THIS) PROJECT GUTENBERG E-?BOOK.*$", FLAGS),
            Pattern.compile("^End of (?:the )?Project Gutenberg(?:'s|\u2019s)? .*$", FLAGS));
    /** The title's first line; an indented second line is a subtitle, not part of the title. */
    private static final Pattern TITLE = Pattern.compile("^Title:[ \\t]*(.+)$", FLAGS);
    private static final Pattern AUTHOR = Pattern.compile("^Author:[ \\t]*(.+)$", FLAGS);
    private static final Pattern CREDITS = Pattern.compile(
            "(?:\\A|\\R[ \\t]*\\R)[ \\t]*(?:Produced by|E-?text prepared by|This e-?book was produced by|Transcribed by)"
                    + "(?:.+\\R?)*", FLAGS);

    private GutenbergBoilerplate() {}

    /** The text without the boilerplate, and what the header says of the book. */
    public record Stripped(String text, boolean wasGutenberg, Optional<String> title, Optional<String> author) {}

    public static Stripped strip(String text) {
        int start = -1;
        for (Pattern p : START) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                start = Math.max(start, m.end());
            }
        }
        if (start < 0) {
            return new Stripped(text, false, Optional.empty(), Optional.empty());
        }
        String header = text.substring(0, start);
        int end = text.length();
        for (Pattern p : END) {
            Matcher m = p.matcher(text);
            if (m.find(start)) {
                end = Math.min(end, m.start());
            }
        }
        String body = CREDITS.matcher(text.substring(start, end))
                .replaceAll(credits -> TextBlocks.lineBreaksOf(credits.group()));
        return new Stripped(TextBlocks.lineBreaksOf(header) + body, true, field(TITLE, header), field(AUTHOR, header));
    }

    private static Optional<String> field(Pattern pattern, String header) {
        Matcher m = pattern.matcher(header);
        return m.find() ? Optional.of(m.group(1).replaceAll("\\s+", " ").strip()) : Optional.empty();
    }
}
