package dev.audiobook.book;

/**
 * One sentence of a segment, spoken by one call to the voice, so that where its speech starts and ends is
 * known to the sample.
 *
 * @param displayed the sentence as a reader sees it, for subtitles; empty for the later pieces of a run-on
 *     sentence cut to fit a segment, which continue the first piece's subtitle
 * @param spoken the sentence as the voice reads it
 */
public record Sentence(String displayed, String spoken) {
    /** Whether this sentence continues the one before, a piece of a run-on cut to fit a segment. */
    public boolean continuesSentence() {
        return displayed.isEmpty();
    }
}
