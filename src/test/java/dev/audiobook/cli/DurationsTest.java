package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void shortTimesKeepATenthLongerOnesReadAsMinutesAndHours() {
        assertThat(Durations.format(0.36)).isEqualTo("0.4 s");
        assertThat(Durations.format(9.94)).isEqualTo("9.9 s");
        assertThat(Durations.format(9.96)).isEqualTo("10 s");
        assertThat(Durations.format(42.4)).isEqualTo("42 s");
        assertThat(Durations.format(185)).isEqualTo("3 min 05 s");
        assertThat(Durations.format(2 * 3600 + 7 * 60 + 20)).isEqualTo("2 h 07 min");
    }
}
