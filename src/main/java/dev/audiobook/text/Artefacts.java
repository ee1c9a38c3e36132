package dev.audiobook.text;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what a printed or scanned book carries that is not meant to be read aloud: illustration
 * placeholders, page numbers, footnote markers and the footnotes themselves. What it removes leaves its line
 * breaks behind, so the lines after it keep their numbers.
 */
public final class Artefacts {
    private static final Pattern ILLUSTRATION =
            Pattern.compile("\\[\\s*Illustration\\b[^\\]]*\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "\\[\\s*(?:Pg|Page|p\\.)\\s*[0-9ivxlcdm]+\\s*\\]|\\{\\s*\\d+\\s*\\}", Pattern.CASE_INSENSITIVE);
    /** A block that is a footnote: "[1] See ...", "Footnote 3: ...". */
    private static final Pattern FOOTNOTE = Pattern.compile(
            "(?m)^[ \\t]*(?:\\[(?:\\d{1,3}|[A-Z*])\\]|Footnote \\d{1,3}:).*(?:\\R[ \\t]*\\S.*)*");
    /**
     * A marker right after a word or punctuation: "sea.[12]", "word[A]". The bracket comes first, so the
     * search skips to brackets instead of trying the look-behind at every character.
     */
    private static final Pattern FOOTNOTE_MARKER = Pattern.compile("\\[(?<=[\\p{L}\\p{P}]\\[)(?:\\d{1,3}|[A-Z*])\\]");
    /** A line holding only a page number, as scans keep them: "- 12 -", "[34]". */
    private static final Pattern PAGE_LINE = Pattern.compile("(?m)^[ \\t]*(?:-\\s*\\d{1,4}\\s*-|\\[\\d{1,4}\\])[ \\t]*$");

    /** "[Illustration: A Ball\n\nChapter I.]": some editions print a chapter's heading only in its picture. */
    private static final Pattern CAPTION_HEADING = Pattern.compile(
            "\\R\\s*\\R\\s*((?:chapter|book|part|letter|volume)\\s+[\\p{L}\\d]+\\.?)\\s*\\]$", Pattern.CASE_INSENSITIVE);

    /** "cover" above a book's title: the caption of a cover picture the text edition left out. */
    private static final Pattern COVER_CAPTION = Pattern.compile("\\A(\\s*)cover[ \\t]*(?=\\R)", Pattern.CASE_INSENSITIVE);

    private Artefacts() {}

    /** The caption's heading on the line where it stood, a block of its own; the rest of it blank lines. */
    private static String headingInCaption(MatchResult caption) {
        Matcher heading = CAPTION_HEADING.matcher(caption.group());
        if (!heading.find()) {
            return lineBreaks(caption);
        }
        String before = TextBlocks.lineBreaksOf(caption.group().substring(0, heading.start(1)));
        return Matcher.quoteReplacement(before + heading.group(1));
    }

    private static String lineBreaks(MatchResult removed) {
        return TextBlocks.lineBreaksOf(removed.group());
    }

    /** Whether these words are only page numbers ("[Pg 12]"): a paragraph of its own in a converted book. */
    public static boolean isPageNumber(String words) {
        return PAGE_NUMBER.matcher(words).replaceAll("").isBlank() && !words.isBlank();
    }

    public static String remove(String text) {
        // Many books have no brackets at all; a long one need not be searched for them three times over.
        boolean brackets = text.indexOf('[') >= 0;
        String s = text;
        if (brackets) {
            s = ILLUSTRATION.matcher(s).replaceAll(Artefacts::headingInCaption);
        }
        if (brackets || s.indexOf('{') >= 0) {
            s = PAGE_NUMBER.matcher(s).replaceAll(Artefacts::lineBreaks);
        }
        if (brackets) {
            s = FOOTNOTE_MARKER.matcher(s).replaceAll("");
        }
        s = PAGE_LINE.matcher(s).replaceAll("");
        s = COVER_CAPTION.matcher(s).replaceFirst("$1");
        return FOOTNOTE.matcher(s).replaceAll(Artefacts::lineBreaks);
    }
}
