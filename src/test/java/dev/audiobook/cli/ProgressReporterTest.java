package dev.audiobook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
    void encodingAfterTheLastSegmentIsReportedAtOnceThenEveryTenSecondsAsAShareOfTheWholeRun() {
        StringWriter lines = new StringWriter();
        try (ProgressReporter progress = plain(lines, 1)) {
            at(3, () -> progress.segmentWritten(20, 20, 7200));
            at(4, () -> progress.encoded("story.m4b", 600));
            at(9, () -> progress.encoded("story.m4b", 1800));
            at(14, () -> progress.encoded("story.m4b", 3600));
        }

        // Synthesis is half the run, encoding the other half. 3000 s of audio encoded in the 10 s since the
        // first report: the 3600 s still to encode take 12 s.
        assertThat(lines.toString()).isEqualTo("""
                  encoding story.m4b: 10 min 00 s of audio, 54% done in all
                  encoding story.m4b: 1 h 00 min of audio, 75% done in all, 12 s left
                """);
    }

    /**
     * A slow voice makes more audio than the plan guessed, and an m4b is encoded in pieces while the
     * segments are still being made: the share done only grows, never passes 100%, and while work is left
     * so is time.
     */
    @Test
    void theShareDoneNeverPassesAllAndTimeIsLeftWhileWorkIs() {
        StringWriter lines = new StringWriter();
        try (ProgressReporter progress = plain(lines, 1)) {
            for (int second = 1; second <= 200; second++) {
                int done = Math.min(20, second / 5);
                // Early segments are short, later ones long: the length carried forward is too small at first.
                double audio = done * done * 100.0;
                double encoded = Math.min(audio, second * 300.0);
                at(10L * second, () -> progress.segmentWritten(done, 20, audio));
                at(10L * second + 5, () -> progress.encoded("story.m4b", encoded));
            }
        }

        List<Integer> shares = new ArrayList<>();
        int timed = 0;
        for (String line : lines.toString().split("\n")) {
            java.util.regex.Matcher share = java.util.regex.Pattern.compile("(\\d+)% done in all(, (.+) left)?$")
                    .matcher(line);
            if (share.find()) {
                shares.add(Integer.parseInt(share.group(1)));
                if (Integer.parseInt(share.group(1)) < 100 && share.group(3) != null) {
                    assertThat(share.group(3)).as(line).isNotEqualTo("0.0 s");
                    timed++;
                }
            }
        }
        assertThat(shares).isNotEmpty().isSorted().allMatch(share -> share <= 100);
        assertThat(shares.get(shares.size() - 1)).isEqualTo(100);
        assertThat(timed).isGreaterThan(shares.size() / 2);
    }

    @Test
    void onATerminalTheBarCoversSynthesisAndEncoding() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        StringWriter lines = new StringWriter();
        try (ProgressReporter progress = new ProgressReporter(new PrintWriter(lines),
                new PrintStream(terminal, true, StandardCharsets.UTF_8), "story.txt", 20, 1, () -> now)) {
            at(10, () -> progress.segmentWritten(20, 20, 7200));
            at(11, () -> progress.encoded("story.m4b", 1800));
            at(12, () -> progress.encoded("story.m4b", 3600));
        }

        String shown = terminal.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("story.txt  75%").contains("encoding m4b, 1 h 00 min")
                .doesNotContain("story.txt 100%");
        assertThat(lines.toString()).isEmpty();
    }

    private ProgressReporter plain(StringWriter lines) {
        return plain(lines, 0);
    }

    private ProgressReporter plain(StringWriter lines, int encodedFormats) {
        return new ProgressReporter(new PrintWriter(lines), null, "story.txt", 20, encodedFormats, () -> now);
    }

    private void at(long second, Runnable report) {
        now = 1000 * SECOND + second * SECOND;
        report.run();
    }
}
