package dev.audiobook.text.speech;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces each match of a pattern with what a function makes of it. */
final class Rewrites {
    private Rewrites() {}

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
