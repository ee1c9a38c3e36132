package dev.audiobook.text;

import dev.audiobook.text.speech.SpeechNormalizer;
import java.util.ArrayList;
import java.util.List;

/** Turns displayed text into the text the voice reads. */
public final class SpeechText {
    private SpeechText() {}

    /** Longer than any word of a language, as "Donaudampfschifffahrtsgesellschaft" (34) is not. */
    static final int MAX_WORD_LETTERS = 40;
    /** Longer than any address or number a book prints without a space. */
    static final int MAX_TOKEN_CHARS = 200;

    /**
     * The spoken form of a paragraph; empty when nothing in it is meant to be read, such as "* * *". What the
     * English voice cannot say (see {@link #isUnspeakable}) is left out, and so are absurd "words" (see
     * {@link #absurdWords}), which the voice would spell out letter by letter for hours.
     */
    public static String spoken(String displayed) {
        return spoken(displayed, true);
    }

    /**
     * The spoken form for a voice of another language, which reads numbers, dates and abbreviations by its
     * own language's rules and says letters of any script: only markup, emoji and absurd words are left out.
     */
    public static String spoken(String displayed, boolean english) {
        String s = english
                ? SpeechNormalizer.normalize(withoutAbsurdWords(withoutUnspeakable(displayed, true)))
                : SpeechNormalizer.normalizeForEngine(withoutAbsurdWords(withoutUnspeakable(displayed, false)));
        return s.chars().anyMatch(Character::isLetterOrDigit) ? s : "";
    }

    /**
     * The text's "words" that no language has: a run of more than {@value #MAX_WORD_LETTERS} letters, or
     * more than {@value #MAX_TOKEN_CHARS} characters without a space, such as a line of base64 or a key held
     * down.
     */
    public static List<String> absurdWords(String displayed) {
        List<String> absurd = new ArrayList<>();
        for (int[] token : tokens(displayed)) {
            if (isAbsurd(displayed, token[0], token[1])) {
                absurd.add(displayed.substring(token[0], token[1]));
            }
        }
        return absurd;
    }

    private static boolean isAbsurd(String text, int from, int to) {
        if (to - from > MAX_TOKEN_CHARS) {
            return true;
        }
        int run = 0;
        for (int i = from; i < to; i++) {
            run = Character.isLetter(text.charAt(i)) ? run + 1 : 0;
            if (run > MAX_WORD_LETTERS) {
                return true;
            }
        }
        return false;
    }

    /** Start and end of each run of characters between white space, in one pass. */
    private static List<int[]> tokens(String text) {
        List<int[]> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                tokens.add(new int[] {start, i});
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return tokens;
    }

    private static String withoutAbsurdWords(String text) {
        if (text.length() <= MAX_WORD_LETTERS) {
            return text;
        }
        StringBuilder kept = null;
        int copied = 0;
        for (int[] token : tokens(text)) {
            if (isAbsurd(text, token[0], token[1])) {
                kept = kept == null ? new StringBuilder(text.length()) : kept;
                kept.append(text, copied, token[0]).append(' ');
                copied = token[1];
            }
        }
        return kept == null ? text : kept.append(text, copied, text.length()).toString();
    }

    /** How many of the text's characters the voice cannot say and {@link #spoken} leaves out. */
    public static int unspeakable(String displayed) {
        return (int) displayed.codePoints().filter(SpeechText::isUnspeakable).count();
    }

    /**
     * A letter of a script other than Latin (Chinese, Japanese, Korean, Arabic, Greek, Cyrillic...), or a
     * pictograph such as an emoji: the English voice has no sound for them.
     */
    static boolean isUnspeakable(int codePoint) {
        return isUnspeakable(codePoint, true);
    }

    private static boolean isUnspeakable(int codePoint, boolean english) {
        if (english && Character.isLetter(codePoint)) {
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            return script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                    && script != Character.UnicodeScript.INHERITED;
        }
        boolean pictograph = codePoint >= 0x1F000 || codePoint >= 0x2600 && codePoint <= 0x27BF;
        return pictograph && Character.getType(codePoint) == Character.OTHER_SYMBOL;
    }

    private static String withoutUnspeakable(String text, boolean english) {
        if (text.codePoints().noneMatch(c -> isUnspeakable(c, english))) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(c -> kept.appendCodePoint(isUnspeakable(c, english) ? ' ' : c));
        return kept.toString();
    }
}
