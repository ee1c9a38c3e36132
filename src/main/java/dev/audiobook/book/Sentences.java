package dev.audiobook.book;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import dev.audiobook.text.speech.SpeechNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits text into sentences by Unicode's sentence rules (ICU's sentence break iterator), with the
 * abbreviations of the language that end in a full stop without ending a sentence ("Mr. Smith", "e.g.
 * this") kept whole, as ICU's filtered break iterator lists them, and the ones the speech rules read by the
 * word after them ("Dr. Watson", "St. Paul"). Each sentence is read on its own, so a cut that the whole
 * would not have made is worse than a missed one: a sentence is never cut before a small letter, as ICU
 * cuts after "?" ("'Is it far?' she asked"), nor after an initial ("J. R. Hartley") or a number alone ("II.
 * RAIN").
 */
public final class Sentences {
    /** Each thread's iterator, for the locale it was last asked for: building one reads ICU's data. */
    private static final ThreadLocal<LocaleIterator> ITERATOR = new ThreadLocal<>();
    private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029\\u000B\\u000C]");
    /** Opens with a small letter, after any quotation marks or brackets. */
    private static final Pattern STARTS_SMALL = Pattern.compile("^[\\p{Pi}\\p{Ps}\"'\\s]*\\p{Ll}");
    /** Ends with an initial: one capital letter and a full stop, as a word of its own. */
    private static final Pattern ENDS_WITH_INITIAL = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}\\.$");
    /** A number alone, as a list or a section numbers what follows it: "II. RAIN", "3. Stir well." */
    private static final Pattern NUMBER_ALONE = Pattern.compile("^(?:\\d+|[IVXLCDM]+|[ivxlcdm]+)\\.$");

    private Sentences() {}

    private record LocaleIterator(ULocale locale, BreakIterator iterator) {}

    /** The sentences of an English text. */
    public static List<String> split(String text) {
        return split(text, ULocale.ENGLISH);
    }

    /**
     * The sentences of the text, without the white space between them; none when it is all white space.
     * A line break ends no sentence: prose is often wrapped, and a heading's lines make one title.
     */
    public static List<String> split(String text, ULocale locale) {
        BreakIterator sentences = iteratorFor(locale);
        // The same length, so the breaks found in it are the breaks of the text as written.
        sentences.setText(LINE_BREAK.matcher(text).replaceAll(" "));
        List<String> out = new ArrayList<>();
        int from = 0;
        int lastFrom = 0;
        for (int end = sentences.next(); end != BreakIterator.DONE; from = end, end = sentences.next()) {
            String sentence = text.substring(from, end).strip();
            if (sentence.isEmpty()) {
                continue;
            }
            int last = out.size() - 1;
            if (last >= 0 && (STARTS_SMALL.matcher(sentence).find() || ENDS_WITH_INITIAL.matcher(out.get(last)).find()
                    || NUMBER_ALONE.matcher(out.get(last)).matches())) {
                out.set(last, text.substring(lastFrom, end).strip());
            } else {
                out.add(sentence);
                lastFrom = from;
            }
        }
        return out;
    }

    /** The locale of a book's language tag ("en", "fr-CA"), English when it has none. */
    public static ULocale localeOf(Optional<String> language) {
        return language.filter(l -> !l.isBlank()).map(ULocale::forLanguageTag)
                .filter(l -> !l.getLanguage().isEmpty()).orElse(ULocale.ENGLISH);
    }

    private static BreakIterator iteratorFor(ULocale locale) {
        LocaleIterator cached = ITERATOR.get();
        if (cached == null || !cached.locale().equals(locale)) {
            FilteredBreakIteratorBuilder filter = FilteredBreakIteratorBuilder.getInstance(locale);
            SpeechNormalizer.abbreviationsBeforeAName().forEach(word -> filter.suppressBreakAfter(word + "."));
            cached = new LocaleIterator(locale, filter.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale)));
            ITERATOR.set(cached);
        }
        return cached.iterator();
    }
}
