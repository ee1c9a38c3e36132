package dev.audiobook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits text into blocks separated by blank lines, whatever the line endings. Each block knows its line in
 * the text, which is the input's line: the steps before this one keep every line break they remove text from.
 */
public final class TextBlocks {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private static final int MIN_LINES_FOR_LINE_PARAGRAPHS = 20;

    private TextBlocks() {}

    public static List<TextBlock> split(String text) {
        List<TextBlock> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int lineNumber = 0;
        int blockStart = 0;
        // String.lines() ends lines at \n, \r\n and \r alike.
        for (String rawLine : (Iterable<String>) text.lines()::iterator) {
            lineNumber++;
            String line = collapseSpaces(rawLine);
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(new TextBlock(current, blockStart));
                    current.clear();
                }
            } else {
                if (current.isEmpty()) {
                    blockStart = lineNumber;
                }
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(new TextBlock(current, blockStart));
        }
        // A long text without a single blank line puts one paragraph on each line, as some editors save.
        if (blocks.size() == 1 && blocks.get(0).lines().size() >= MIN_LINES_FOR_LINE_PARAGRAPHS) {
            List<String> lines = blocks.get(0).lines();
            int first = blocks.get(0).line();
            List<TextBlock> perLine = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                perLine.add(new TextBlock(List.of(lines.get(i)), first + i));
            }
            return perLine;
        }
        return blocks;
    }

    /** What replaces removed text so that the lines after it keep their numbers: its line breaks. */
    public static String lineBreaksOf(CharSequence removed) {
        StringBuilder breaks = new StringBuilder();
        for (int i = 0; i < removed.length(); i++) {
            char c = removed.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == removed.length() || removed.charAt(i + 1) != '\n'))) {
                breaks.append('\n');
            }
        }
        return breaks.toString();
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
