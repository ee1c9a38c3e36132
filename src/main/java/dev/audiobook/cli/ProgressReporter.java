package dev.audiobook.cli;

import dev.audiobook.render.SynthesisProgress;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows progress on stderr: a progress bar on a terminal (segments done, hours of audio made, speed as a
 * multiple of real time, time left), otherwise a plain line every ten seconds so logs stay readable.
 */
final class ProgressReporter implements SynthesisProgress, AutoCloseable {
    private static final long PLAIN_LINE_INTERVAL_NANOS = 10_000_000_000L;
    private static final int MAX_TASK_CHARS = 24;

    private final PrintWriter err;
    private final ProgressBar bar;
    private final long startNanos = System.nanoTime();
    private long lastPlainLineNanos = startNanos;

    ProgressReporter(PrintWriter err, boolean terminal, String task, int totalSegments) {
        this.err = err;
        this.bar = terminal
                ? new ProgressBarBuilder()
                        .setTaskName(task.length() > MAX_TASK_CHARS ? task.substring(0, MAX_TASK_CHARS - 1) + "\u2026" : task)
                        .setInitialMax(totalSegments)
                        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                        .setConsumer(new ConsoleProgressBarConsumer(System.err))
                        .setUpdateIntervalMillis(250)
                        .build()
                : null;
    }

    @Override
    public void segmentWritten(int done, int total, double audioSeconds) {
        long now = System.nanoTime();
        double elapsed = (now - startNanos) / 1e9;
        if (bar != null) {
            bar.stepTo(done);
            // Short, so the bar keeps its room on an 80-column terminal.
            bar.setExtraMessage(Durations.format(audioSeconds) + ", " + speed(audioSeconds, elapsed).replace(" real time", ""));
        } else if (now - lastPlainLineNanos >= PLAIN_LINE_INTERVAL_NANOS) {
            lastPlainLineNanos = now;
            double left = done == 0 ? 0 : elapsed * (total - done) / done;
            err.printf("  %d/%d segments, %s of audio, %s, %s left%n", done, total, Durations.format(audioSeconds),
                    speed(audioSeconds, elapsed), Durations.format(left));
            err.flush();
        }
    }

    /** "420x real time". */
    static String speed(double audioSeconds, double elapsedSeconds) {
        return elapsedSeconds <= 0 ? "" : String.format("%.0fx real time", audioSeconds / elapsedSeconds);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
