package dev.audiobook.book;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a paragraph into narration and quoted speech, so each can have its own voice. */
public final class Dialogue {
    /** “Curly” or "straight" double quotes around at least one letter. */
    private static final Pattern QUOTED = Pattern.compile("\u201C[^\u201D]*\\p{L}[^\u201D]*\u201D?|\"[^\"]*\\p{L}[^\"]*\"");

    private Dialogue() {}

    /** A stretch of the paragraph, and whether it is spoken by a character. */
    public record Part(String text, boolean spoken) {}

    public static List<Part> split(String paragraph) {
        List<Part> parts = new ArrayList<>();
        Matcher m = QUOTED.matcher(paragraph);
        int at = 0;
        while (m.find()) {
            addIfWords(parts, paragraph.substring(at, m.start()), false);
            addIfWords(parts, m.group(), true);
            at = m.end();
        }
        addIfWords(parts, paragraph.substring(at), false);
        return parts.isEmpty() ? List.of(new Part(paragraph, false)) : parts;
    }

    private static void addIfWords(List<Part> parts, String text, boolean spoken) {
        if (text.chars().anyMatch(Character::isLetterOrDigit)) {
            parts.add(new Part(text.strip(), spoken));
        }
    }
}
