package dev.audiobook.text;

import dev.audiobook.text.speech.SpeechNormalizer;

/** Turns displayed text into the text the voice reads. */
public final class SpeechText {
    private SpeechText() {}

    /** The spoken form of a paragraph; empty when nothing in it is meant to be read, such as "* * *". */
    public static String spoken(String displayed) {
        String s = SpeechNormalizer.normalize(displayed);
        return s.chars().anyMatch(Character::isLetterOrDigit) ? s : "";
    }
}
