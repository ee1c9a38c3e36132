package dev.audiobook.cli;

import dev.audiobook.render.SynthesisProgress;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows progress on stderr: a progress bar on a terminal (segments done, hours of audio made, speed as a
 * multiple of real time, time left), otherwise a plain line every ten seconds so logs stay readable. While
 * an m4b, mp3 or flac file is encoded after the last segment, the bar, or a line, says how far that is.
 */
final class ProgressReporter implements SynthesisProgress, AutoCloseable {
    private static final long PLAIN_LINE_INTERVAL_NANOS = 10_000_000_000L;
    private static final int MAX_TASK_CHARS = 24;

    private final PrintWriter err;
    private final ProgressBar bar;
    private final LongSupplier nanoTime;
    private final long startNanos;
    private long lastPlainLineNanos;
    private String encoding;
    private long encodingStartNanos;
    private double encodingStartSeconds;

    ProgressReporter(PrintWriter err, boolean terminal, String task, int totalSegments) {
        this(err, terminal ? System.err : null, task, totalSegments, System::nanoTime);
    }

    /** @param terminal where the bar goes, or none for plain lines on err */
    ProgressReporter(PrintWriter err, PrintStream terminal, String task, int totalSegments, LongSupplier nanoTime) {
        this.err = err;
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
        this.lastPlainLineNanos = startNanos;
        this.bar = terminal != null
                ? new ProgressBarBuilder()
                        .setTaskName(task.length() > MAX_TASK_CHARS ? task.substring(0, MAX_TASK_CHARS - 1) + "\u2026" : task)
                        .setInitialMax(totalSegments)
                        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                        .setConsumer(new ConsoleProgressBarConsumer(terminal))
                        .setUpdateIntervalMillis(250)
                        .build()
                : null;
    }

    @Override
    public void segmentWritten(int done, int total, double audioSeconds) {
        long now = nanoTime.getAsLong();
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

    @Override
    public void encoded(String fileName, double encodedSeconds, double totalSeconds) {
        long now = nanoTime.getAsLong();
        boolean first = !fileName.equals(encoding);
        if (first) {
            encoding = fileName;
            encodingStartNanos = now;
            encodingStartSeconds = encodedSeconds;
        }
        // Time left at the speed ffmpeg has kept since its first report.
        double rate = (encodedSeconds - encodingStartSeconds) / ((now - encodingStartNanos) / 1e9);
        String left = rate > 0 ? ", " + Durations.format(Math.max(0, totalSeconds - encodedSeconds) / rate) + " left"
                : "";
        if (bar != null) {
            String extension = fileName.substring(fileName.lastIndexOf('.') + 1);
            long percent = totalSeconds <= 0 ? 100 : Math.min(100, Math.round(100 * encodedSeconds / totalSeconds));
            bar.setExtraMessage("encoding " + extension + " " + percent + "%" + left);
        } else if (first || now - lastPlainLineNanos >= PLAIN_LINE_INTERVAL_NANOS) {
            lastPlainLineNanos = now;
            err.printf("  encoding %s: %s of %s%s%n", fileName, Durations.format(encodedSeconds),
                    Durations.format(totalSeconds), left);
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
