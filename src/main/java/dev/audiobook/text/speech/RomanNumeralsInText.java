package dev.audiobook.text.speech;

import dev.audiobook.book.RomanNumerals;
import java.util.regex.Pattern;

/**
 * Roman numerals read as a person reads them: "Henry VIII" is "Henry the eighth", "Vol. II" (by now
 * "Volume II") is "Volume two", "World War II" is "World War two".
 */
final class RomanNumeralsInText {
    /** A whole word of Roman digits, read as a valid numeral; the look-ahead keeps it from matching nothing. */
    private static final String ROMAN = "(?=[IVXLC]+\\b)(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})";
    private static final Pattern AFTER_WORD = Pattern.compile(
            "\\b(Volume|Volumes|volume|Book|Part|Chapter|chapter|Act|Scene|Canto|Section|Psalm|Appendix|Article|War|Phase|Class|Type|Vol)\\s+("
                    + ROMAN + ")\\b");
    /**
     * A numeral of two or more (never "I", which is a word) after a capitalised name, with the full stop
     * that older books put after it ("Louis XVI., who") when no sentence ends there.
     */
    private static final Pattern AFTER_NAME = Pattern.compile(
            "\\b(\\p{Lu}\\p{Ll}+)\\s+((?!I\\b)" + ROMAN + ")\\b(\\.(?=\\s*[\\p{Ll},;:!?)]))?");

    /** A numeral standing alone, as a section's heading inside a chapter: "II.", never the pronoun. */
    private static final Pattern ALONE = Pattern.compile("\\s*(" + ROMAN + ")\\.?\\s*");

    private static final String ROMAN_DIGITS = "IVXLC";

    private RomanNumeralsInText() {}

    /** A cheap scan for a word of Roman digits other than the pronoun "I" ("Book I" is read in headings). */
    private static boolean mayHoldNumeral(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (ROMAN_DIGITS.indexOf(s.charAt(i)) < 0 || (i > 0 && Character.isLetter(s.charAt(i - 1)))) {
                continue;
            }
            int end = i;
            while (end < s.length() && ROMAN_DIGITS.indexOf(s.charAt(end)) >= 0) {
                end++;
            }
            boolean wholeWord = end == s.length() || !Character.isLetter(s.charAt(end));
            if (wholeWord && !(end - i == 1 && s.charAt(i) == 'I')) {
                return true;
            }
            i = end;
        }
        return false;
    }

    static String expand(String s) {
        java.util.regex.Matcher alone = ALONE.matcher(s);
        if (alone.matches() && !alone.group(1).isEmpty()) {
            String number = NumberWords.cardinal(RomanNumerals.parse(alone.group(1)));
            return Character.toUpperCase(number.charAt(0)) + number.substring(1) + ".";
        }
        if (!mayHoldNumeral(s)) {
            return s;
        }
        String t = Rewrites.replace(AFTER_WORD, s, m -> m.group(2).isEmpty()
                ? m.group()
                : m.group(1) + " " + NumberWords.cardinal(RomanNumerals.parse(m.group(2))));
        return Rewrites.replace(AFTER_NAME, t, m -> m.group(2).isEmpty()
                ? m.group()
                : m.group(1) + " the " + NumberWords.ordinal(RomanNumerals.parse(m.group(2))));
    }
}
