package dev.audiobook.text.speech;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Money as it is said: "£3.50" is "three pounds fifty", "$1,000,000" is "one million dollars". */
final class Currency {
    private record Unit(String one, String many, String minorOne, String minorMany) {}

    private static final Pattern AMOUNT = Pattern.compile(
            "([$£€¥])\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d{1,2}))?(?:\\s?(thousand|million|billion|trillion)\\b)?");

    /** Old British money: "7s. 6d.", "10s." after pounds, "6d.": shillings and pence. */
    private static final Pattern SHILLINGS_AND_PENCE = Pattern.compile("\\b(\\d{1,2})s\\.\\s*(\\d{1,2})d\\.?(?!\\p{L})");
    private static final Pattern SHILLINGS_AFTER_POUNDS = Pattern.compile("(pounds?),?\\s+(\\d{1,2})s\\.?(?!\\p{L})");
    private static final Pattern PENCE = Pattern.compile("\\b(\\d{1,2})d\\.(?!\\p{L})");

    private Currency() {}

    static String expand(String s) {
        String t = Rewrites.replace(AMOUNT, s, Currency::said);
        t = Rewrites.replace(SHILLINGS_AND_PENCE, t, m -> shillings(m.group(1)) + " and " + pence(m.group(2)));
        t = Rewrites.replace(SHILLINGS_AFTER_POUNDS, t, m -> m.group(1) + " " + shillings(m.group(2)));
        return Rewrites.replace(PENCE, t, m -> pence(m.group(1)));
    }

    private static String shillings(String n) {
        return NumberWords.cardinal(n) + (n.equals("1") ? " shilling" : " shillings");
    }

    private static String pence(String n) {
        return NumberWords.cardinal(n) + (n.equals("1") ? " penny" : " pence");
    }

    private static String said(Matcher m) {
        Unit unit = switch (m.group(1)) {
            case "$" -> new Unit("dollar", "dollars", "cent", "cents");
            case "£" -> new Unit("pound", "pounds", "penny", "pence");
            case "€" -> new Unit("euro", "euros", "cent", "cents");
            default -> new Unit("yen", "yen", "sen", "sen");
        };
        String whole = m.group(2).replace(",", "");
        String minor = m.group(3);
        String scale = m.group(4);
        if (scale != null) {
            // "$1.5 million" is "one point five million dollars".
            String number = minor == null ? whole : whole + "." + minor;
            return NumberWords.cardinal(number) + " " + scale + " " + unit.many();
        }
        String major = whole.replaceFirst("^0+(?=\\d)", "");
        int cents = minor == null ? 0 : Integer.parseInt(minor.length() == 1 ? minor + "0" : minor);
        String majorWords = NumberWords.cardinal(major) + " " + (major.equals("1") ? unit.one() : unit.many());
        if (cents == 0) {
            return majorWords;
        }
        if (major.equals("0")) {
            return NumberWords.cardinal(cents) + " " + (cents == 1 ? unit.minorOne() : unit.minorMany());
        }
        // British usage says "three pounds fifty"; dollars and euros take "and ... cents".
        return m.group(1).equals("£")
                ? majorWords + " " + NumberWords.cardinal(cents)
                : majorWords + " and " + NumberWords.cardinal(cents) + " " + (cents == 1 ? unit.minorOne() : unit.minorMany());
    }
}
