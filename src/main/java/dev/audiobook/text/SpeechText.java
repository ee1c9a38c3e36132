package dev.audiobook.text;

import java.util.regex.Pattern;

/**
 * Turns displayed text into the text the voice reads: markup characters the voice would spell out
 * ("underscore", "asterisk") are dropped. Fuller normalisation of numbers and abbreviations belongs here.
 */
public final class SpeechText {
    private static final Pattern EMPHASIS = Pattern.compile("[_*]+");
    private static final Pattern MARKUP = Pattern.compile("[~`#|<>\\[\\]{}\\\\]+");
    private static final Pattern DASHES = Pattern.compile("\\s*(--+|[\u2013\u2014])\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SpeechText() {}

    /** The spoken form of a paragraph; empty when nothing in it is meant to be read, such as "* * *". */
    public static String spoken(String displayed) {
        String s = EMPHASIS.matcher(displayed).replaceAll("");
        s = MARKUP.matcher(s).replaceAll(" ");
        s = DASHES.matcher(s).replaceAll(", ");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return s.chars().anyMatch(Character::isLetterOrDigit) ? s : "";
    }
}
