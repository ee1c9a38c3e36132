package dev.audiobook.text.speech;

/**
 * Prepares text so FreeTTS reads it as a person would. The rules run in this order because each one
 * reads what the ones before it left: addresses before markup ("_" in an e-mail), abbreviations before numbers ("p. 12"), money, times and dates
 * before plain numbers, numbers before pauses and quotes.
 */
public final class SpeechNormalizer {
    private static final String VULGAR_FRACTIONS = "\u00BD\u00BC\u00BE\u2153\u2154\u215B";

    private SpeechNormalizer() {}

    /**
     * Abbreviations read by what follows them, whose full stop ends no sentence ("Dr", "St", "Vol"): a
     * sentence cut after one would be read otherwise than the whole.
     */
    public static java.util.Set<String> abbreviationsBeforeAName() {
        return Abbreviations.beforeAName();
    }

    public static String normalize(String text) {
        // Most paragraphs hold no digits, addresses or abbreviations: those rules are skipped for them.
        boolean digits = text.chars().anyMatch(c -> Character.isDigit(c) || VULGAR_FRACTIONS.indexOf(c) >= 0);
        String s = text.indexOf('@') >= 0 || text.contains("www.") || text.contains("://")
                ? UrlsAndEmails.expand(text)
                : text;
        s = Punctuation.removeMarkup(s);
        s = s.indexOf('.') >= 0 ? Abbreviations.expand(s) : s;
        s = RomanNumeralsInText.expand(s);
        if (digits) {
            s = Currency.expand(s);
            s = TimesAndDates.expand(s);
            s = Numbers.expand(s);
        }
        s = Capitals.lower(s);
        return Punctuation.pausesAndQuotes(s);
    }

    /**
     * Prepares text for a voice of another language: markup and quotes only. Numbers, dates, abbreviations
     * and addresses are left to the engine, which reads them in its language, where these rules would read
     * them in English.
     */
    public static String normalizeForEngine(String text) {
        return Punctuation.pausesAndQuotes(Punctuation.removeMarkup(text));
    }
}
