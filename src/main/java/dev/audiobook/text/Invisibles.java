package dev.audiobook.text;

/**
 * Takes out characters a reader never sees: control codes a damaged or binary-edited file carries become
 * spaces, and format characters (soft hyphens, zero-width spaces and joiners, direction marks, a stray
 * byte order mark) go, so that a word with a soft hyphen in it is one word to the chapter finder and to the
 * voice. Line breaks, tabs and form feeds stay.
 */
public final class Invisibles {
    private Invisibles() {}

    public static String remove(String text) {
        int first = firstInvisible(text);
        if (first < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                kept.append(' ');
            } else if (Character.getType(c) != Character.FORMAT) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static int firstInvisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) || c >= '\u00AD' && Character.getType(c) == Character.FORMAT) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(char c) {
        return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f';
    }
}
