package dev.audiobook.text.speech;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times and dates as they are said: "10:30 a.m." is "ten thirty A M", "4 July 1865" is "the fourth
 * of July, eighteen sixty five", "July 4, 1865" is "July fourth, eighteen sixty five".
 */
final class TimesAndDates {
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final String MONTH = "(" + String.join("|", MONTHS) + ")";
    private static final Pattern TIME = Pattern.compile(
            "\\b(\\d{1,2}):(\\d{2})(?!:?\\d)(\\s*(?:[ap]\\.m\\.|[AP]\\.M\\.|[ap]m\\b|[AP]M\\b|A M|P M))?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+" + MONTH + "\\b(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!:)");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    private TimesAndDates() {}

    static String expand(String s) {
        String t = Rewrites.replace(ISO_DATE, s, m -> {
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                return m.group();
            }
            return MONTHS.get(month - 1) + " " + NumberWords.ordinal(day) + ", " + NumberWords.year(Long.parseLong(m.group(1)));
        });
        t = Rewrites.replace(TIME, t, TimesAndDates::time);
        t = Rewrites.replace(DAY_MONTH, t, m -> validDay(m.group(1))
                ? "the " + NumberWords.ordinal(Integer.parseInt(m.group(1))) + " of " + m.group(2)
                        + (m.group(3) == null ? "" : ", " + NumberWords.year(Long.parseLong(m.group(3))))
                : m.group());
        return Rewrites.replace(MONTH_DAY, t, m -> validDay(m.group(2))
                ? m.group(1) + " " + NumberWords.ordinal(Integer.parseInt(m.group(2)))
                : m.group());
    }

    private static String time(Matcher m) {
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (hour > 24 || minute > 59) {
            return m.group();
        }
        String suffix = m.group(3) == null ? "" : m.group(3).strip().toLowerCase(java.util.Locale.ROOT)
                .replace(".", "").replace(" ", "");
        String when = suffix.isEmpty() ? "" : suffix.startsWith("a") ? " A M" : " P M";
        String hourWords = hour == 0 && when.isEmpty() ? "zero" : NumberWords.cardinal(hour);
        if (minute == 0) {
            return hourWords + (when.isEmpty() ? " o'clock" : when);
        }
        String minuteWords = minute < 10 ? "oh " + NumberWords.cardinal(minute) : NumberWords.cardinal(minute);
        return hourWords + " " + minuteWords + when;
    }

    private static boolean validDay(String day) {
        int d = Integer.parseInt(day);
        return d >= 1 && d <= 31;
    }
}
