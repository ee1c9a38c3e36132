package dev.audiobook.text;

import java.util.List;
import java.util.OptionalInt;

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

    /** The blank lines between the block before this one and this one; empty where lines are not known. */
    public OptionalInt blankLinesAbove(TextBlock previous) {
        if (line == 0 || previous.line() == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Math.max(0, line - previous.line() - previous.lines().size()));
    }

    public String firstLine() {
        return lines.get(0);
    }
}
