package dev.audiobook.text.speech;

/**
 * Prepares text so FreeTTS reads it as a person would. The rules run in this order because each one
 * reads what the ones before it left: addresses before markup ("_" in an e-mail), abbreviations before numbers ("p. 12"), money, times and dates
 * before plain numbers, numbers before pauses and quotes.
 */
public final class SpeechNormalizer {
    private SpeechNormalizer() {}

    public static String normalize(String text) {
        String s = UrlsAndEmails.expand(text);
        s = Punctuation.removeMarkup(s);
        s = Abbreviations.expand(s);
        s = RomanNumeralsInText.expand(s);
        s = Currency.expand(s);
        s = TimesAndDates.expand(s);
        s = Numbers.expand(s);
        s = Capitals.lower(s);
        return Punctuation.pausesAndQuotes(s);
    }
}
