package dev.audiobook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits text into blocks separated by blank lines, whatever the line endings. */
public final class TextBlocks {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private static final int MIN_LINES_FOR_LINE_PARAGRAPHS = 20;

    private TextBlocks() {}

    public static List<TextBlock> split(String text) {
        List<TextBlock> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String rawLine : LINE_BREAK.split(text, -1)) {
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
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
