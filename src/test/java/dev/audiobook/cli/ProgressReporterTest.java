package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a listener waiting for a long book sees: how far it is, how fast, and how long is left. */
class ProgressReporterTest {
    private static final long SECOND = 1_000_000_000L;
    private long now = 1000 * SECOND;

    @Test
    void withoutATerminalALineEveryTenSecondsSaysHowFarAndHowLongIsLeft() {
        StringWriter lines = new StringWriter();
        try (ProgressReporter progress = plain(lines)) {
            at(1, () -> progress.segmentWritten(1, 20, 360));
            at(10, () -> progress.segmentWritten(5, 20, 3600));
            at(15, () -> progress.segmentWritten(8, 20, 5000));
            at(20, () -> progress.segmentWritten(10, 20, 7200));
        }

        assertThat(lines.toString()).isEqualTo("""
                  5/20 segments, 1 h 00 min of audio, 360x real time, 30 s left
                  10/20 segments, 2 h 00 min of audio, 360x real time, 20 s left
                """);
    }

    @Test
    void encodingAfterTheLastSegmentIsReportedAtOnceAndThenEveryTenSeconds() {
        StringWriter lines = new StringWriter();
        try (ProgressReporter progress = plain(lines)) {
            at(3, () -> progress.segmentWritten(20, 20, 7200));
            at(4, () -> progress.encoded("story.m4b", 600, 7200));
            at(9, () -> progress.encoded("story.m4b", 1800, 7200));
            at(14, () -> progress.encoded("story.m4b", 3600, 7200));
        }

        // 3000 s of audio encoded in the 10 s since the first report: 3600 s more take 12 s.
        assertThat(lines.toString()).isEqualTo("""
                  encoding story.m4b: 10 min 00 s of 2 h 00 min
                  encoding story.m4b: 1 h 00 min of 2 h 00 min, 12 s left
                """);
    }

    @Test
    void onATerminalTheBarShowsTheSegmentsTheAudioAndThenTheEncoding() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        StringWriter lines = new StringWriter();
        try (ProgressReporter progress = new ProgressReporter(new PrintWriter(lines),
                new PrintStream(terminal, true, StandardCharsets.UTF_8), "story.txt", 20, () -> now)) {
            at(10, () -> progress.segmentWritten(20, 20, 7200));
            at(11, () -> progress.encoded("story.m4b", 1800, 7200));
            at(12, () -> progress.encoded("story.m4b", 3600, 7200));
        }

        String shown = terminal.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("story.txt").contains("20/20").contains("encoding m4b 50%, 2.0 s left");
        assertThat(lines.toString()).isEmpty();
    }

    private ProgressReporter plain(StringWriter lines) {
        return new ProgressReporter(new PrintWriter(lines), null, "story.txt", 20, () -> now);
    }

    private void at(long second, Runnable report) {
        now = 1000 * SECOND + second * SECOND;
        report.run();
    }
}
