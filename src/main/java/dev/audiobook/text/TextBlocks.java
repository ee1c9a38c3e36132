package dev.audiobook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits text into blocks separated by blank lines, whatever the line endings. */
public final class TextBlocks {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

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
        return blocks;
    }

    static String collapseSpaces(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
