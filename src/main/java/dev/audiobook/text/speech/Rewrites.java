package dev.audiobook.text.speech;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces each match of a pattern with what a function makes of it. */
final class Rewrites {
    private Rewrites() {}

    /** Whether s holds any of these characters: a cheap test that lets a rule skip text it cannot change. */
    static boolean hasAnyOf(String s, String characters) {
        for (int i = 0; i < s.length(); i++) {
            if (characters.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The pattern's replacement, run only when s holds one of the trigger characters. */
    static String replaceAll(Pattern pattern, String s, String triggers, String replacement) {
        return hasAnyOf(s, triggers) ? pattern.matcher(s).replaceAll(replacement) : s;
    }

    static String replace(Pattern pattern, String s, Function<Matcher, String> said) {
        Matcher m = pattern.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(said.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
