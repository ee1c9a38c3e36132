package dev.audiobook.text.speech;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words in capitals are read as words: a run of two or more ("THE ORCHARD AT HOLLIN FARM") is lowered, so the
 * voice does not spell them out. A single capitalised word is left alone: it may be an acronym.
 */
final class Capitals {
    private static final Pattern RUN = Pattern.compile("\\b\\p{Lu}{2,}(?:['\u2019]\\p{Lu}+)?(?:[\\s,;:-]+\\p{Lu}{1,}(?:['\u2019]\\p{Lu}+)?\\b)+");

    private Capitals() {}

    static String lower(String s) {
        return Rewrites.replace(RUN, s, m -> m.group().toLowerCase(Locale.ROOT));
    }
}
