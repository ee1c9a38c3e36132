package dev.audiobook.text.speech;

import java.util.regex.Pattern;

/** Web addresses and e-mail addresses read aloud: "www.example.org/books" is "w w w dot example dot org slash books". */
final class UrlsAndEmails {
    private static final Pattern URL = Pattern.compile(
            "\\b(?:https?://|www\\.)[\\w.-]+(?:/[\\w./%?=&#~+-]*)?[\\w/]|\\bhttps?://[\\w.-]+");
    private static final Pattern EMAIL = Pattern.compile("\\b([\\w.+-]+)@([\\w-]+(?:\\.[\\w-]+)+)\\b");

    private UrlsAndEmails() {}

    static String expand(String s) {
        String t = Rewrites.replace(EMAIL, s, m -> spell(m.group(1)) + " at " + spell(m.group(2)));
        return Rewrites.replace(URL, t, m -> spell(m.group().replaceFirst("^https?://", "")));
    }

    private static String spell(String address) {
        String s = address.replaceAll("/+$", "");
        s = s.replaceFirst("^www\\.", "w w w.");
        return s.replace(".", " dot ").replace("/", " slash ").replace("@", " at ")
                .replace("-", " dash ").replace("_", " underscore ").replace("?", " question mark ")
                .replace("=", " equals ").replace("&", " and ").replaceAll("\\s+", " ").strip();
    }
}
