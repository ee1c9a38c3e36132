package dev.audiobook.cli;

import dev.audiobook.render.SynthesisProgress;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows progress on stderr: a progress bar on a terminal, otherwise a plain line every ten seconds so logs
 * stay readable. The work is synthesis and, for each m4b, mp3 or flac format, encoding all the audio once
 * more; both are counted in seconds of audio, so the bar covers the whole run, never passes 100% and moves
 * while ffmpeg works after the last segment. The book's length is what synthesis has made so far, carried
 * forward to the segments still to come, never the plan's estimate, which a slower voice overruns.
 */
final class ProgressReporter implements SynthesisProgress, AutoCloseable {
    private static final long PLAIN_LINE_INTERVAL_NANOS = 10_000_000_000L;
    private static final int MAX_TASK_CHARS = 24;
    private static final int BAR_STEPS = 1000;

    private final PrintWriter err;
    private final ProgressBar bar;
    private final LongSupplier nanoTime;
    private final long startNanos;
    private final int encodedFormats;
    private long lastPlainLineNanos;
    private int done;
    private int total;
    private double audioSeconds;
    private final Map<String, Double> encodedByFile = new HashMap<>();
    private long encodingStartNanos = -1;
    private double encodedAtStart;
    private double shownFraction;
    private volatile Duration left;

    /** @param encodedFormats how many files ffmpeg makes of the audio after it is synthesized (m4b, mp3, flac) */
    ProgressReporter(PrintWriter err, boolean terminal, String task, int totalSegments, int encodedFormats) {
        this(err, terminal ? System.err : null, task, totalSegments, encodedFormats, System::nanoTime);
    }

    /** @param terminal where the bar goes, or none for plain lines on err */
    ProgressReporter(PrintWriter err, PrintStream terminal, String task, int totalSegments, int encodedFormats,
            LongSupplier nanoTime) {
        this.err = err;
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
        this.lastPlainLineNanos = startNanos;
        this.encodedFormats = encodedFormats;
        this.total = Math.max(1, totalSegments);
        this.bar = terminal != null
                ? new ProgressBarBuilder()
                        .setTaskName(task.length() > MAX_TASK_CHARS ? task.substring(0, MAX_TASK_CHARS - 1) + "\u2026" : task)
                        .setInitialMax(BAR_STEPS)
                        .setUnit("%", BAR_STEPS / 100)
                        .setEtaFunction(state -> java.util.Optional.ofNullable(left))
                        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                        .setConsumer(new ConsoleProgressBarConsumer(terminal))
                        .setUpdateIntervalMillis(250)
                        .build()
                : null;
    }

    @Override
    public synchronized void segmentWritten(int done, int total, double audioSeconds) {
        this.done = done;
        this.total = Math.max(1, total);
        this.audioSeconds = audioSeconds;
        long now = nanoTime.getAsLong();
        update(now);
        double elapsed = (now - startNanos) / 1e9;
        if (bar != null) {
            // Short, so the bar keeps its room on an 80-column terminal.
            bar.setExtraMessage(Durations.format(audioSeconds) + ", " + speed(audioSeconds, elapsed).replace(" real time", ""));
        } else if (now - lastPlainLineNanos >= PLAIN_LINE_INTERVAL_NANOS) {
            lastPlainLineNanos = now;
            err.printf("  %d/%d segments, %s of audio, %s%s%n", done, total, Durations.format(audioSeconds),
                    speed(audioSeconds, elapsed), left == null ? "" : ", " + Durations.format(left.toMillis() / 1e3) + " left");
            err.flush();
        }
    }

    @Override
    public synchronized void encoded(String fileName, double encodedSeconds) {
        long now = nanoTime.getAsLong();
        boolean first = !encodedByFile.containsKey(fileName);
        if (encodingStartNanos < 0) {
            encodingStartNanos = now;
            encodedAtStart = encodedSeconds;
        }
        encodedByFile.put(fileName, encodedSeconds);
        update(now);
        String percent = Math.round(100 * shownFraction) + "%";
        if (bar != null) {
            String extension = fileName.substring(fileName.lastIndexOf('.') + 1);
            bar.setExtraMessage("encoding " + extension + ", " + Durations.format(encodedSeconds));
        } else if (first || now - lastPlainLineNanos >= PLAIN_LINE_INTERVAL_NANOS) {
            lastPlainLineNanos = now;
            err.printf("  encoding %s: %s of audio, %s done in all%s%n", fileName, Durations.format(encodedSeconds),
                    percent, left == null ? "" : ", " + Durations.format(left.toMillis() / 1e3) + " left");
            err.flush();
        }
    }

    /** The run is over and all of it done: the bar ends full, whatever was found made already. */
    synchronized void finished() {
        shownFraction = 1;
        left = Duration.ZERO;
        if (bar != null) {
            bar.stepTo(BAR_STEPS);
        }
    }

    /** The share of the whole run done, never less than shown before, and the time left. */
    private void update(long now) {
        double synthesized = (double) done / total;
        // The book's audio as synthesis has made it so far, carried on to the segments still to come.
        double bookSeconds = done == 0 ? 0 : audioSeconds / synthesized;
        double encoded = encodedByFile.values().stream().mapToDouble(Double::doubleValue).sum();
        double encodingWork = encodedFormats * bookSeconds;
        double fraction = bookSeconds <= 0 ? 0
                : (synthesized * bookSeconds + Math.min(encoded, encodingWork)) / (bookSeconds + encodingWork);
        shownFraction = Math.max(shownFraction, Math.min(1, fraction));
        left = timeLeft(now, bookSeconds, encoded, encodingWork).stream()
                .mapToObj(seconds -> Duration.ofMillis(Math.round(seconds * 1000))).findFirst().orElse(null);
        if (bar != null) {
            bar.stepTo(Math.round(BAR_STEPS * shownFraction));
        }
    }

    /**
     * Synthesis and encoding run side by side (an m4b is encoded in pieces as the audio is written), so the
     * time left is that of the slower: each at the pace it has kept.
     */
    private OptionalDouble timeLeft(long now, double bookSeconds, double encoded, double encodingWork) {
        OptionalDouble synthesis = done >= total ? OptionalDouble.of(0)
                : done == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((now - startNanos) / 1e9 * (total - done) / done);
        if (encodedFormats == 0 || bookSeconds <= 0) {
            return synthesis;
        }
        double pace = encodingStartNanos < 0 || now <= encodingStartNanos ? 0
                : (encoded - encodedAtStart) / ((now - encodingStartNanos) / 1e9);
        if (pace <= 0) {
            return done >= total ? OptionalDouble.empty() : synthesis;
        }
        double encoding = Math.max(0, encodingWork - encoded) / pace;
        return OptionalDouble.of(Math.max(encoding, synthesis.orElse(0)));
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
