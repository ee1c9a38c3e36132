package dev.audiobook.text;

import dev.audiobook.text.speech.SpeechNormalizer;

/** Turns displayed text into the text the voice reads. */
public final class SpeechText {
    private SpeechText() {}

    /**
     * The spoken form of a paragraph; empty when nothing in it is meant to be read, such as "* * *". What the
     * English voice cannot say (see {@link #isUnspeakable}) is left out.
     */
    public static String spoken(String displayed) {
        String s = SpeechNormalizer.normalize(withoutUnspeakable(displayed));
        return s.chars().anyMatch(Character::isLetterOrDigit) ? s : "";
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
        if (Character.isLetter(codePoint)) {
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            return script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                    && script != Character.UnicodeScript.INHERITED;
        }
        boolean pictograph = codePoint >= 0x1F000 || codePoint >= 0x2600 && codePoint <= 0x27BF;
        return pictograph && Character.getType(codePoint) == Character.OTHER_SYMBOL;
    }

    private static String withoutUnspeakable(String text) {
        if (text.codePoints().noneMatch(SpeechText::isUnspeakable)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(c -> kept.appendCodePoint(isUnspeakable(c) ? ' ' : c));
        return kept.toString();
    }
}
