package dev.audiobook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits text into blocks separated by blank lines, whatever the line endings. */
public final class TextBlocks {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private static final int MIN_LINES_FOR_LINE_PARAGRAPHS = 20;

    private TextBlocks() {}

    public static List<TextBlock> split(String text) {
        List<TextBlock> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        // String.lines() ends lines at \n, \r\n and \r alike.
        for (String rawLine : (Iterable<String>) text.lines()::iterator) {
            String line = collapseSpaces(rawLine);
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(new TextBlock(current));
                    current.clear();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(new TextBlock(current));
        }
        // A long text without a single blank line puts one paragraph on each line, as some editors save.
        if (blocks.size() == 1 && blocks.get(0).lines().size() >= MIN_LINES_FOR_LINE_PARAGRAPHS) {
            return blocks.get(0).lines().stream().map(line -> new TextBlock(List.of(line))).toList();
        }
        return blocks;
    }

    static String collapseSpaces(String s) {
        return isCollapsed(s) ? s : SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Most lines have single spaces only and nothing to trim: those are left without a regex pass. */
    private static boolean isCollapsed(String s) {
        int n = s.length();
        if (n == 0 || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1))) {
            return n == 0;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' ? s.charAt(i + 1) == ' ' : c == '\u00A0' || (c < ' ' && Character.isWhitespace(c))) {
                return false;
            }
        }
        return true;
    }
}
