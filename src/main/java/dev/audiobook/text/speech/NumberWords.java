package dev.audiobook.text.speech;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/** Numbers as English words, from ICU's spell-out rules: cardinals, ordinals, years, decimals. */
public final class NumberWords {
    /**
     * Costly to build and not thread-safe, so there is one, used under its lock: numbers are rare in prose.
     * It lives in a class of its own so that starting to load it does not load it on the caller's thread.
     */
    private static final class Spellout {
        static final RuleBasedNumberFormat RULES = new RuleBasedNumberFormat(Locale.US, RuleBasedNumberFormat.SPELLOUT);
    }

    /** Up to hundreds of trillions: the most digits read as an amount. */
    private static final int MAX_AMOUNT_DIGITS = 15;

    private NumberWords() {}

    private static final AtomicBoolean LOADING = new AtomicBoolean();

    /**
     * Loads ICU's spell-out rules on a background thread, once however often it is called. They take a fifth
     * of a second to load, time that is better spent while the book is being read and split.
     */
    public static void loadInBackground() {
        if (LOADING.getAndSet(true)) {
            return;
        }
        Thread loader = new Thread(() -> cardinal(0), "number-words");
        loader.setDaemon(true);
        loader.start();
    }

    /** 1234 is "one thousand two hundred thirty four". */
    public static String cardinal(long n) {
        return words(spell(n, "%spellout-cardinal"));
    }

    /** "3.14" is "three point one four"; "1,000,000" is "one million". */
    public static String cardinal(String digits) {
        String plain = digits.replace(",", "");
        if (isCode(plain)) {
            return digitByDigit(plain);
        }
        BigDecimal value = new BigDecimal(plain);
        if (value.scale() <= 0) {
            return cardinal(value.longValueExact());
        }
        String[] parts = value.toPlainString().split("\\.");
        StringBuilder s = new StringBuilder(cardinal(Long.parseLong(parts[0]))).append(" point");
        for (char d : parts[1].toCharArray()) {
            s.append(' ').append(cardinal(d - '0'));
        }
        return s.toString();
    }

    /** "21" is "twenty first". */
    public static String ordinal(String digits) {
        if (isCode(digits)) {
            int last = digits.length() - 1;
            return digitByDigit(digits.substring(0, last)) + " " + ordinal(digits.charAt(last) - '0');
        }
        return ordinal(Long.parseLong(digits));
    }

    /**
     * A whole part longer than {@value #MAX_AMOUNT_DIGITS} digits is no amount a reader says in words but a
     * code, a key or a typing slip, and is read digit by digit, as a listener can follow it.
     */
    private static boolean isCode(String plain) {
        int point = plain.indexOf('.');
        return (point < 0 ? plain.length() : point) > MAX_AMOUNT_DIGITS;
    }

    private static String digitByDigit(String plain) {
        StringBuilder s = new StringBuilder();
        for (char c : plain.toCharArray()) {
            s.append(s.isEmpty() ? "" : " ").append(c == '.' ? "point" : cardinal(c - '0'));
        }
        return s.toString();
    }

    /** 21 is "twenty first". */
    public static String ordinal(long n) {
        return words(spell(n, "%spellout-ordinal"));
    }

    /** 1865 is "eighteen sixty five"; 1900 is "nineteen hundred"; 2005 is "two thousand five". */
    public static String year(long n) {
        return words(spell(n, "%spellout-numbering-year"));
    }

    private static String spell(long n, String ruleSet) {
        synchronized (Spellout.RULES) {
            return Spellout.RULES.format(n, ruleSet);
        }
    }

    /** The voice reads "thirty-four" best as two words. */
    private static String words(String spelled) {
        return spelled.replace('-', ' ').replace("\u00AD", "");
    }
}
