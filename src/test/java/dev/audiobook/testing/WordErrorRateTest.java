package dev.audiobook.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordErrorRateTest {
    @Test
    void countsSubstitutionsInsertionsAndDeletionsOverTheReference() {
        assertThat(WordErrorRate.of("the cat sat on the mat", "the cat sat on the mat")).isZero();
        assertThat(WordErrorRate.of("the cat sat on the mat", "the bat sat on mat")).isEqualTo(2 / 6.0);
        assertThat(WordErrorRate.of("Good night.", "good night and more")).isEqualTo(1.0);
        assertThat(WordErrorRate.of("one two", "")).isEqualTo(1.0);
    }
}
