package dev.audiobook.text;

import java.util.List;

/**
 * A run of non-blank lines between blank lines: a paragraph, a heading, or a heading with its title.
 *
 * @param line where the block starts in the input, from 1; 0 when it was not read from a file
 */
public record TextBlock(List<String> lines, int line) {
    public TextBlock {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a block has at least one line");
        }
    }

    public TextBlock(List<String> lines) {
        this(lines, 0);
    }

    /** The lines joined as one paragraph: a hard-wrapped paragraph reads as the sentence it is. */
    public String joined() {
        return TextBlocks.collapseSpaces(String.join(" ", lines));
    }

    public String firstLine() {
        return lines.get(0);
    }
}
