package dev.audiobook.output;

import java.util.Locale;

/** What one subtitle cue shows: a sentence, or a whole paragraph or heading. */
public enum SubtitleCues {
    SENTENCES, PARAGRAPHS;

    /** As the command line names it: "sentences". */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
