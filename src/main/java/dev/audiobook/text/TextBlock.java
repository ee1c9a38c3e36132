package dev.audiobook.text;

import java.util.List;

/** A run of non-blank lines between blank lines: a paragraph, a heading, or a heading with its title. */
public record TextBlock(List<String> lines) {
    public TextBlock {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a block has at least one line");
        }
    }

    /** The lines joined as one paragraph: a hard-wrapped paragraph reads as the sentence it is. */
    public String joined() {
        return TextBlocks.collapseSpaces(String.join(" ", lines));
    }

    public String firstLine() {
        return lines.get(0);
    }
}
