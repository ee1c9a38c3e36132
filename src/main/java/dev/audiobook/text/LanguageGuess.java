package dev.audiobook.text;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Optional;

/**
 * The language of a text that does not say it, told from its letters: by the script most of them are in,
 * and for the Latin and Cyrillic scripts by ICU's letter statistics, which its encoding detector keeps for
 * each single-byte encoding's languages (English, French, German, Spanish, Italian, Portuguese, Dutch, the
 * Scandinavian languages; Czech, Hungarian, Polish, Romanian; Russian). Only a clear answer counts: a text
 * of a language ICU does not know, or too short to tell, gives none, and the profile's voice reads it.
 */
public final class LanguageGuess {
    /** Enough text for the statistics to settle, taken from the middle, past any front matter. */
    static final int SAMPLE_CHARS = 20_000;
    static final int MIN_LETTERS = 1_000;
    /**
     * ICU's confidence, 0 to 100, in its best match: English texts of the corpus score 67 to 85. Its Russian
     * statistics score lower (36 for a page of plain prose), and Russian is all it knows of Cyrillic.
     */
    static final int MIN_LATIN_CONFIDENCE = 40;
    static final int MIN_CYRILLIC_CONFIDENCE = 20;
    private static final Map<Character.UnicodeScript, String> BY_SCRIPT = Map.of(
            Character.UnicodeScript.GREEK, "el", Character.UnicodeScript.HEBREW, "he",
            Character.UnicodeScript.ARABIC, "ar", Character.UnicodeScript.HAN, "zh",
            Character.UnicodeScript.HIRAGANA, "ja", Character.UnicodeScript.KATAKANA, "ja",
            Character.UnicodeScript.HANGUL, "ko", Character.UnicodeScript.THAI, "th",
            Character.UnicodeScript.DEVANAGARI, "hi");

    private LanguageGuess() {}

    public static Optional<String> of(String text) {
        int from = Math.max(0, text.length() / 2 - SAMPLE_CHARS / 2);
        String sample = text.substring(from, Math.min(text.length(), from + SAMPLE_CHARS));
        Character.UnicodeScript script = mainScript(sample);
        if (script == null) {
            return Optional.empty();
        }
        if (script == Character.UnicodeScript.HAN && sample.codePoints().anyMatch(c -> isScript(c,
                Character.UnicodeScript.HIRAGANA) || isScript(c, Character.UnicodeScript.KATAKANA))) {
            return Optional.of("ja");
        }
        return switch (script) {
            case LATIN -> statistics(sample, MIN_LATIN_CONFIDENCE, "windows-1252", "ISO-8859-2");
            case CYRILLIC -> statistics(sample, MIN_CYRILLIC_CONFIDENCE, "windows-1251");
            default -> Optional.ofNullable(BY_SCRIPT.get(script));
        };
    }

    /** The script of most of the letters, when there are enough of them. */
    private static Character.UnicodeScript mainScript(String sample) {
        Map<Character.UnicodeScript, Integer> counts = new java.util.EnumMap<>(Character.UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < sample.length(); ) {
            int c = sample.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                counts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
                letters++;
            }
        }
        if (letters < MIN_LETTERS) {
            return null;
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static boolean isScript(int c, Character.UnicodeScript script) {
        return Character.UnicodeScript.of(c) == script;
    }

    /** ICU's best language for the text written in each of these encodings. */
    private static Optional<String> statistics(String sample, int minConfidence, String... charsets) {
        CharsetMatch best = null;
        for (String name : charsets) {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(sample.getBytes(Charset.forName(name)));
            for (CharsetMatch match : detector.detectAll()) {
                if (match.getLanguage() != null && (best == null || match.getConfidence() > best.getConfidence())) {
                    best = match;
                }
            }
        }
        return best != null && best.getConfidence() >= minConfidence ? Optional.of(best.getLanguage())
                : Optional.empty();
    }
}
