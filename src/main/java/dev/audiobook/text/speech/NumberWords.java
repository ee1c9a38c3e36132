package dev.audiobook.text.speech;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.math.BigDecimal;
import java.util.Locale;

/** Numbers as English words, from ICU's spell-out rules: cardinals, ordinals, years, decimals. */
public final class NumberWords {
    private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(Locale.US, RuleBasedNumberFormat.SPELLOUT));

    private NumberWords() {}

    /** 1234 is "one thousand two hundred thirty four". */
    public static String cardinal(long n) {
        return words(SPELLOUT.get().format(n, "%spellout-cardinal"));
    }

    /** "3.14" is "three point one four"; "1,000,000" is "one million". */
    public static String cardinal(String digits) {
        BigDecimal value = new BigDecimal(digits.replace(",", ""));
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

    /** 21 is "twenty first". */
    public static String ordinal(long n) {
        return words(SPELLOUT.get().format(n, "%spellout-ordinal"));
    }

    /** 1865 is "eighteen sixty five"; 1900 is "nineteen hundred"; 2005 is "two thousand five". */
    public static String year(long n) {
        return words(SPELLOUT.get().format(n, "%spellout-numbering-year"));
    }

    /** The voice reads "thirty-four" best as two words. */
    private static String words(String spelled) {
        return spelled.replace('-', ' ').replace("\u00AD", "");
    }
}
